import type { Batch, DispatchCadre, DispatchRules } from './schema';
import { BATCH_MONTHS } from './types';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of the host's time zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// D1: the seed's calendar — Sep–Dec Y, Mar–Jun Y+1, Sep–Dec Y+1, Mar–Jun Y+2.
export function defaultBatches(year: number): Batch[] {
  return [
    { id: 1, start: `${year}-09-01`, end: `${year}-12-31` },
    { id: 2, start: `${year + 1}-03-01`, end: `${year + 1}-06-30` },
    { id: 3, start: `${year + 1}-09-01`, end: `${year + 1}-12-31` },
    { id: 4, start: `${year + 2}-03-01`, end: `${year + 2}-06-30` },
  ];
}

// D4: add whole months to an ISO date; a month's last day stays the last day (Dec 31 + 2 → Feb 28/29).
export function addMonths(isoDate: string, months: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = d === daysInMonth(y, m);
  const day = lastDay ? daysInMonth(year, month) : Math.min(d, daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

// D4: less than shortExperienceMonths at the grassroots → the stay runs past the batch end.
export function needsExtension(cadre: DispatchCadre, rules: DispatchRules): boolean {
  return cadre.grassrootsMonths < rules.shortExperienceMonths;
}

// D4: the dates a cadre serves in a batch (start = batch start; end = batch end, +2 months if extended).
export function serviceWindow(
  cadre: DispatchCadre,
  batch: Batch,
  rules: DispatchRules,
): { start: string; end: string } {
  const extra = Math.max(0, rules.extendedMonths - BATCH_MONTHS);
  const end = needsExtension(cadre, rules) && extra > 0 ? addMonths(batch.end, extra) : batch.end;
  return { start: batch.start, end };
}
