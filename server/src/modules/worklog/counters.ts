import { and, eq, sql } from 'drizzle-orm';
import {
  applyEntry,
  buildCounterState,
  CounterStateError,
  counterStateSchema,
  emptyCounterState,
  yearOf,
  yearRange,
  type CountableEntry,
  type CounterState,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { cadreCounters } from '../../db/schema';
import { entriesOfCadreIn, toCountable } from './worklog.repo';

const yearsOf = (e: { dateFrom: string; dateTo: string }): number[] => {
  const years: number[] = [];
  for (let y = yearOf(e.dateFrom); y <= yearOf(e.dateTo); y++) years.push(y);
  return years;
};

async function lockedState(tx: Db, organId: string, cadreId: string, year: number): Promise<CounterState> {
  await tx
    .insert(cadreCounters)
    .values({ organId, cadreId, year, state: emptyCounterState(yearRange(year)) })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ state: cadreCounters.state })
    .from(cadreCounters)
    .where(and(eq(cadreCounters.cadreId, cadreId), eq(cadreCounters.year, year)))
    .for('update');
  return counterStateSchema.parse(row?.state);
}

/**
 * L7/ARCHITECTURE: keep the per-cadre per-year counters current in the entry's own transaction.
 * `before` is the stored version being replaced (null on create), `after` the new one (null never:
 * a withdrawal is an `after` with withdrawn = true). A state that cannot take the change is rebuilt
 * from the log, which is the truth.
 */
export async function updateCounters(
  tx: Db,
  scope: { organId: string; cadreId: string },
  before: CountableEntry | null,
  after: CountableEntry,
): Promise<void> {
  const years = new Set([...(before ? yearsOf(before) : []), ...yearsOf(after)]);
  for (const year of years) {
    let state = await lockedState(tx, scope.organId, scope.cadreId, year);
    try {
      if (before) state = applyEntry(state, before, -1);
      state = applyEntry(state, after, 1);
    } catch (e) {
      if (!(e instanceof CounterStateError)) throw e;
      state = await recount(tx, scope.cadreId, year);
    }
    await tx
      .update(cadreCounters)
      .set({ state, updatedAt: sql`now()` })
      .where(and(eq(cadreCounters.cadreId, scope.cadreId), eq(cadreCounters.year, year)));
  }
}

/** The full recount of a cadre's year from the log (repair, and the tests' reference). */
export async function recount(db: Db, cadreId: string, year: number): Promise<CounterState> {
  const period = yearRange(year);
  const rows = await entriesOfCadreIn(db, cadreId, period.from, period.to);
  return buildCounterState(period, await toCountable(db, rows));
}

export async function readCounters(db: Db, cadreId: string, year: number): Promise<CounterState> {
  const [row] = await db
    .select({ state: cadreCounters.state })
    .from(cadreCounters)
    .where(and(eq(cadreCounters.cadreId, cadreId), eq(cadreCounters.year, year)));
  return row ? counterStateSchema.parse(row.state) : emptyCounterState(yearRange(year));
}
