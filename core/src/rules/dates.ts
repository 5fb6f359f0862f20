import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` in Asia/Shanghai (X1). Never an instant: no time, no offset. */
export type IsoDate = string;

/** An inclusive range of calendar dates. */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const MS_PER_DAY = 86_400_000;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every
// date the system handles and avoids depending on the host's time-zone database.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** X1: true when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2019-02-29). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** X1: zod schema of a calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD' });

/** X1: zod schema of an inclusive date range (from ≤ to). */
export const dateRangeSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((r) => r.from <= r.to, { message: 'Range must end on or after its start', path: ['to'] });

/** X1: day number (days since 1970-01-01) of a calendar date; the base of all date arithmetic. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** X1: the calendar date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(day: number): IsoDate {
  if (!Number.isInteger(day)) throw new RangeError(`Not a whole day number: ${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** X1: signed number of days from `a` to `b` (`daysBetween('2018-01-01', '2018-01-02') === 1`). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** X1: the date `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** X1: number of calendar days in an inclusive range (a one-day range has length 1). */
export function rangeLength(range: DateRange): number {
  return Math.max(0, daysBetween(range.from, range.to) + 1);
}

/** X1: every date of an inclusive range, in order (empty when `to` < `from`). */
export function enumerateDates(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const out: IsoDate[] = [];
  for (let d = start; d <= end; d++) out.push(fromDayNumber(d));
  return out;
}

/** X1: the part of `range` inside `period`, or null when they do not meet. */
export function clipRange(range: DateRange, period: DateRange): DateRange | null {
  // ISO dates compare correctly as strings, which keeps this hot path free of parsing.
  const from = range.from > period.from ? range.from : period.from;
  const to = range.to < period.to ? range.to : period.to;
  return from <= to ? { from, to } : null;
}

/** X1: true when the two inclusive ranges share at least one date. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** X1: true when `date` lies in the inclusive range. */
export function inRange(date: IsoDate, range: DateRange): boolean {
  return range.from <= date && date <= range.to;
}

/** X1: the calendar year as a range, 01-01 to 12-31. */
export function yearRange(year: number): DateRange {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** X1: the date in Asia/Shanghai at the instant `at` (what "today" means for every deadline). */
export function shanghaiDate(at: Date): IsoDate {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** X1: the year of a calendar date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
