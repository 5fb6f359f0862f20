import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EntryBody } from '@grassroots/core';

// L3: the device-side store of work-log entries written without network. It holds personal data, so
// logout deletes it with every other IndexedDB database of the origin (S10, app/storage.ts); this
// connection closes itself as soon as such a delete (or a newer version) asks for it.
export const offlineDbName = 'grassroots-offline';

/** A photo or document picked for an entry; uploaded before the entry, once (attachmentId kept). */
export interface PendingFile {
  name: string;
  type: string;
  blob: Blob;
  attachmentId: string | null;
}

/** The request body without attachment ids: those are added once the files are on the server. */
export type OutboxBody = Omit<EntryBody, 'attachmentIds'>;

export interface OutboxItem {
  /** The Idempotency-Key, generated on the device and the same on every retry (L3: exactly once). */
  key: string;
  /** The author; an item is only ever sent under its author's session. */
  userId: string;
  body: OutboxBody;
  files: PendingFile[];
  /** What the page needs to show the item without network (names of people and place); not sent. */
  display: unknown;
  createdAt: string;
  attempts: number;
  lastError: string | null;
  /** Epoch ms before which the retry timer leaves the item alone (back-off after failures). */
  notBefore: number;
}

/** An item the server refused for good (a 4xx): out of the sending queue, kept so nothing is lost. */
export interface RejectedItem extends OutboxItem {
  rejectedAt: string;
  status: number;
  code: string;
}

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byUser: string } };
  rejected: { key: string; value: RejectedItem; indexes: { byUser: string } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDb> | null = null;

export function offlineDb(): Promise<OfflineDb> {
  opening ??= openDB<OfflineSchema>(offlineDbName, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('byUser', 'userId');
      db.createObjectStore('rejected', { keyPath: 'key' }).createIndex('byUser', 'userId');
    },
    blocking() {
      // Logout deletes the database (S10): let it go instead of blocking the delete.
      void closeOfflineDb();
    },
    terminated() {
      opening = null;
    },
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

export async function closeOfflineDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}
