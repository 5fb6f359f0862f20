import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { taskListHistory, taskLists } from '../../db/schema';

export type TaskListRow = typeof taskLists.$inferSelect;
export type TaskListChange = Partial<
  Pick<TaskListRow, 'status' | 'proposal' | 'reviewComment' | 'approvedBy' | 'approvedAt'>
>;

/** C3: a cadre's task list of a year; `lock` holds the row for the rest of the transaction. */
export async function findTaskList(db: Db, cadreId: string, year: number, lock = false) {
  const query = db
    .select()
    .from(taskLists)
    .where(and(eq(taskLists.cadreId, cadreId), eq(taskLists.year, year)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertTaskList(tx: Db, values: typeof taskLists.$inferInsert) {
  const [row] = await tx.insert(taskLists).values(values).returning();
  return row;
}

/** S6: apply a change to the version read; undefined when the list moved on meanwhile. */
export async function updateTaskList(tx: Db, current: TaskListRow, change: TaskListChange, now: Date) {
  const [row] = await tx
    .update(taskLists)
    .set({ ...change, version: current.version + 1, updatedAt: now })
    .where(and(eq(taskLists.id, current.id), eq(taskLists.version, current.version)))
    .returning();
  return row;
}

export async function appendHistory(tx: Db, row: typeof taskListHistory.$inferInsert) {
  await tx.insert(taskListHistory).values(row);
}

export function historyOf(db: Db, taskListId: string) {
  return db
    .select()
    .from(taskListHistory)
    .where(eq(taskListHistory.taskListId, taskListId))
    .orderBy(asc(taskListHistory.version), asc(taskListHistory.at));
}
