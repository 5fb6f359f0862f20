import type { z } from 'zod';
import type { Parsed } from './cells';
import type { RowMessage } from './messages';
import type { Cell } from './sheet';
import type { Table } from './table';

/** A row problem: spreadsheet row number (header = 1), our Chinese column name, untranslated message. */
export interface RowProblem {
  row: number;
  column: string;
  message: RowMessage;
}

/** The rows that passed, in file order with their row numbers, and every problem of the others. */
export interface Checked<T> {
  good: { row: number; value: T }[];
  problems: RowProblem[];
  rejected: number;
}

/** One template column: how its cell becomes part of the record. */
export type ColumnReader<T, L> = (cell: Cell, lookups: L) => Parsed<Partial<T>>;

/** Map a parsed cell to the record fields it sets. */
export const into = <V, T>(parsed: Parsed<V>, fields: (value: V) => Partial<T>): Parsed<Partial<T>> =>
  parsed.ok ? { ok: true, value: fields(parsed.value) } : parsed;

/**
 * R5: read every data row through the column readers (only the columns the file has), then through the
 * core zod contract, then the per-file uniqueness rule. A row with any problem is left out.
 */
export function checkRows<T extends object, L>(
  table: Table,
  readers: Record<string, ColumnReader<T, L>>,
  contract: z.ZodType<T>,
  columnOfField: (field: PropertyKey) => string,
  lookups: L,
  identity: { column: string; key: (value: T) => string; message: (firstRow: number) => RowMessage },
): Checked<T> {
  const present = Object.keys(readers).flatMap((header) => {
    const index = table.columns.get(header);
    const reader = readers[header];
    return index === undefined || !reader ? [] : [{ header, index, reader }];
  });
  const seen = new Map<string, number>();
  const result: Checked<T> = { good: [], problems: [], rejected: 0 };
  for (const row of table.rows) {
    const problems: RowProblem[] = [];
    let fields: Partial<T> = {};
    for (const { header, index, reader } of present) {
      const parsed = reader(row.cells[index] ?? null, lookups);
      if (parsed.ok) fields = { ...fields, ...parsed.value };
      else problems.push({ row: row.number, column: header, message: parsed.error });
    }
    let value: T | undefined;
    if (problems.length === 0) {
      const checked = contract.safeParse(fields);
      if (checked.success) value = checked.data;
      else {
        for (const issue of checked.error.issues) {
          const column = columnOfField(issue.path[0] ?? '');
          problems.push({ row: row.number, column, message: { key: 'invalid' } });
        }
      }
    }
    if (value !== undefined) {
      const key = identity.key(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.number);
      else problems.push({ row: row.number, column: identity.column, message: identity.message(first) });
    }
    if (value !== undefined && problems.length === 0) result.good.push({ row: row.number, value });
    else {
      result.rejected += 1;
      result.problems.push(...problems);
    }
  }
  return result;
}
