import { z } from 'zod';
import {
  clipRange,
  enumerateDates,
  isoDateSchema,
  rangesOverlap,
  type DateRange,
  type IsoDate,
} from './dates';
import {
  entryModeSchema,
  entryTypeSchema,
  entryTypes,
  isCrossLevelPartner,
  organLevelSchema,
  type EntryMode,
  type EntryType,
  type OrganLevel,
} from './worklog';

/** L7: a league cadre named in an entry, with the organ level recorded when the entry was written. */
export interface CadrePartner {
  readonly id: string;
  readonly organLevel: OrganLevel;
}

/** L7: the part of a work-log entry that the counts of C4/D10 depend on. */
export interface CountableEntry {
  readonly id: string;
  readonly dateFrom: IsoDate;
  readonly dateTo: IsoDate;
  readonly type: EntryType;
  readonly mode: EntryMode;
  readonly withdrawn: boolean;
  readonly youthIds: readonly string[];
  readonly cadrePartners: readonly CadrePartner[];
  /** Lecture headcount (L1); ignored for other types. */
  readonly audience?: number | null;
  /** False when a face-to-face entry did not happen at the grassroots (e.g. youth came to the organ). */
  readonly onSite?: boolean | null;
}

/** L7: zod schema of a countable entry. */
export const countableEntrySchema = z
  .object({
    id: z.string().min(1),
    dateFrom: isoDateSchema,
    dateTo: isoDateSchema,
    type: entryTypeSchema,
    mode: entryModeSchema,
    withdrawn: z.boolean(),
    youthIds: z.array(z.string().min(1)),
    cadrePartners: z.array(z.object({ id: z.string().min(1), organLevel: organLevelSchema })),
    audience: z.number().int().nonnegative().nullish(),
    onSite: z.boolean().nullish(),
  })
  .refine((e) => e.dateFrom <= e.dateTo, { message: 'dateTo must not precede dateFrom', path: ['dateTo'] });

/** C4/D10: who is counting — the cadre's own organ level and the linked records counted elsewhere. */
export interface CountContext {
  /** The cadre's organ level, for 下跨一级. */
  readonly ownOrganLevel: OrganLevel;
  /** Help pairs (D10) come from youth relation records, not from the log. */
  readonly helpPairs?: number;
  /** When given, only these youth count as ordinary friends (D10 excludes help-pair youth). */
  readonly friendIds?: readonly string[];
}

/** D10: interactions in a period that make a friend a regular contact. */
export const REGULAR_CONTACT_MIN_INTERACTIONS = 2;

/** C4/D10: the counts of one cadre over one period. */
export interface CountSummary {
  readonly entries: number;
  readonly byType: Readonly<Record<EntryType, number>>;
  readonly grassrootsDays: number;
  readonly visits: number;
  readonly lectures: number;
  readonly lectureAudience: number;
  readonly youthMet: number;
  readonly cadresTalked: number;
  readonly cadresTalkedCrossLevel: number;
  readonly regularFriends: number;
  readonly helpPairs: number;
}

/** L7: counts whose entries can be listed (help pairs open the relation records instead). */
export const countKeys = [
  'entries',
  'grassrootsDays',
  'visits',
  'lectures',
  'lectureAudience',
  'youthMet',
  'cadresTalked',
  'cadresTalkedCrossLevel',
  'regularFriends',
] as const;
export type CountKey = (typeof countKeys)[number] | `byType.${EntryType}`;

/** L7: zod schema of a count key, for drill-down requests. */
export const countKeySchema = z.union([
  z.enum(countKeys),
  z.templateLiteral(['byType.', entryTypeSchema]),
]) as z.ZodType<CountKey>;

// The predicates below are the single definition of what each count means; the full recount, the
// incremental counters and the drill-down all go through them so they cannot drift apart.

/** L7: an entry counts in a period when it is live and one of its dates falls inside the period. */
export function entryInPeriod(entry: CountableEntry, period: DateRange): boolean {
  return !entry.withdrawn && rangesOverlap({ from: entry.dateFrom, to: entry.dateTo }, period);
}

/** C4: a grassroots day needs the cadre there in person; phone and network keep contact but do not count. */
export function isOnSite(entry: CountableEntry): boolean {
  return entry.mode === 'face_to_face' && entry.onSite !== false;
}

/** C4: 走访基层青年 is going there; a visit logged by phone is not a visit. */
export function isVisit(entry: CountableEntry): boolean {
  return entry.type === 'visit' && entry.mode === 'face_to_face';
}

/** C4: 深入基层青年中开展宣讲或团课 — only lectures given in person count toward the quota. */
export function isLecture(entry: CountableEntry): boolean {
  return entry.type === 'lecture' && entry.mode === 'face_to_face';
}

/** C4: a talk with league cadres (谈心谈话) may be in any mode; meetings do not count as talks. */
export function isCadreTalk(entry: CountableEntry): boolean {
  return entry.type === 'talk';
}

/** C4: the dates of an entry that count as grassroots days in the period. */
export function onSiteDates(entry: CountableEntry, period: DateRange): IsoDate[] {
  if (!isOnSite(entry)) return [];
  const clipped = clipRange({ from: entry.dateFrom, to: entry.dateTo }, period);
  return clipped ? enumerateDates(clipped.from, clipped.to) : [];
}

/** L1: lecture headcount of an entry, 0 when absent or not a lecture. */
export function audienceOf(entry: CountableEntry): number {
  const a = entry.audience;
  return isLecture(entry) && a != null && Number.isFinite(a) && a > 0 ? Math.floor(a) : 0;
}

/** Y3: youth named in an entry, each once (listing a youth twice is still one interaction). */
export function youthOf(entry: CountableEntry): string[] {
  return [...new Set(entry.youthIds)];
}

/** C4: league cadres named in an entry, each once; the first recorded level wins. */
export function partnersOf(entry: CountableEntry): CadrePartner[] {
  const seen = new Map<string, CadrePartner>();
  for (const p of entry.cadrePartners) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

/** C4/D10: every type with a zero count, the base of `byType`. */
export function zeroByType(): Record<EntryType, number> {
  const out = {} as Record<EntryType, number>;
  for (const t of entryTypes) out[t] = 0;
  return out;
}

interface Tally {
  readonly live: CountableEntry[];
  readonly days: Set<IsoDate>;
  readonly youthMet: Set<string>;
  readonly interactions: Map<string, number>;
  readonly partnerLevels: Map<string, Set<OrganLevel>>;
}

function tally(entries: readonly CountableEntry[], period: DateRange): Tally {
  const t: Tally = {
    live: [],
    days: new Set(),
    youthMet: new Set(),
    interactions: new Map(),
    partnerLevels: new Map(),
  };
  for (const e of entries) {
    if (!entryInPeriod(e, period)) continue;
    t.live.push(e);
    for (const d of onSiteDates(e, period)) t.days.add(d);
    for (const y of youthOf(e)) {
      t.interactions.set(y, (t.interactions.get(y) ?? 0) + 1);
      if (e.mode === 'face_to_face') t.youthMet.add(y);
    }
    if (isCadreTalk(e)) {
      for (const p of partnersOf(e)) {
        const levels = t.partnerLevels.get(p.id) ?? new Set<OrganLevel>();
        levels.add(p.organLevel);
        t.partnerLevels.set(p.id, levels);
      }
    }
  }
  return t;
}

/** D10: youth with regular contact — enough interactions, and an ordinary friend when friends are given. */
export function regularFriendIds(
  interactions: ReadonlyMap<string, number>,
  friendIds: readonly string[] | undefined,
): string[] {
  const friends = friendIds ? new Set(friendIds) : null;
  const out: string[] = [];
  for (const [y, n] of interactions) {
    if (n >= REGULAR_CONTACT_MIN_INTERACTIONS && (!friends || friends.has(y))) out.push(y);
  }
  return out;
}

// A partner recorded at several levels (they moved organs) counts for 下跨一级 if any talk met the rule.
function crossLevelIds(
  partnerLevels: ReadonlyMap<string, ReadonlySet<OrganLevel>>,
  own: OrganLevel,
): string[] {
  const out: string[] = [];
  for (const [id, levels] of partnerLevels) {
    if ([...levels].some((l) => isCrossLevelPartner(own, l))) out.push(id);
  }
  return out;
}

/** C4/D10: every count of a cadre over a period, recomputed from the entries (withdrawn ones ignored). */
export function countEntries(
  entries: readonly CountableEntry[],
  period: DateRange,
  context: CountContext,
): CountSummary {
  const t = tally(entries, period);
  const byType = zeroByType();
  let visits = 0;
  let lectures = 0;
  let lectureAudience = 0;
  for (const e of t.live) {
    byType[e.type] += 1;
    if (isVisit(e)) visits += 1;
    if (isLecture(e)) lectures += 1;
    lectureAudience += audienceOf(e);
  }
  return {
    entries: t.live.length,
    byType,
    grassrootsDays: t.days.size,
    visits,
    lectures,
    lectureAudience,
    youthMet: t.youthMet.size,
    cadresTalked: t.partnerLevels.size,
    cadresTalkedCrossLevel: crossLevelIds(t.partnerLevels, context.ownOrganLevel).length,
    regularFriends: regularFriendIds(t.interactions, context.friendIds).length,
    helpPairs: context.helpPairs ?? 0,
  };
}

/** L7: ids of the entries behind one count, sorted, so a dashboard number opens to its evidence. */
export function entryIdsFor(
  entries: readonly CountableEntry[],
  period: DateRange,
  context: CountContext,
  key: CountKey,
): string[] {
  const live = entries.filter((e) => entryInPeriod(e, period));
  const pick = (keep: (e: CountableEntry) => boolean): string[] =>
    [...new Set(live.filter(keep).map((e) => e.id))].sort();
  if (key.startsWith('byType.')) return pick((e) => `byType.${e.type}` === key);
  switch (key) {
    case 'entries':
      return pick(() => true);
    case 'grassrootsDays':
      return pick((e) => onSiteDates(e, period).length > 0);
    case 'visits':
      return pick(isVisit);
    case 'lectures':
    case 'lectureAudience':
      return pick(isLecture);
    case 'youthMet':
      return pick((e) => e.mode === 'face_to_face' && e.youthIds.length > 0);
    case 'cadresTalked':
      return pick((e) => isCadreTalk(e) && e.cadrePartners.length > 0);
    case 'cadresTalkedCrossLevel': {
      const own = context.ownOrganLevel;
      return pick((e) => isCadreTalk(e) && partnersOf(e).some((p) => isCrossLevelPartner(own, p.organLevel)));
    }
    case 'regularFriends': {
      const regular = new Set(regularFriendIds(tally(live, period).interactions, context.friendIds));
      return pick((e) => e.youthIds.some((y) => regular.has(y)));
    }
    default:
      return [];
  }
}
