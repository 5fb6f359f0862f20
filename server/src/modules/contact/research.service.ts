import type { z } from 'zod';
import type { researchPut, ResearchReply } from '@grassroots/core';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { dispatchedInYear, requireSelf, visibleCadre, type ContactDeps } from './contact.common';
import * as repo from './contact.repo';
import { ruleSetOf } from './rules.service';

async function replyOf(db: Db, organId: string, cadreId: string, year: number): Promise<ResearchReply> {
  const [row, { ruleSet }, credited] = await Promise.all([
    repo.findResearch(db, cadreId, year),
    ruleSetOf(db, organId, year),
    dispatchedInYear(db, cadreId, year),
  ]);
  return {
    report: row
      ? {
          id: row.id,
          cadreId: row.cadreId,
          year: row.year,
          topic: row.topic,
          summary: row.summary,
          attachmentId: row.attachmentId,
          submittedAt: row.submittedAt.toISOString(),
          review: row.review,
          award: row.award,
          version: row.version,
        }
      : null,
    due: ruleSet.deadlines.researchReport,
    credited,
  };
}

/** C4: a cadre's research report of the year, with its due date (C5 may move it). */
export async function getResearch(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
): Promise<ResearchReply> {
  requirePermission(actor, 'contact.read');
  await visibleCadre(deps.db, actor, cadreId);
  return replyOf(deps.db, actor.organId, cadreId, year);
}

/** C4 调查研究掌情况: the cadre submits (or revises) the year's research topic and report. */
export async function putResearch(
  deps: ContactDeps,
  actor: Actor,
  year: number,
  cadreId: string,
  body: z.infer<typeof researchPut>,
): Promise<ResearchReply> {
  requirePermission(actor, 'contact.own');
  await visibleCadre(deps.db, actor, cadreId);
  requireSelf(actor, cadreId);
  const { version, ...fields } = body;
  if (fields.attachmentId && !(await repo.ownAttachment(deps.db, actor, fields.attachmentId)))
    throw new AppError('UNKNOWN_REFERENCE', { what: '附件' }, undefined, 400);
  const now = deps.now();
  try {
    await deps.db.transaction(async (tx) => {
      const key = { organId: actor.organId, year, cadreId };
      const id =
        version === null
          ? await repo.insertResearch(tx, key, fields, now)
          : await repo.updateResearch(tx, key, version, fields, now);
      if (!id) throw new AppError('VERSION_CONFLICT');
      await auditChange(
        tx,
        actor,
        now,
        'contact.research.save',
        { type: 'research_report', id },
        { year, topic: fields.topic },
      );
    });
  } catch (e) {
    // A first report saved twice at once: the second is told to reload, as with a stale version.
    if (isUniqueViolation(e)) throw new AppError('VERSION_CONFLICT');
    throw e;
  }
  return replyOf(deps.db, actor.organId, cadreId, year);
}
