import { daysBetween, type IsoDate } from './dates';

/** Y3: days without a logged interaction after which a contact is flagged overdue. */
export const OVERDUE_DAYS = { friend: 60, help_pair: 30 } as const;

/** Y3: a contact is overdue when the last logged interaction (or, never met, its creation) is too old. */
export function isOverdue(
  relation: keyof typeof OVERDUE_DAYS,
  lastContact: IsoDate | null,
  since: IsoDate,
  today: IsoDate,
): boolean {
  return daysBetween(lastContact ?? since, today) > OVERDUE_DAYS[relation];
}

/** Y4: under-14s are sensitive personal information (个人信息保护法 第二十八条). */
export function isMinor(birthYear: number | null, today: IsoDate): boolean {
  return birthYear !== null && Number(today.slice(0, 4)) - birthYear < 14;
}

/** L4: an entry about a day more than 7 days before it was written is marked late. */
export function isLateEntry(dateTo: IsoDate, createdOn: IsoDate, lateAfterDays = 7): boolean {
  return daysBetween(dateTo, createdOn) > lateAfterDays;
}
