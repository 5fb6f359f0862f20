import dayjs, { type Dayjs } from 'dayjs';
import {
  entryBody,
  entryTypes,
  shanghaiDate,
  suggestedTaskItems,
  type CountsView,
  type DispatchTask,
  type EntryMode,
  type EntryType,
  type OrganLevel,
  type SupervisionItem,
  type TaskItem,
  type YouthGroup,
  youthGroupSchema,
} from '@grassroots/core';
import type { OutboxBody, OutboxItem, PendingFile } from '../../offline/outbox';

// The phone form's values (L1/L2) and their translation to and from the request body.
export interface PlaceValue {
  countyCode: string | null;
  grassrootsOrgId: string | null;
  /** What the chip shows: the organization's or the county's name. */
  label: string | null;
}

export interface NewYouth {
  name: string;
  phone?: string | undefined;
  group?: YouthGroup | undefined;
}

export interface NewPartner {
  name: string;
  unit: string;
  organLevel: OrganLevel;
}

export interface PeopleValue {
  youth: { id: string; name: string }[];
  newYouth: NewYouth[];
  partners: { id: string; name: string }[];
  newPartners: NewPartner[];
}

export interface EntryFormValues {
  dates: [Dayjs, Dayjs];
  type: EntryType | undefined;
  mode: EntryMode;
  place: PlaceValue;
  people: PeopleValue;
  content: string;
  thoughts: string;
  audience: number | null;
  taskItems: TaskItem[];
  supervisionItems: SupervisionItem[];
  dispatchTasks: DispatchTask[];
  onSite: boolean;
  placeText: string;
  proposeCase: boolean;
  files: PendingFile[];
}

/** Names kept beside a queued body, so a pending entry can be shown and edited again without network. */
export interface OutboxDisplay {
  place: PlaceValue;
  youth: { id: string; name: string }[];
  partners: { id: string; name: string }[];
}

export const emptyPlace: PlaceValue = { countyCode: null, grassrootsOrgId: null, label: null };
export const emptyPeople: PeopleValue = { youth: [], newYouth: [], partners: [], newPartners: [] };

export function todayInShanghai(): Dayjs {
  return dayjs(shanghaiDate(new Date()));
}

export function initialValues(): EntryFormValues {
  const today = todayInShanghai();
  return {
    dates: [today, today],
    type: undefined,
    mode: 'face_to_face',
    place: emptyPlace,
    people: emptyPeople,
    content: '',
    thoughts: '',
    audience: null,
    taskItems: [],
    supervisionItems: [],
    dispatchTasks: [],
    onSite: true,
    placeText: '',
    proposeCase: false,
    files: [],
  };
}

// With nothing logged yet, the usual work of a cadre at the grassroots comes first.
const baseOrder: readonly EntryType[] = [
  'visit',
  'talk',
  'friendship',
  'lecture',
  'research',
  'help',
  'practical_matter',
  'supervision',
  'build_org',
  'exemplar',
  'online_work',
  'meeting',
  'other',
];

/** L2: entry types, the ones this cadre logs most first (this year's counts), then the usual order. */
export function typeOrder(counts: CountsView['counts'] | undefined): EntryType[] {
  const used = (t: EntryType) => counts?.byType[t] ?? 0;
  const rank = (t: EntryType) => baseOrder.indexOf(t);
  return [...entryTypes].sort((a, b) => used(b) - used(a) || rank(a) - rank(b));
}

export function suggestedFor(type: EntryType): TaskItem[] {
  return [...suggestedTaskItems(type)];
}

/** The request body (without attachments) and the names to show while it waits; validated by core's schema. */
export function toBody(v: EntryFormValues): { body: OutboxBody; display: OutboxDisplay } | null {
  if (!v.type) return null;
  const [from, to] = v.dates;
  const dateFrom = from.format('YYYY-MM-DD');
  const dateTo = to.format('YYYY-MM-DD');
  const body: OutboxBody = {
    dateFrom,
    dateTo: dateTo === dateFrom ? undefined : dateTo,
    type: v.type,
    mode: v.mode,
    onSite: v.mode === 'face_to_face' ? v.onSite : false,
    countyCode: v.place.countyCode,
    grassrootsOrgId: v.place.grassrootsOrgId,
    place: v.placeText.trim(),
    content: v.content.trim(),
    thoughts: v.thoughts.trim(),
    audience: v.type === 'lecture' ? v.audience : null,
    youthIds: v.people.youth.map((y) => y.id),
    newYouth: v.people.newYouth.map((y) => ({
      name: y.name,
      ...(y.phone ? { phone: y.phone } : {}),
      ...(y.group ? { group: y.group } : {}),
    })),
    partnerIds: v.people.partners.map((p) => p.id),
    newPartners: v.people.newPartners,
    taskItems: v.taskItems,
    dispatchTasks: v.dispatchTasks,
    supervisionItems: v.type === 'supervision' ? v.supervisionItems : [],
    proposeCase: v.proposeCase,
  };
  // STYLE 3: the server's own schema, so a queued entry is not refused later for its shape.
  const parsed = entryBody.safeParse({ ...body, attachmentIds: [] });
  if (!parsed.success) return null;
  return { body, display: { place: v.place, youth: v.people.youth, partners: v.people.partners } };
}

function isDisplay(value: unknown): value is OutboxDisplay {
  return typeof value === 'object' && value !== null && 'place' in value && 'youth' in value;
}

/** The form again from a queued or refused item ("edit again"). */
export function fromItem(item: OutboxItem): EntryFormValues {
  const b = item.body;
  const display = isDisplay(item.display) ? item.display : null;
  const names = new Map([...(display?.youth ?? []), ...(display?.partners ?? [])].map((p) => [p.id, p.name]));
  return {
    dates: [dayjs(b.dateFrom), dayjs(b.dateTo ?? b.dateFrom)],
    type: b.type,
    mode: b.mode,
    place: display?.place ?? { countyCode: b.countyCode, grassrootsOrgId: b.grassrootsOrgId, label: null },
    people: {
      youth: b.youthIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      newYouth: b.newYouth.map((y) => ({
        name: y.name,
        phone: y.phone,
        group: youthGroupSchema.safeParse(y.group).data,
      })),
      partners: b.partnerIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      newPartners: b.newPartners.map((p) => ({ ...p, unit: p.unit })),
    },
    content: b.content,
    thoughts: b.thoughts,
    audience: b.audience,
    taskItems: b.taskItems,
    supervisionItems: b.supervisionItems,
    dispatchTasks: b.dispatchTasks,
    onSite: b.onSite,
    placeText: b.place,
    proposeCase: b.proposeCase,
    files: item.files.map((f) => ({ ...f })),
  };
}
