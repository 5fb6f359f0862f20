import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditHeads, auditLog } from '../db/schema';
import { sm3Hex } from './crypto';

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEvent {
  organId: string | null;
  actorId?: string | null;
  actorName?: string | null;
  ip?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown> | null;
}

const GENESIS = '0'.repeat(64);

export function chainOf(organId: string | null): string {
  return organId ? `organ:${organId}` : 'system';
}

// jsonb reorders keys, so the hash covers a canonical form with sorted keys.
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

interface HashedFields {
  chain: string;
  seq: number;
  organId: string | null;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  details: Record<string, unknown> | null;
}

/** X2: the SM3 link of one row — the previous hash and this row's canonical content. */
export function linkHash(prevHash: string, f: HashedFields): string {
  return sm3Hex(
    prevHash +
      canonical([
        f.chain,
        f.seq,
        f.organId,
        f.at.toISOString(),
        f.actorId,
        f.actorName,
        f.ip,
        f.action,
        f.targetType,
        f.targetId,
        f.outcome,
        f.details,
      ]),
  );
}

/**
 * X2/STYLE 5: append one row to the organ's chain. Call inside the transaction of the change it records;
 * the advisory lock serialises appends to one chain across processes.
 */
export async function appendAudit(tx: Db, event: AuditEvent, now: Date): Promise<void> {
  const chain = chainOf(event.organId);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${chain}))`);
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.chain, chain));
  const fields: HashedFields = {
    chain,
    seq: (head?.seq ?? 0) + 1,
    organId: event.organId,
    at: now,
    actorId: event.actorId ?? null,
    actorName: event.actorName ?? null,
    ip: event.ip ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    outcome: event.outcome ?? 'success',
    details: event.details ?? null,
  };
  const prevHash = head?.hash ?? GENESIS;
  const hash = linkHash(prevHash, fields);
  await tx.insert(auditLog).values({ ...fields, prevHash, hash });
  await tx
    .insert(auditHeads)
    .values({ chain, seq: fields.seq, hash })
    .onConflictDoUpdate({ target: auditHeads.chain, set: { seq: fields.seq, hash } });
}

export interface BrokenLink {
  chain: string;
  seq: number;
  id: number | null;
  problem: string;
}

/** S5/X2: walk every chain; report the first row whose link does not hold. */
export async function verifyAudit(
  db: Db,
  only?: { chain: string },
): Promise<{ ok: boolean; checked: number; firstBroken: BrokenLink | null }> {
  // Rows appended while this runs lie beyond the heads read here and are left for the next run.
  const heads = await db
    .select()
    .from(auditHeads)
    .where(only ? eq(auditHeads.chain, only.chain) : undefined)
    .orderBy(asc(auditHeads.chain));
  const chainsInLog = await db
    .selectDistinct({ chain: auditLog.chain })
    .from(auditLog)
    .where(only ? eq(auditLog.chain, only.chain) : undefined);
  const known = new Set(heads.map((h) => h.chain));
  for (const { chain } of chainsInLog) {
    if (!known.has(chain))
      return {
        ok: false,
        checked: 0,
        firstBroken: { chain, seq: 0, id: null, problem: 'chain has no head anchor' },
      };
  }
  let checked = 0;
  for (const head of heads) {
    let prevHash = GENESIS;
    let expectedSeq = 1;
    let lastSeq = 0;
    const batch = 5000;
    for (;;) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.chain, head.chain), gt(auditLog.seq, lastSeq), lte(auditLog.seq, head.seq)))
        .orderBy(asc(auditLog.seq))
        .limit(batch);
      for (const row of rows) {
        if (row.seq !== expectedSeq) {
          return {
            ok: false,
            checked,
            firstBroken: {
              chain: head.chain,
              seq: expectedSeq,
              id: null,
              problem: `row ${expectedSeq} is missing (deleted)`,
            },
          };
        }
        if (row.prevHash !== prevHash) {
          return {
            ok: false,
            checked,
            firstBroken: {
              chain: head.chain,
              seq: row.seq,
              id: row.id,
              problem: 'previous-hash link does not match',
            },
          };
        }
        const recomputed = linkHash(prevHash, row);
        if (recomputed !== row.hash) {
          return {
            ok: false,
            checked,
            firstBroken: {
              chain: head.chain,
              seq: row.seq,
              id: row.id,
              problem: 'content does not match its hash (altered)',
            },
          };
        }
        prevHash = row.hash;
        expectedSeq += 1;
        lastSeq = row.seq;
        checked += 1;
      }
      if (rows.length < batch) break;
    }
    if (lastSeq !== head.seq || prevHash !== head.hash) {
      const seq = lastSeq < head.seq ? lastSeq + 1 : head.seq;
      return {
        ok: false,
        checked,
        firstBroken: {
          chain: head.chain,
          seq,
          id: null,
          problem: `row ${seq} is missing (deleted) or the chain end was altered`,
        },
      };
    }
  }
  return { ok: true, checked, firstBroken: null };
}

export async function latestAudit(db: Db, organId: string, limit = 20) {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.organId, organId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** The usual case: an actor's change to one record, recorded in the change's transaction. */
export function auditChange(
  tx: Db,
  actor: { organId: string; userId: string; username: string; ip: string | null },
  now: Date,
  action: string,
  target: { type: string; id: string } | null,
  details?: Record<string, unknown>,
): Promise<void> {
  return appendAudit(
    tx,
    {
      organId: actor.organId,
      actorId: actor.userId,
      actorName: actor.username,
      ip: actor.ip,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      details: details ?? null,
    },
    now,
  );
}
