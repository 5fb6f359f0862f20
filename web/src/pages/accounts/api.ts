import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, UserView } from '@grassroots/core';
import { api } from '../../app/api';

export interface UserCreateInput {
  username: string;
  password: string;
  roles: Role[];
  cadreId?: string;
  organId: string;
  displayName?: string;
}

export interface DirectoryEntry {
  id: string;
  name: string;
  departmentName: string;
}

const usersKey = ['users'] as const;

export function useUsers(q: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...usersKey, q, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<{ items: UserView[]; total: number }>('/users', { q, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCadreDirectory(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['cadre-directory', q],
    queryFn: ({ signal }) => api.get<DirectoryEntry[]>('/cadre-directory', { q }, signal),
    enabled,
  });
}

export function useUserMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: usersKey });
  return {
    create: useMutation({
      mutationFn: (body: UserCreateInput) => api.post<UserView>('/users', body),
      onSuccess: refresh,
    }),
    setRoles: useMutation({
      mutationFn: ({ id, roles }: { id: string; roles: Role[] }) =>
        api.put<UserView>(`/users/${id}/roles`, { roles }),
      onSuccess: refresh,
    }),
    unlock: useMutation({ mutationFn: (id: string) => api.post(`/users/${id}/unlock`), onSuccess: refresh }),
    resetPassword: useMutation({
      mutationFn: (id: string) => api.post<{ password: string }>(`/users/${id}/reset-password`),
      onSuccess: refresh,
    }),
  };
}
