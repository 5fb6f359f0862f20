import { AppError } from '../../platform/errors';
import type { SheetRow } from './sheet';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Excel on Chinese Windows saves "CSV" in the ANSI code page (GBK); GB18030 is its superset.
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** S3: CSV bytes → text. UTF-8 with or without BOM, else GBK/GB18030; anything else is refused. */
export function decodeText(bytes: Buffer): string {
  const probe = bytes.subarray(0, 64 * 1024);
  if (probe.includes(0)) throw new AppError('FILE_NOT_SPREADSHEET');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    try {
      text = gb18030.decode(bytes);
    } catch {
      throw new AppError('FILE_ENCODING');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Text files have almost no control characters besides tab and line breaks; binary data has many.
  const sample = Math.min(text.length, 4096);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls += 1;
  }
  if (controls > sample / 100) throw new AppError('FILE_NOT_SPREADSHEET');
  return text;
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. Row numbers are
 * record numbers (header = 1), as a spreadsheet program shows them; blank records are skipped.
 */
export function parseCsv(text: string, maxRows: number): SheetRow[] {
  const delimiter = delimiterOf(text);
  const rows: SheetRow[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let number = 1;
  const endRecord = () => {
    record.push(field);
    field = '';
    if (record.some((f) => f.trim() !== '')) {
      if (rows.length >= maxRows) throw new AppError('FILE_TOO_MANY_ROWS', { max: maxRows - 1 });
      rows.push({ number, cells: record.map((f) => (f === '' ? null : f)) });
    }
    record = [];
    number += 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i += 1;
      endRecord();
    } else field += ch;
  }
  if (field !== '' || record.length > 0) endRecord();
  return rows;
}
