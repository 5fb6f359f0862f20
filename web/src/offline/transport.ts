import type { EntryBody, EntryView } from '@grassroots/core';
import { api, ApiError, apiUrl, setCsrfToken } from '../app/api';
import { currentLanguage, i18n } from '../app/i18n';
import type { SessionReply } from '../app/session';
import type { PendingFile } from './db';

// The requests the outbox makes. POST /logs needs the Idempotency-Key header, which app/api.ts has no
// option for, so this one call is made here with the same conventions (CSRF, Accept-Language, the
// error shape of SPEC §11); everything else goes through app/api.ts.
export interface OutboxTransport {
  upload(file: PendingFile): Promise<string>;
  post(body: EntryBody, key: string): Promise<EntryView>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function errorOf(res: Response): Promise<ApiError> {
  const parsed: unknown = await res.json().catch(() => null);
  const error = isRecord(parsed) ? parsed.error : undefined;
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(res.status, error.code, error.message, error.details);
  }
  return new ApiError(res.status, `HTTP_${res.status}`, res.statusText || `HTTP ${res.status}`);
}

/** The session's CSRF token, read fresh: a queued entry may be sent long after it was written. */
async function csrfToken(): Promise<string> {
  const reply = await api.get<SessionReply>('/me');
  setCsrfToken(reply.csrfToken);
  return reply.csrfToken;
}

async function postEntry(body: EntryBody, key: string): Promise<EntryView> {
  const token = await csrfToken();
  let res: Response;
  try {
    res = await fetch(apiUrl('/logs'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
        'X-CSRF-Token': token,
        'Idempotency-Key': key,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as EntryView;
}

async function uploadFile(file: PendingFile): Promise<string> {
  const form = new FormData();
  form.append('file', new File([file.blob], file.name, { type: file.type }));
  const reply = await api.post<{ id: string }>('/attachments', form);
  return reply.id;
}

export const httpTransport: OutboxTransport = { upload: uploadFile, post: postEntry };
