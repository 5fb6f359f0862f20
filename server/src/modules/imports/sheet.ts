import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { decodeText, parseCsv } from './csv';

/** One cell as the importer sees it, whatever the file format. */
export type Cell = string | number | boolean | Date | null;
/** A non-blank row with its spreadsheet row number (1-based) and its cells (0-based columns). */
export interface SheetRow {
  number: number;
  cells: Cell[];
}

const MAX_COLUMNS = 100;

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) {
    // Only a formula's cached result is data; the formula itself is never evaluated or kept.
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  return null; // an error value such as #N/A
}

function rowCells(values: ExcelJS.Row['values']): Cell[] {
  const cells: Cell[] = [];
  if (Array.isArray(values)) {
    // exceljs rows are 1-based and sparse.
    const n = Math.min(values.length, MAX_COLUMNS + 1);
    for (let c = 1; c < n; c++) cells.push(plain(values[c]));
  }
  return cells;
}

const isBlank = (cells: Cell[]) =>
  cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** R5: the first worksheet of an .xlsx, streamed (no whole-workbook model in memory). */
async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: SheetRow[] = [];
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      if (sawSheet) continue; // drain the rest so the zip stream ends cleanly
      sawSheet = true;
      for await (const row of sheet) {
        const cells = rowCells(row.values);
        if (isBlank(cells)) continue;
        if (rows.length >= maxRows) throw new AppError('FILE_TOO_MANY_ROWS', { max: maxRows - 1 });
        rows.push({ number: row.number, cells });
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_NOT_XLSX');
  }
  if (!sawSheet) throw new AppError('FILE_NOT_XLSX');
  return rows;
}

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * S3/R5: the file type comes from the content, never the name: a zip (PK\x03\x04) is read as .xlsx,
 * the old binary .xls is refused with advice, anything else must be CSV text (UTF-8 or GBK).
 * `maxRows` counts the header row.
 */
export async function readSheet(bytes: Buffer, maxRows: number): Promise<SheetRow[]> {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, maxRows);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new AppError('FILE_XLS');
  return parseCsv(decodeText(bytes), maxRows);
}
