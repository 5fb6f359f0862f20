import { organLevelSchema, type EntryView } from '@grassroots/core';
import type { Db } from '../../db/client';
import * as repo from './worklog.repo';

/** L1/L5/L4: entries as the API shows them — names of places and people, files, comments, revisions. */
export async function toViews(
  db: Db,
  rows: { e: repo.EntryRow; cadreName: string }[],
  now: Date,
  withThread: boolean,
): Promise<EntryView[]> {
  const d = await repo.entryDetails(
    db,
    rows.map((r) => r.e),
    withThread,
  );
  return rows.map(({ e, cadreName }) => ({
    id: e.id,
    cadreId: e.cadreId,
    cadreName,
    dateFrom: e.dateFrom,
    dateTo: e.dateTo,
    type: e.type,
    mode: e.mode,
    onSite: e.onSite,
    countyCode: e.countyCode,
    countyName: e.countyCode ? (d.counties.get(e.countyCode) ?? null) : null,
    grassrootsOrgId: e.grassrootsOrgId,
    grassrootsOrgName: e.grassrootsOrgId ? (d.orgs.get(e.grassrootsOrgId) ?? null) : null,
    place: e.place,
    content: e.content,
    thoughts: e.thoughts,
    audience: e.audience,
    youth: e.youthIds.map((id) => ({ id, name: d.youth.get(id) ?? '' })),
    partners: e.partnerIds.flatMap((id) => {
      const p = d.partners.get(id);
      return p ? [{ id, name: p.name, unit: p.unit, organLevel: organLevelSchema.parse(p.organLevel) }] : [];
    }),
    taskItems: e.taskItems,
    dispatchTasks: e.dispatchTasks,
    supervisionItems: e.supervisionItems,
    attachments: d.files
      .filter((f) => f.entryId === e.id)
      .map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size })),
    late: e.late,
    status: e.status,
    withdrawReason: e.withdrawReason,
    proposedCase: e.proposedCase,
    createdAt: e.createdAt.toISOString(),
    version: e.version,
    amendable: e.status === 'active',
    comments: d.comments
      .filter((c) => c.entryId === e.id)
      .map((c) => ({
        id: c.id,
        authorName: c.authorName,
        body: c.body,
        createdAt: c.createdAt.toISOString(),
      })),
    revisions: d.revisions
      .filter((r) => r.entryId === e.id)
      .map((r) => ({
        version: r.version,
        revisedAt: r.revisedAt.toISOString(),
        revisedBy: r.revisedBy,
        reason: r.reason,
        before: r.before,
      })),
  }));
}
