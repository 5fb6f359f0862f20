import { eq } from 'drizzle-orm';
import { isDispatchedInYear } from '@grassroots/core';
import type { Db } from '../../db/client';
import { dispatchAssignments } from '../../db/schema';
import { cadreScope, type Actor } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { findCadre, type CadreRow } from '../people/people.repo';

/** What the contact services need: the database and the clock. */
export interface ContactDeps {
  db: Db;
  now: () => Date;
}

/** S2: a cadre the actor may see (self ⊂ department ⊂ organ); anyone else is "not found". */
export async function visibleCadre(db: Db, actor: Actor, cadreId: string): Promise<CadreRow> {
  const cadre = await findCadre(db, cadreScope(actor), cadreId);
  if (!cadre) throw notFound();
  return cadre;
}

/** C3 个人提 / C4: a cadre's own proposal, report and progress marks are written by that cadre alone. */
export function requireSelf(actor: Actor, cadreId: string): void {
  if (actor.cadreId !== cadreId) throw new AppError('OWN_RECORD_ONLY');
}

/** C3 共同定 / C9: the head of the cadre's own department decides, nobody else (not the organ admin). */
export function requireOwnDepartmentHead(actor: Actor, departmentId: string): void {
  if (!actor.roles.includes('department_head') || actor.departmentId !== departmentId)
    throw new AppError('NOT_OWN_DEPARTMENT');
}

/** D15: a cadre with a published dispatch overlapping the year is credited with research and 大宣传大调研. */
export async function dispatchedInYear(db: Db, cadreId: string, year: number): Promise<boolean> {
  const rows = await db
    .select({ from: dispatchAssignments.startDate, to: dispatchAssignments.endDate })
    .from(dispatchAssignments)
    .where(eq(dispatchAssignments.cadreId, cadreId));
  return isDispatchedInYear(rows, year);
}
