import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Role, SessionUser } from '@grassroots/core';
import { api, ApiError, setCsrfToken } from './api';
import { clearClientData } from './storage';

export interface SessionReply {
  user: SessionUser;
  csrfToken: string;
}

export const meKey = ['me'] as const;

async function fetchMe(): Promise<SessionUser | null> {
  try {
    const reply = await api.get<SessionReply>('/me');
    setCsrfToken(reply.csrfToken);
    return reply.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
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

/** S10: forget everything the browser holds for this user. */
export async function dropSession(client: QueryClient): Promise<void> {
  setCsrfToken(null);
  await client.cancelQueries();
  client.clear();
  client.setQueryData(meKey, null);
  await clearClientData();
}

export async function logout(client: QueryClient): Promise<void> {
  try {
    await api.post('/auth/logout');
  } catch {
    // The session may already be gone on the server; local data is cleared anyway.
  }
  await dropSession(client);
}
