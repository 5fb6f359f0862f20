import { describe, expect, it } from 'vitest';
import { addMonths, defaultBatches, serviceWindow } from './calendar';
import { dispatchCadreSchema, dispatchRulesSchema } from './schema';

describe('D1 default round calendar', () => {
  it('follows the seed: Sep–Dec Y, Mar–Jun Y+1, Sep–Dec Y+1, Mar–Jun Y+2', () => {
    expect(defaultBatches(2015)).toEqual([
      { id: 1, start: '2015-09-01', end: '2015-12-31' },
      { id: 2, start: '2016-03-01', end: '2016-06-30' },
      { id: 3, start: '2016-09-01', end: '2016-12-31' },
      { id: 4, start: '2017-03-01', end: '2017-06-30' },
    ]);
  });
});

describe('D4 service window', () => {
  const rules = dispatchRulesSchema.parse({});
  const batch = { id: 1, start: '2015-09-01', end: '2015-12-31' };
  const cadre = (months: number) =>
    dispatchCadreSchema.parse({
      id: 'c',
      name: '张三',
      organ: '43',
      department: '组织部',
      rank: '正科',
      grassrootsMonths: months,
    });

  it('keeps month ends at month ends across years and leap years', () => {
    expect(addMonths('2015-12-31', 2)).toBe('2016-02-29');
    expect(addMonths('2016-12-31', 2)).toBe('2017-02-28');
    expect(addMonths('2016-06-30', 2)).toBe('2016-08-31');
    expect(addMonths('2016-01-15', 2)).toBe('2016-03-15');
    expect(addMonths('2016-01-30', 1)).toBe('2016-02-29');
  });

  it('extends a cadre with under 24 months of grassroots experience by two months', () => {
    expect(serviceWindow(cadre(23), batch, rules)).toEqual({ start: '2015-09-01', end: '2016-02-29' });
    expect(serviceWindow(cadre(24), batch, rules)).toEqual({ start: '2015-09-01', end: '2015-12-31' });
  });
});
