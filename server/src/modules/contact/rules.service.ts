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

const storedVersion = z.object({ version: z.number().int() });

/** C4/C5: an organ's rule set for a year; without a saved one the seed's defaults apply. */
export async function ruleSetOf(db: Db, organId: string, year: number): Promise<RuleSetReply> {
  const row = await repo.findRuleSet(db, organId, year);
  if (!row) return { ruleSet: defaultRuleSet(organId, year), version: null, isDefault: true };
  return {
    ruleSet: quotaRuleSetSchema.parse(row.ruleSet),
    version: storedVersion.parse(row.ruleSet).version,
    isDefault: false,
  };
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
    const doc = { ...parsed.data, version: (version ?? 0) + 1 };
    const saved = await repo.saveRuleSet(tx, { organId: actor.organId, year }, version, doc, now);
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
  const row = await repo.findAssignment(db, organId, year);
  if (!row) return { assignment: emptyAssignment(), version: null };
  return {
    assignment: assignmentBody.parse(row.assignment),
    version: storedVersion.parse(row.assignment).version,
  };
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
    const doc = { ...assignment, version: (version ?? 0) + 1 };
    const saved = await repo.saveAssignment(tx, { organId: actor.organId, year }, version, doc, now);
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
