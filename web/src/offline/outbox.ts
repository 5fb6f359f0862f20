import type { EntryView } from '@grassroots/core';
import { ApiError } from '../app/api';
import { offlineDb, type OutboxBody, type OutboxItem, type PendingFile, type RejectedItem } from './db';
import { httpTransport, type OutboxTransport } from './transport';

// L3: an entry written without network is kept on the device and sent later, exactly once. Every
// entry carries an Idempotency-Key made here; the same key goes with every retry, so a retry whose
// first attempt did reach the server gets the stored answer instead of a second entry. An item
// leaves the queue only after a 2xx, or a 4xx that no retry can fix (then it is kept aside as
// "rejected" with the server's message, so the text is never lost).

export type { OutboxBody, OutboxItem, PendingFile, RejectedItem } from './db';

export type SendOutcome =
  { kind: 'sent'; view: EntryView } | { kind: 'kept'; error: string } | { kind: 'rejected'; error: ApiError };

const retryCodes = new Set(['CSRF', 'SESSION_EXPIRED', 'UNAUTHENTICATED']);

/** L3: keep (retry later) on network errors, 5xx, 401, 408, 429 and session-token problems. */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  if (err.status === 0 || err.status >= 500) return true;
  if (err.status === 401 || err.status === 408 || err.status === 429) return true;
  return retryCodes.has(err.code);
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---- change notification (this tab and the others) ----
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('grassroots-outbox') : null;
let revision = 0;

function notifyHere(): void {
  revision += 1;
  for (const listener of listeners) listener();
}
if (channel) channel.onmessage = notifyHere;

function changed(): void {
  notifyHere();
  channel?.postMessage('changed');
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxRevision(): number {
  return revision;
}

// ---- the store ----
export async function pendingItems(userId: string): Promise<OutboxItem[]> {
  const db = await offlineDb();
  const items = await db.getAllFromIndex('outbox', 'byUser', userId);
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function rejectedItems(userId: string): Promise<RejectedItem[]> {
  const db = await offlineDb();
  const items = await db.getAllFromIndex('rejected', 'byUser', userId);
  return items.sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt));
}

/** Keeps an entry on the device; it is sent by `sendItem` now or by the sync loop later. */
export async function enqueue(
  userId: string,
  body: OutboxBody,
  files: PendingFile[],
  display: unknown = null,
): Promise<OutboxItem> {
  const item: OutboxItem = {
    key: newIdempotencyKey(),
    userId,
    body,
    files,
    display,
    createdAt: new Date().toISOString(),
    attempts: 0,
    lastError: null,
    notBefore: 0,
  };
  const db = await offlineDb();
  await db.put('outbox', item);
  changed();
  return item;
}

export async function discardRejected(key: string): Promise<void> {
  const db = await offlineDb();
  await db.delete('rejected', key);
  changed();
}

async function save(item: OutboxItem): Promise<void> {
  const db = await offlineDb();
  // Only while it is still queued: a concurrent send may have finished it meanwhile.
  const tx = db.transaction('outbox', 'readwrite');
  if (await tx.store.get(item.key)) await tx.store.put(item);
  await tx.done;
}

async function remove(key: string): Promise<void> {
  const db = await offlineDb();
  await db.delete('outbox', key);
}

async function reject(item: OutboxItem, err: ApiError): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction(['outbox', 'rejected'], 'readwrite');
  await tx.objectStore('outbox').delete(item.key);
  await tx.objectStore('rejected').put({
    ...item,
    lastError: err.message,
    rejectedAt: new Date().toISOString(),
    status: err.status,
    code: err.code,
  });
  await tx.done;
}

const backoffMs = (attempts: number) => Math.min(5 * 60_000, 5_000 * 2 ** Math.min(attempts, 6));
const inFlight = new Map<string, Promise<SendOutcome>>();

async function attempt(
  item: OutboxItem,
  transport: OutboxTransport,
  onReject: 'keep-aside' | 'drop',
): Promise<SendOutcome> {
  try {
    // Files first, each once: the id is stored before the next step, so a retry does not upload again.
    for (const file of item.files) {
      if (file.attachmentId) continue;
      file.attachmentId = await transport.upload(file);
      await save(item);
    }
    const attachmentIds = item.files.flatMap((f) => (f.attachmentId ? [f.attachmentId] : []));
    const view = await transport.post({ ...item.body, attachmentIds }, item.key);
    await remove(item.key);
    return { kind: 'sent', view };
  } catch (err) {
    if (isRetryable(err) || !(err instanceof ApiError)) {
      const message = err instanceof Error ? err.message : String(err);
      item.attempts += 1;
      item.lastError = message;
      item.notBefore = Date.now() + backoffMs(item.attempts);
      await save(item);
      return { kind: 'kept', error: message };
    }
    if (onReject === 'drop') await remove(item.key);
    else await reject(item, err);
    return { kind: 'rejected', error: err };
  } finally {
    changed();
  }
}

/**
 * Sends one queued item now (the same key as every other attempt). `onReject: 'drop'` is for the
 * form that is still on screen: it shows the server's message and keeps the text itself.
 */
export function sendItem(
  item: OutboxItem,
  options: { transport?: OutboxTransport; onReject?: 'keep-aside' | 'drop' } = {},
): Promise<SendOutcome> {
  const running = inFlight.get(item.key);
  if (running) return running;
  const work = attempt(item, options.transport ?? httpTransport, options.onReject ?? 'keep-aside').finally(
    () => inFlight.delete(item.key),
  );
  inFlight.set(item.key, work);
  return work;
}

export interface FlushResult {
  sent: EntryView[];
  kept: number;
  rejected: number;
}

async function flushNow(userId: string, force: boolean, transport: OutboxTransport): Promise<FlushResult> {
  const result: FlushResult = { sent: [], kept: 0, rejected: 0 };
  const items = await pendingItems(userId);
  for (const item of items) {
    if (!force && item.notBefore > Date.now()) {
      result.kept += 1;
      continue;
    }
    const outcome = await sendItem(item, { transport });
    if (outcome.kind === 'sent') result.sent.push(outcome.view);
    else if (outcome.kind === 'rejected') result.rejected += 1;
    else {
      // Still no network (or the server is down): the rest would fail the same way.
      result.kept += items.length - items.indexOf(item);
      break;
    }
  }
  return result;
}

let flushing: Promise<FlushResult> | null = null;

/** Sends every queued item of the user, oldest first; one flush at a time across this origin's tabs. */
export function flushOutbox(
  userId: string,
  options: { force?: boolean; transport?: OutboxTransport } = {},
): Promise<FlushResult> {
  if (flushing) return flushing;
  const run = () => flushNow(userId, options.force ?? false, options.transport ?? httpTransport);
  const locked: Promise<FlushResult> =
    typeof navigator.locks === 'object'
      ? navigator.locks.request('grassroots-outbox', run).then((inner) => inner)
      : run();
  const current = locked.finally(() => {
    flushing = null;
  });
  flushing = current;
  return current;
}
