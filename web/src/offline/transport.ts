import type { EntryBody, EntryView } from '@grassroots/core';
import { api, request, setCsrfToken } from '../app/api';
import type { SessionReply } from '../app/session';
import type { PendingFile } from './db';

// The requests the outbox makes, through app/api.ts (CSRF, Accept-Language, the error shape of §11).
export interface OutboxTransport {
  upload(file: PendingFile): Promise<string>;
  post(body: EntryBody, key: string): Promise<EntryView>;
}

/** The session's CSRF token, read fresh: a queued entry may be sent long after it was written. */
async function csrfToken(): Promise<string> {
  const reply = await api.get<SessionReply>('/me');
  setCsrfToken(reply.csrfToken);
  return reply.csrfToken;
}

async function postEntry(body: EntryBody, key: string): Promise<EntryView> {
  await csrfToken();
  return request<EntryView>('/logs', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
}

async function uploadFile(file: PendingFile): Promise<string> {
  const form = new FormData();
  form.append('file', new File([file.blob], file.name, { type: file.type }));
  const reply = await api.post<{ id: string }>('/attachments', form);
  return reply.id;
}

export const httpTransport: OutboxTransport = { upload: uploadFile, post: postEntry };
