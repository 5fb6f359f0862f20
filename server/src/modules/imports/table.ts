import { AppError } from '../../platform/errors';
import { normaliseHeader } from './cells';
import type { Cell, SheetRow } from './sheet';

/** The data rows of a file and where each of our columns sits in them. */
export interface Table {
  /** Our (template) header → 0-based column index in the file; absent columns are not here. */
  columns: ReadonlyMap<string, number>;
  rows: SheetRow[];
}

// Exports of other systems may put a title or a note above the header row.
const HEADER_SEARCH_ROWS = 10;

/** X8: a saved mapping as a lookup from their (normalised) header to ours. */
export function renamer(mapping: Record<string, string> | undefined): (header: string) => string {
  const rename = new Map<string, string>();
  for (const [theirs, ours] of Object.entries(mapping ?? {})) {
    rename.set(normaliseHeader(theirs), normaliseHeader(ours));
  }
  return (header) => rename.get(header) ?? header;
}

function headerColumns(cells: Cell[], ours: ReadonlySet<string>, rename: (h: string) => string) {
  const found = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const header = rename(normaliseHeader(cell));
    if (ours.has(header)) found.set(header, [...(found.get(header) ?? []), index]);
  });
  return found;
}

/**
 * R5/X8: find the header row (the first of the top rows naming most of our columns), rename the file's
 * headers by the mapping, and refuse the file when a required column is missing or one appears twice.
 */
export function locateColumns(
  rows: SheetRow[],
  columns: readonly string[],
  required: readonly string[],
  mapping: Record<string, string> | undefined,
): Table {
  const ours = new Set(columns);
  const rename = renamer(mapping);
  let best: { at: number; found: Map<string, number[]> } = { at: 0, found: new Map() };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, at) => {
    const found = headerColumns(row.cells, ours, rename);
    if (found.size > best.found.size) best = { at, found };
  });
  const twice = [...best.found].filter(([, at]) => at.length > 1).map(([header]) => header);
  if (twice.length > 0) throw new AppError('DUPLICATE_COLUMNS', { columns: twice.join('、') });
  const missing = required.filter((h) => !best.found.has(h));
  if (missing.length > 0) throw new AppError('BAD_HEADERS', { columns: missing.join('、') });
  const located = new Map<string, number>();
  for (const [header, [index]] of best.found) if (index !== undefined) located.set(header, index);
  return { columns: located, rows: rows.slice(best.at + 1) };
}
