// Test-only generators shared by the rules' property tests (not exported from the rules index).
import fc from 'fast-check';
import type { CountableEntry } from './counts';
import { addDays, type DateRange } from './dates';
import { entryModes, entryTypes, organLevels } from './worklog';

export const BASE = '2018-01-01';
/** A period inside the generated dates, so clipping at both ends is exercised. */
export const PERIOD: DateRange = { from: '2018-01-10', to: '2018-02-20' };

// Small pools make overlaps and repeated people common, which is where counting goes wrong.
const youthId = fc.constantFrom('y1', 'y2', 'y3', 'y4', 'y5', 'y6', '__proto__', 'constructor');
const partnerId = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5');

export const entryArb = (id: string): fc.Arbitrary<CountableEntry> =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 60 }),
      span: fc.integer({ min: 0, max: 6 }),
      type: fc.constantFrom(...entryTypes),
      mode: fc.constantFrom(...entryModes),
      withdrawn: fc.boolean(),
      youthIds: fc.array(youthId, { maxLength: 4 }),
      cadrePartners: fc.array(fc.record({ id: partnerId, organLevel: fc.constantFrom(...organLevels) }), {
        maxLength: 3,
      }),
      audience: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      onSite: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ start, span, ...rest }) => ({
      id,
      dateFrom: addDays(BASE, start),
      dateTo: addDays(BASE, start + span),
      ...rest,
    }));

export const entriesArb: fc.Arbitrary<CountableEntry[]> = fc
  .array(entryArb('x'), { maxLength: 25 })
  .map((entries) => entries.map((e, i) => ({ ...e, id: `e${String(i).padStart(2, '0')}` })));
