import dayjs from 'dayjs';

// X1: dates as YYYY-MM-DD, times shown in Asia/Shanghai.
export const timeZone = 'Asia/Shanghai';

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).tz(timeZone).format('YYYY-MM-DD HH:mm:ss') : '';
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '';
}

/** Lists show a phone masked; the full number stays in the detail view of those allowed to see it. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
