import { and, eq } from 'drizzle-orm';
import { worklogLimits } from '@grassroots/core';
import type { Db } from '../../db/client';
import { attachments } from '../../db/schema';
import { cadreScope, requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { detectFileKind } from '../../platform/file-kind';
import type { Storage } from '../../platform/storage';
import { findEntry } from './worklog.repo';

/** L6: store an upload whose kind, read from its bytes, is on the list; link it to an entry later. */
export async function saveAttachment(
  db: Db,
  storage: Storage,
  actor: Actor,
  file: { bytes: Buffer; fileName: string },
  now: Date,
) {
  requirePermission(actor, 'worklog.write');
  if (file.bytes.length > worklogLimits.attachmentBytes) throw new AppError('FILE_TOO_LARGE');
  const kind = detectFileKind(file.bytes, file.fileName);
  if (!kind) throw new AppError('ATTACHMENT_TYPE', {}, undefined, 415);
  const storageKey = await storage.put(file.bytes);
  const fileName = file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 120) || 'file';
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(attachments)
      .values({
        organId: actor.organId,
        ownerId: actor.userId,
        storageKey,
        fileName,
        mime: kind.mime,
        size: file.bytes.length,
        createdAt: now,
      })
      .returning();
    const made = inserted[0];
    if (made)
      await auditChange(
        tx,
        actor,
        now,
        'attachment.upload',
        { type: 'attachment', id: made.id },
        { mime: kind.mime, size: made.size },
      );
    return inserted;
  });
  if (!row) throw new AppError('INTERNAL');
  return { id: row.id, fileName: row.fileName, mime: row.mime, size: row.size };
}

/** L6: served only after the same check as its entry (or to its uploader before it is linked). */
export async function readAttachment(db: Db, storage: Storage, actor: Actor, id: string) {
  requirePermission(actor, 'worklog.read');
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.organId, actor.organId)));
  if (!row) throw notFound();
  const visible = row.entryId
    ? (await findEntry(db, cadreScope(actor), row.entryId)) !== undefined
    : row.ownerId === actor.userId;
  if (!visible) throw notFound();
  return { bytes: await storage.get(row.storageKey), fileName: row.fileName, mime: row.mime };
}
