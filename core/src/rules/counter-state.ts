import { z } from 'zod';
import {
  audienceOf,
  entryInPeriod,
  isCadreTalk,
  isLecture,
  isVisit,
  onSiteDates,
  partnersOf,
  regularFriendIds,
  youthOf,
  zeroByType,
  type CountableEntry,
  type CountContext,
  type CountSummary,
} from './counts';
import { dateRangeSchema, isoDateSchema, type DateRange } from './dates';
import {
  entryTypeSchema,
  isCrossLevelPartner,
  organLevels,
  type EntryType,
  type OrganLevel,
} from './worklog';

/** Talk entries naming a partner, per recorded organ level 1..5. */
type Levels = readonly [number, number, number, number, number];
/** [youth id, face-to-face entries naming them, all entries naming them]. */
export type YouthRow = readonly [id: string, faceToFace: number, all: number];
/** [partner id, talk entries naming them at organ level 1, 2, 3, 4, 5]. */
export type PartnerRow = readonly [id: string, ...levels: Levels];

/**
 * Counters of one cadre over one period, kept current in the same transaction as each entry write
 * (ARCHITECTURE: counts are derived, never typed in). Plain JSON: store it in a JSONB column.
 * Maps hold multiplicities rather than sets of entry ids so the row stays small (bounded by distinct
 * dates, youth and partners, not by entries); drill-down re-reads entries through `entryIdsFor`.
 * People are rows sorted by id, not objects keyed by id: ids come from outside, and a JSON parser
 * that assigns keys would turn an id such as "__proto__" into a prototype and lose it.
 */
export interface CounterState {
  readonly v: 1;
  readonly period: DateRange;
  readonly entries: number;
  readonly byType: Readonly<Partial<Record<EntryType, number>>>;
  /** Date → number of live on-site entries covering it (clipped to the period). */
  readonly days: Readonly<Record<string, number>>;
  readonly visits: number;
  readonly lectures: number;
  readonly lectureAudience: number;
  /** Youth named in live entries, sorted by id. */
  readonly youth: readonly YouthRow[];
  /** League cadres named in live talk entries, sorted by id. */
  readonly partners: readonly PartnerRow[];
}

const count = z.number().int().nonnegative();

/** L7: zod schema of a stored counter state (parse the JSONB column with it). */
export const counterStateSchema: z.ZodType<CounterState> = z.object({
  v: z.literal(1),
  period: dateRangeSchema,
  entries: count,
  byType: z.partialRecord(entryTypeSchema, count),
  days: z.record(isoDateSchema, count),
  visits: count,
  lectures: count,
  lectureAudience: count,
  youth: z.array(z.tuple([z.string(), count, count])),
  partners: z.array(z.tuple([z.string(), count, count, count, count, count])),
});

/** Thrown when removing an entry that the state never counted: rebuild the state from the entries. */
export class CounterStateError extends Error {
  override readonly name = 'CounterStateError';
}

/** L7: counters of a period with nothing counted yet. */
export function emptyCounterState(period: DateRange): CounterState {
  return {
    v: 1,
    period: { from: period.from, to: period.to },
    entries: 0,
    byType: {},
    days: {},
    visits: 0,
    lectures: 0,
    lectureAudience: 0,
    youth: [],
    partners: [],
  };
}

// Date keys are validated calendar dates, so a plain object is safe for them. `Object.fromEntries`
// defines own keys; assignment would be the one to avoid.
function edit<V>(
  record: Readonly<Record<string, V>>,
  keys: readonly string[],
  change: (current: V | undefined, key: string) => V | null,
): Record<string, V> {
  const map = new Map(Object.entries(record));
  for (const key of keys) {
    const next = change(map.get(key), key);
    if (next === null) map.delete(key);
    else map.set(key, next);
  }
  return Object.fromEntries(map);
}

function editRows<R extends readonly [string, ...number[]]>(
  rows: readonly R[],
  keys: readonly string[],
  change: (current: R | undefined, key: string) => R | null,
): R[] {
  const map = new Map(rows.map((r) => [r[0], r]));
  for (const key of keys) {
    const next = change(map.get(key), key);
    if (next === null) map.delete(key);
    else map.set(key, next);
  }
  // Sorted so that equal counters are equal values, whatever order the entries came in.
  return [...map.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function checked(value: number, what: string): number {
  if (value < 0) throw new CounterStateError(`Counter underflow (${what}): entry removed but never counted`);
  return value;
}

function bump(what: string, sign: 1 | -1): (n: number | undefined, key: string) => number | null {
  return (n, key) => {
    const next = checked((n ?? 0) + sign, `${what} ${key}`);
    return next === 0 ? null : next;
  };
}

function bumpLevel(levels: Levels, level: OrganLevel, sign: 1 | -1, id: string): Levels {
  const [l1, l2, l3, l4, l5] = levels;
  const b = (n: number, l: OrganLevel): number => (l === level ? checked(n + sign, `partner ${id}`) : n);
  return [b(l1, 1), b(l2, 2), b(l3, 3), b(l4, 4), b(l5, 5)];
}

/**
 * L7: add (+1) or remove (-1) one entry version. Create = +1; withdraw = -1 of the live version;
 * revision = -1 old then +1 new. Withdrawn entries and entries outside the period change nothing.
 */
export function applyEntry(state: CounterState, entry: CountableEntry, sign: 1 | -1): CounterState {
  if (!entryInPeriod(entry, state.period)) return state;

  const byType = edit(state.byType, [entry.type], bump('type', sign));

  const dates = onSiteDates(entry, state.period);
  const days = dates.length === 0 ? state.days : edit(state.days, dates, bump('day', sign));

  const ids = youthOf(entry);
  const f2f = entry.mode === 'face_to_face' ? sign : 0;
  const youth =
    ids.length === 0
      ? state.youth
      : editRows(state.youth, ids, (row, y): YouthRow | null => {
          const [, met, all] = row ?? [y, 0, 0];
          const next = [y, checked(met + f2f, `youth ${y}`), checked(all + sign, `youth ${y}`)] as const;
          return next[2] === 0 ? null : next;
        });

  const levelOf = new Map(isCadreTalk(entry) ? partnersOf(entry).map((p) => [p.id, p.organLevel]) : []);
  const partners =
    levelOf.size === 0
      ? state.partners
      : editRows(state.partners, [...levelOf.keys()], (row, id): PartnerRow | null => {
          const level = levelOf.get(id);
          if (level === undefined) return row ?? null;
          const [, ...levels] = row ?? [id, 0, 0, 0, 0, 0];
          const next = bumpLevel(levels, level, sign, id);
          return next.every((n) => n === 0) ? null : [id, ...next];
        });

  return {
    v: 1,
    period: state.period,
    entries: checked(state.entries + sign, 'entries'),
    byType,
    days,
    visits: checked(state.visits + (isVisit(entry) ? sign : 0), 'visits'),
    lectures: checked(state.lectures + (isLecture(entry) ? sign : 0), 'lectures'),
    lectureAudience: checked(state.lectureAudience + sign * audienceOf(entry), 'lecture audience'),
    youth,
    partners,
  };
}

/** L7: revision of an entry: remove the old version, add the new one (either may be withdrawn). */
export function reviseEntry(
  state: CounterState,
  before: CountableEntry,
  after: CountableEntry,
): CounterState {
  return applyEntry(applyEntry(state, before, -1), after, 1);
}

/** L7: counters rebuilt from all entries of the period (repair after a CounterStateError, backfill). */
export function buildCounterState(period: DateRange, entries: readonly CountableEntry[]): CounterState {
  return entries.reduce<CounterState>((s, e) => applyEntry(s, e, 1), emptyCounterState(period));
}

/** C4/D10: the counts held by a counter state; equals `countEntries` over the same live entries. */
export function summarize(state: CounterState, context: CountContext): CountSummary {
  const byType = zeroByType();
  for (const [t, n] of Object.entries(state.byType)) {
    const parsed = entryTypeSchema.safeParse(t);
    if (parsed.success) byType[parsed.data] = n;
  }
  const interactions = new Map<string, number>();
  let youthMet = 0;
  for (const [y, met, all] of state.youth) {
    if (met > 0) youthMet += 1;
    if (all > 0) interactions.set(y, all);
  }
  let cadresTalked = 0;
  let cadresTalkedCrossLevel = 0;
  const own = context.ownOrganLevel;
  for (const [, ...levels] of state.partners) {
    if (levels.every((n) => n === 0)) continue;
    cadresTalked += 1;
    if (organLevels.some((l) => (levels[l - 1] ?? 0) > 0 && isCrossLevelPartner(own, l))) {
      cadresTalkedCrossLevel += 1;
    }
  }
  return {
    entries: state.entries,
    byType,
    grassrootsDays: Object.values(state.days).filter((n) => n > 0).length,
    visits: state.visits,
    lectures: state.lectures,
    lectureAudience: state.lectureAudience,
    youthMet,
    cadresTalked,
    cadresTalkedCrossLevel,
    regularFriends: regularFriendIds(interactions, context.friendIds).length,
    helpPairs: context.helpPairs ?? 0,
  };
}
