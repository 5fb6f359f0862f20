import { describe, expect, it } from 'vitest';
import { proximityOf } from './contact-points';

describe('C2 proximity to the organ seat', () => {
  it('ranks seat county, prefecture, province, elsewhere', () => {
    expect(proximityOf('430102', '43', '430102')).toBe('seat_county');
    expect(proximityOf('430102', '43', '430121')).toBe('seat_prefecture');
    expect(proximityOf('430102', '43', '430202')).toBe('province');
    expect(proximityOf('430102', '43', '110101')).toBe('elsewhere');
    expect(proximityOf(null, '43', '430202')).toBe('province');
    expect(proximityOf(null, null, '430202')).toBe('elsewhere');
  });
});
