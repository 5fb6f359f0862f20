import { useQuery, type QueryClient } from '@tanstack/react-query';
import { sessionUser, type Role, type SessionUser } from '@grassroots/core';
import { api, ApiError, setCsrfToken } from './api';
import { clearClientData, lastUserStorageKey } from './storage';

export interface SessionReply {
  user: SessionUser;
  csrfToken: string;
}

export const meKey = ['me'] as const;

async function fetchMe(): Promise<SessionUser | null> {
  try {
    const reply = await api.get<SessionReply>('/me');
    setCsrfToken(reply.csrfToken);
    localStorage.setItem(lastUserStorageKey, JSON.stringify(reply.user));
    return reply.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    // L3: opened without network, the app keeps the last signed-in user so entries can still be
    // written into the outbox; the server checks the session when they are sent.
    if (err instanceof ApiError && err.status === 0) {
      const last = sessionUser.safeParse(JSON.parse(localStorage.getItem(lastUserStorageKey) ?? 'null'));
      if (last.success) return last.data;
    }
    throw err;
  }
}

export function useSession() {
  return useQuery({
    queryKey: meKey,
    queryFn: fetchMe,
    staleTime: Infinity,
    retry: false,
    meta: { silent: true },
  });
}

/** The signed-in user; only for components rendered under RequireAuth. */
export function useUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useUser outside an authenticated route');
  return data;
}

export function hasRole(user: SessionUser, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

export function acceptSession(client: QueryClient, reply: SessionReply): void {
  setCsrfToken(reply.csrfToken);
  client.setQueryData(meKey, reply.user);
}

/** S10: forget what the browser holds for this user (a lost session keeps the unsent outbox, L3). */
export async function dropSession(client: QueryClient, opts = { keepOutbox: false }): Promise<void> {
  setCsrfToken(null);
  await client.cancelQueries();
  client.clear();
  client.setQueryData(meKey, null);
  await clearClientData(opts);
}

export async function logout(client: QueryClient): Promise<void> {
  try {
    await api.post('/auth/logout');
  } catch {
    // The session may already be gone on the server; local data is cleared anyway.
  }
  await dropSession(client);
}
