import type { RowMessage } from './messages';
import type { Cell } from './sheet';

/** A cell turned into a field value, or the reason it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: RowMessage };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (key: RowMessage['key'], params?: RowMessage['params']): Parsed<never> => ({
  ok: false,
  error: params ? { key, params } : { key },
});

const pad = (n: number) => String(n).padStart(2, '0');

// Excel stores a day as a count from 1899-12-30 (with the 1900 leap-year bug already folded in).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoOfUtc(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A cell as text: trimmed, '' for an empty cell; dates as YYYY-MM-DD; numbers without exponent. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfUtc(cell);
  if (typeof cell === 'number') return String(cell); // integers below 1e21 print without exponent
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return cell.trim(); // also strips the ideographic space U+3000 and a BOM
}

/** Echo a user value in a message, short enough to read. */
export const shown = (s: string): string => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** Header text as matched against the template: no spaces, ASCII parentheses, no required-marker star. */
export function normaliseHeader(cell: Cell): string {
  return cellText(cell)
    .replace(/[\s\u3000\ufeff]/g, '')
    .replace(/^[*＊]+/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

export function parseText(cell: Cell, opts: { required: boolean; max: number }): Parsed<string> {
  const text = cellText(cell);
  if (text === '') return opts.required ? fail('required') : ok('');
  if (text.length > opts.max) return fail('tooLong', { max: opts.max });
  return ok(text);
}

function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return isoOfUtc(t);
}

/** YYYY-MM-DD (also YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD) or an Excel date cell; empty → null. */
export function parseDate(cell: Cell): Parsed<string | null> {
  if (cell instanceof Date) return ok(isoOfUtc(cell));
  if (typeof cell === 'number' && cell >= 1 && cell < 73051 && Number.isInteger(cell)) {
    return ok(isoOfUtc(new Date(EXCEL_EPOCH + cell * 86_400_000))); // a date cell read without its style
  }
  const text = cellText(cell);
  if (text === '') return ok(null);
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
  const iso = m ? validDay(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])) : null;
  return iso ? ok(iso) : fail('badDate', { value: shown(text) });
}

export function parseInteger(cell: Cell, min: number, max: number, empty: number): Parsed<number> {
  const text = cellText(cell);
  if (text === '') return ok(empty);
  const n = Number(text);
  if (!/^-?\d+(\.0+)?$/.test(text) || n < min || n > max) {
    return fail('badInteger', { value: shown(text), min, max });
  }
  return ok(n);
}

/** A label from a fixed list (e.g. 专职 → full_time); empty → `empty`. */
export function parseChoice<T>(cell: Cell, labels: Record<string, T>, empty: T): Parsed<T> {
  const text = cellText(cell);
  if (text === '') return ok(empty);
  const value = Object.hasOwn(labels, text) ? labels[text] : undefined;
  return value === undefined
    ? fail('notInList', { value: shown(text), allowed: Object.keys(labels).join('、') })
    : ok(value);
}

const yesNo: Record<string, boolean> = { 是: true, 否: false };
const yesNoAliases: Record<string, boolean> = {
  ...yesNo,
  Y: true,
  N: false,
  y: true,
  n: false,
  '1': true,
  '0': false,
};

export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const parsed = parseChoice(cell, yesNoAliases, false);
  return parsed.ok ? parsed : fail('notInList', { value: shown(cellText(cell)), allowed: '是、否' });
}

/** A mainland mobile number: spaces, dashes and a +86 prefix are tolerated, 1 + 10 digits remain. */
export function parsePhone(cell: Cell): Parsed<string> {
  const text = cellText(cell);
  if (text === '') return fail('required');
  const digits = text.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? ok(digits) : fail('badPhone', { value: shown(text) });
}

function countyCodeOf(text: string, counties: ReadonlySet<string>): Parsed<string> {
  if (!/^\d{6}$/.test(text)) return fail('badCountyCode', { value: shown(text) });
  return counties.has(text) ? ok(text) : fail('unknownCounty', { value: text });
}

/** R1: a 6-digit GB/T 2260 county code that exists in the divisions table. */
export function parseCounty(
  cell: Cell,
  counties: ReadonlySet<string>,
  required: boolean,
): Parsed<string | null> {
  const text = cellText(cell);
  if (text === '') return required ? fail('required') : ok(null);
  return countyCodeOf(text, counties);
}

/** Several county codes separated by 、 , ， ; ； or spaces; duplicates dropped, order kept. */
export function parseCountyList(cell: Cell, counties: ReadonlySet<string>, max: number): Parsed<string[]> {
  const parts = cellText(cell)
    .split(/[、,，;；\s]+/)
    .filter((p) => p !== '');
  const codes: string[] = [];
  for (const part of parts) {
    const code = countyCodeOf(part, counties);
    if (!code.ok) return code;
    if (!codes.includes(code.value)) codes.push(code.value);
  }
  return codes.length > max ? fail('tooMany', { max }) : ok(codes);
}
