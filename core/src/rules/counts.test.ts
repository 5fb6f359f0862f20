import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countEntries,
  countKeys,
  countKeySchema,
  entryIdsFor,
  entryInPeriod,
  isOnSite,
  type CountableEntry,
  type CountKey,
  type CountSummary,
} from './counts';
import { enumerateDates, inRange, yearRange } from './dates';
import { entriesArb, PERIOD } from './test-arbitraries';
import { entryTypes, organLevels, type OrganLevel } from './worklog';

const entry = (
  e: Partial<CountableEntry> & Pick<CountableEntry, 'id' | 'dateFrom' | 'type'>,
): CountableEntry => ({
  dateTo: e.dateFrom,
  mode: 'face_to_face',
  withdrawn: false,
  youthIds: [],
  cadrePartners: [],
  ...e,
});

// A provincial cadre's March at the grassroots, counted by hand in the comments.
const march: CountableEntry[] = [
  entry({ id: 'e1', dateFrom: '2018-03-01', dateTo: '2018-03-03', type: 'visit', youthIds: ['y1', 'y2'] }),
  entry({ id: 'e2', dateFrom: '2018-03-03', dateTo: '2018-03-05', type: 'research', youthIds: ['y2', 'y3'] }),
  entry({ id: 'e3', dateFrom: '2018-03-10', type: 'lecture', audience: 120 }),
  entry({ id: 'e4', dateFrom: '2018-03-11', type: 'lecture', mode: 'network', audience: 300 }),
  entry({
    id: 'e5',
    dateFrom: '2018-03-12',
    type: 'talk',
    mode: 'phone',
    cadrePartners: [
      { id: 'c1', organLevel: 4 },
      { id: 'c2', organLevel: 3 },
      { id: 'c1', organLevel: 4 },
    ],
  }),
  entry({
    id: 'e6',
    dateFrom: '2018-03-13',
    type: 'talk',
    onSite: false,
    youthIds: ['y4'],
    cadrePartners: [{ id: 'c3', organLevel: 5 }],
  }),
  entry({ id: 'e7', dateFrom: '2018-03-14', type: 'friendship', mode: 'phone', youthIds: ['y1'] }),
  entry({ id: 'e8', dateFrom: '2018-03-15', type: 'visit', withdrawn: true, youthIds: ['y5'] }),
  entry({ id: 'e9', dateFrom: '2017-12-30', dateTo: '2018-01-02', type: 'visit' }),
  entry({ id: 'e10', dateFrom: '2019-01-01', type: 'meeting' }),
];
const year2018 = yearRange(2018);

describe('counts of a cadre over a period (C4, D10, L7)', () => {
  it('counts a hand-computed month', () => {
    const s = countEntries(march, year2018, { ownOrganLevel: 2, helpPairs: 4 });
    expect(s).toMatchObject({
      entries: 8, // e8 withdrawn, e10 next year
      grassrootsDays: 8, // 03-01..03-05, 03-10, and 01-01..01-02 of e9 (clipped)
      visits: 2, // e1, e9
      lectures: 1, // e4 was online
      lectureAudience: 120,
      youthMet: 4, // y1 y2 y3 (e1, e2), y4 (e6 face to face at the organ)
      cadresTalked: 3, // c1 c2 c3
      cadresTalkedCrossLevel: 2, // c1 (county), c3 (grassroots); c2 is only one level down
      regularFriends: 2, // y1 (e1, e7), y2 (e1, e2)
      helpPairs: 4,
    });
    expect(s.byType).toMatchObject({ visit: 2, research: 1, lecture: 2, talk: 2, friendship: 1, meeting: 0 });
    expect(countEntries(march, year2018, { ownOrganLevel: 2, friendIds: ['y1', 'y3'] }).regularFriends).toBe(
      1,
    );
    // A central cadre (level 1) counts city-level partners too.
    expect(countEntries(march, year2018, { ownOrganLevel: 1 }).cadresTalkedCrossLevel).toBe(3);
  });

  it('lists the entries behind each count', () => {
    const ctx = { ownOrganLevel: 2 as const };
    expect(entryIdsFor(march, year2018, ctx, 'grassrootsDays')).toEqual(['e1', 'e2', 'e3', 'e9']);
    expect(entryIdsFor(march, year2018, ctx, 'cadresTalkedCrossLevel')).toEqual(['e5', 'e6']);
    expect(entryIdsFor(march, year2018, ctx, 'regularFriends')).toEqual(['e1', 'e2', 'e7']);
    expect(entryIdsFor(march, year2018, ctx, 'byType.lecture')).toEqual(['e3', 'e4']);
    expect(entryIdsFor(march, year2018, ctx, 'lectures')).toEqual(['e3']);
    expect(countKeySchema.safeParse('byType.lecture').success).toBe(true);
    expect(countKeySchema.safeParse('youthMet').success).toBe(true);
    expect(countKeySchema.safeParse('byType.nope').success).toBe(false);
  });

  it('property: grassroots days are the size of the union of on-site dates in the period', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const onSite = entries.filter((e) => !e.withdrawn && isOnSite(e));
        const union = enumerateDates(PERIOD.from, PERIOD.to).filter((d) =>
          onSite.some((e) => inRange(d, { from: e.dateFrom, to: e.dateTo })),
        );
        expect(countEntries(entries, PERIOD, { ownOrganLevel: 2 }).grassrootsDays).toBe(union.length);
      }),
    );
  });

  it('property: youth met are the distinct youth of live face-to-face entries', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const met = new Set(
          entries
            .filter((e) => entryInPeriod(e, PERIOD) && e.mode === 'face_to_face')
            .flatMap((e) => e.youthIds),
        );
        expect(countEntries(entries, PERIOD, { ownOrganLevel: 2 }).youthMet).toBe(met.size);
      }),
    );
  });

  it('property: 下跨一级 keeps partners at least two levels down, fewer the lower the own organ', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const counted = organLevels.map((own: OrganLevel) => {
          const s = countEntries(entries, PERIOD, { ownOrganLevel: own });
          const talks = entries.filter((e) => entryInPeriod(e, PERIOD) && e.type === 'talk');
          const qualifying = new Set<string>();
          for (const e of talks) {
            const firstLevel = new Map<string, OrganLevel>();
            for (const p of e.cadrePartners) if (!firstLevel.has(p.id)) firstLevel.set(p.id, p.organLevel);
            for (const [id, level] of firstLevel) if (level - own >= 2) qualifying.add(id);
          }
          expect(s.cadresTalkedCrossLevel).toBe(qualifying.size);
          expect(s.cadresTalkedCrossLevel).toBeLessThanOrEqual(s.cadresTalked);
          return s.cadresTalkedCrossLevel;
        });
        for (let i = 1; i < counted.length; i++) expect(counted[i]).toBeLessThanOrEqual(counted[i - 1] ?? 0);
        expect(counted[3]).toBe(0); // county organs have no level two below the grassroots
      }),
    );
  });

  it('property: the listed entries alone reproduce each count, and a zero count lists none', () => {
    const keys: CountKey[] = [...countKeys, ...entryTypes.map((t) => `byType.${t}` as const)];
    const value = (s: CountSummary, key: CountKey): number =>
      key.startsWith('byType.')
        ? s.byType[key.slice(7) as keyof CountSummary['byType']]
        : (s[key as keyof CountSummary] as number);
    fc.assert(
      fc.property(entriesArb, fc.constantFrom(...organLevels), (entries, own) => {
        const ctx = { ownOrganLevel: own };
        const full = countEntries(entries, PERIOD, ctx);
        for (const key of keys) {
          const ids = new Set(entryIdsFor(entries, PERIOD, ctx, key));
          const sub = countEntries(
            entries.filter((e) => ids.has(e.id)),
            PERIOD,
            ctx,
          );
          expect(value(sub, key)).toBe(value(full, key));
          if (key !== 'lectureAudience') expect(ids.size === 0).toBe(value(full, key) === 0);
        }
      }),
    );
  });
});
