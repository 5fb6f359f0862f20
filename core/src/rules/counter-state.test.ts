import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEntry,
  buildCounterState,
  counterStateSchema,
  CounterStateError,
  emptyCounterState,
  reviseEntry,
  summarize,
} from './counter-state';
import { countEntries, type CountableEntry } from './counts';
import { entryArb, PERIOD } from './test-arbitraries';
import { organLevels } from './worklog';

type Op =
  | { kind: 'create'; entry: CountableEntry }
  | { kind: 'revise'; pick: number; entry: CountableEntry }
  | { kind: 'withdraw'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  entryArb('new').map((entry) => ({ kind: 'create' as const, entry })),
  fc.record({ pick: fc.nat(), entry: entryArb('rev') }).map((r) => ({ kind: 'revise' as const, ...r })),
  fc.nat().map((pick) => ({ kind: 'withdraw' as const, pick })),
);

describe('incremental counters (L7)', () => {
  it('property: after any creates, revisions and withdrawals, counters equal a full recount', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.constantFrom(...organLevels), (ops, own) => {
        const live = new Map<string, CountableEntry>(); // id → current version
        let state = emptyCounterState(PERIOD);
        let next = 0;
        for (const op of ops) {
          const ids = [...live.keys()];
          if (op.kind === 'create') {
            const created = { ...op.entry, id: `e${next++}` };
            live.set(created.id, created);
            state = applyEntry(state, created, 1);
            continue;
          }
          const id = ids[op.pick % Math.max(1, ids.length)];
          const before = id === undefined ? undefined : live.get(id);
          if (id === undefined || before === undefined) continue;
          const after = op.kind === 'revise' ? { ...op.entry, id } : { ...before, withdrawn: true };
          live.set(id, after);
          state = reviseEntry(state, before, after);
        }
        const entries = [...live.values()];
        const ctx = { ownOrganLevel: own, helpPairs: 3, friendIds: ['y1', 'y2', '__proto__'] };
        expect(summarize(state, ctx)).toEqual(countEntries(entries, PERIOD, ctx));
        expect(state).toEqual(buildCounterState(PERIOD, entries));
        // Stored as JSON and read back, the state is the same.
        const restored = counterStateSchema.parse(JSON.parse(JSON.stringify(state)));
        expect(summarize(restored, ctx)).toEqual(summarize(state, ctx));
      }),
      { numRuns: 200 },
    );
  });

  it('withdrawing, then re-adding, leaves nothing behind', () => {
    const e: CountableEntry = {
      id: 'e1',
      dateFrom: '2018-01-15',
      dateTo: '2018-01-17',
      type: 'lecture',
      mode: 'face_to_face',
      withdrawn: false,
      youthIds: ['y1'],
      cadrePartners: [],
      audience: 40,
    };
    const added = applyEntry(emptyCounterState(PERIOD), e, 1);
    expect(summarize(added, { ownOrganLevel: 2 })).toMatchObject({
      grassrootsDays: 3,
      lectures: 1,
      lectureAudience: 40,
    });
    expect(reviseEntry(added, e, { ...e, withdrawn: true })).toEqual(emptyCounterState(PERIOD));
  });

  it('refuses to remove an entry it never counted', () => {
    const e: CountableEntry = {
      id: 'e1',
      dateFrom: '2018-01-15',
      dateTo: '2018-01-15',
      type: 'visit',
      mode: 'phone',
      withdrawn: false,
      youthIds: [],
      cadrePartners: [],
    };
    expect(() => applyEntry(emptyCounterState(PERIOD), e, -1)).toThrow(CounterStateError);
    // Outside the period nothing is counted, so nothing is removed either.
    const outside = { ...e, dateFrom: '2019-01-01', dateTo: '2019-01-01' };
    expect(applyEntry(emptyCounterState(PERIOD), outside, -1)).toEqual(emptyCounterState(PERIOD));
  });
});
