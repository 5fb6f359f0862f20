import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  clipRange,
  daysBetween,
  enumerateDates,
  fromDayNumber,
  isIsoDate,
  isoDateSchema,
  rangeLength,
  shanghaiDate,
  toDayNumber,
  yearRange,
} from './dates';

describe('calendar dates (X1)', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-1-01')).toBe(false);
    expect(isoDateSchema.safeParse('2018-10-31').success).toBe(true);
    expect(isoDateSchema.safeParse('2018-10-32').success).toBe(false);
  });

  it('does arithmetic across month, leap-day and year boundaries', () => {
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(daysBetween('2018-01-01', '2018-12-31')).toBe(364);
    expect(rangeLength(yearRange(2020))).toBe(366);
    expect(enumerateDates('2018-02-27', '2018-03-02')).toEqual([
      '2018-02-27',
      '2018-02-28',
      '2018-03-01',
      '2018-03-02',
    ]);
    expect(enumerateDates('2018-03-02', '2018-03-01')).toEqual([]);
  });

  it('clips ranges to a period', () => {
    const p = { from: '2018-01-10', to: '2018-01-20' };
    expect(clipRange({ from: '2018-01-05', to: '2018-01-12' }, p)).toEqual({
      from: '2018-01-10',
      to: '2018-01-12',
    });
    expect(clipRange({ from: '2018-01-21', to: '2018-01-22' }, p)).toBeNull();
  });

  it('reads "today" in Asia/Shanghai, not in the host time zone', () => {
    expect(shanghaiDate(new Date('2018-12-31T15:59:59Z'))).toBe('2018-12-31');
    expect(shanghaiDate(new Date('2018-12-31T16:00:00Z'))).toBe('2019-01-01');
  });

  it('day numbers round-trip and add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -2000, max: 2000 }), (day, n) => {
        const date = fromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
        if (n >= 0) expect(enumerateDates(date, addDays(date, n))).toHaveLength(n + 1);
      }),
    );
  });
});
