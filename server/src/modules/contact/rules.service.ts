import { z } from 'zod';
import {
  assignmentBody,
  defaultRuleSet,
  quotaRuleSetSchema,
  taskItems,
  type AssignmentBody,
  type AssignmentReply,
  type assignmentPut,
  type RuleSetReply,
  type ruleSetPut,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { ContactDeps } from './contact.common';
import * as repo from './contact.repo';

/** C4/C5: an organ's rule set for a year; without a saved one the seed's defaults apply. */
export async function ruleSetOf(db: Db, organId: string, year: number): Promise<RuleSetReply> {
  const row = await repo.findYearDoc(db, organId, year, 'rule_set');
  if (!row) return { ruleSet: defaultRuleSet(organId, year), version: null, isDefault: true };
  return { ruleSet: quotaRuleSetSchema.parse(row.doc), version: row.version, isDefault: false };
}

export async function getRuleSet(deps: ContactDeps, actor: Actor, year: number): Promise<RuleSetReply> {
  requirePermission(actor, 'contact.read');
  return ruleSetOf(deps.db, actor.organId, year);
}

/** C4/C5: the organ admin sets the year's quotas, start-year factor and (moved) deadlines. */
export async function putRuleSet(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  body: z.infer<typeof ruleSetPut>,
): Promise<RuleSetReply> {
  requirePermission(actor, 'contact.admin');
  const { version, ...fields } = body;
  const parsed = quotaRuleSetSchema.safeParse({ organId: actor.organId, year, ...fields });
  if (!parsed.success) {
    const summary = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('RULE_SET_INVALID', { summary });
  }
  const outside = Object.entries(fields.deadlines).filter(([, d]) => d !== null && !d.startsWith(`${year}-`));
  if (outside.length > 0) {
    const summary = outside.map(([k, d]) => `deadlines.${k}: ${d ?? ''} ∉ ${year}`).join('; ');
    throw new AppError('RULE_SET_INVALID', { summary });
  }
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const key = { organId: actor.organId, year, kind: 'rule_set' as const };
    const saved = await repo.saveYearDoc(tx, key, version, parsed.data, now);
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await auditChange(
      tx,
      actor,
      now,
      'contact.rule_set.update',
      { type: 'contact_rule_set', id: `${actor.organId}:${year}` },
      { factor: parsed.data.factor, startDate: parsed.data.startDate, deadlines: parsed.data.deadlines },
    );
  });
  return ruleSetOf(deps.db, actor.organId, year);
}

const emptyAssignment = (): AssignmentBody =>
  assignmentBody.parse({ items: Object.fromEntries(taskItems.map((k) => [k, ''])), lectureTopics: [] });

/** C3 单位指: what the organ assigns for the year (empty until the organ admin writes it). */
export async function assignmentOf(db: Db, organId: string, year: number): Promise<AssignmentReply> {
  const row = await repo.findYearDoc(db, organId, year, 'assignment');
  if (!row) return { assignment: emptyAssignment(), version: null };
  return { assignment: assignmentBody.parse(row.doc), version: row.version };
}

export async function getAssignment(deps: ContactDeps, actor: Actor, year: number): Promise<AssignmentReply> {
  requirePermission(actor, 'contact.read');
  return assignmentOf(deps.db, actor.organId, year);
}

/** C3 单位指: the organ admin writes the guidance per item and the lecture topics. */
export async function putAssignment(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  body: z.infer<typeof assignmentPut>,
): Promise<AssignmentReply> {
  requirePermission(actor, 'contact.admin');
  const { version, ...assignment } = body;
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const key = { organId: actor.organId, year, kind: 'assignment' as const };
    const saved = await repo.saveYearDoc(tx, key, version, assignment, now);
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await auditChange(
      tx,
      actor,
      now,
      'contact.assignment.update',
      { type: 'contact_assignment', id: `${actor.organId}:${year}` },
      { lectureTopics: assignment.lectureTopics.length },
    );
  });
  return assignmentOf(deps.db, actor.organId, year);
}
