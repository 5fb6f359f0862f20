/** C2: bands of nearness to the organ's seat, nearest first (就近就便). */
export const proximities = ['seat_county', 'seat_prefecture', 'province', 'elsewhere'] as const;
export type Proximity = (typeof proximities)[number];

/** C2: how near a county is to the organ's seat: the seat county, its prefecture, its province, elsewhere. */
export function proximityOf(
  seatCountyCode: string | null,
  provinceCode: string | null,
  county: string,
): Proximity {
  if (seatCountyCode && county === seatCountyCode) return 'seat_county';
  if (seatCountyCode && county.slice(0, 4) === seatCountyCode.slice(0, 4)) return 'seat_prefecture';
  const province = seatCountyCode?.slice(0, 2) ?? provinceCode;
  if (province && county.slice(0, 2) === province) return 'province';
  return 'elsewhere';
}
