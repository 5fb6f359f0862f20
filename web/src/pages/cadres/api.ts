import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CadreBody, CadreListItem, CadreView } from '@grassroots/core';
import { api } from '../../app/api';

export interface CadreFilter {
  q?: string;
  departmentId?: string;
  rank?: string;
  postType?: string;
  status?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ExemptionInput {
  scope: 'dispatch' | 'contact' | 'all';
  reason: string;
  approver: string;
  approvedOn: string;
  year: number | null;
}

export type CadrePatchBody = Partial<CadreBody> & { version: number };

export function useCadreList(filter: CadreFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['cadres', 'list', filter, page, pageSize],
    queryFn: ({ signal }) => api.get<Page<CadreListItem>>('/cadres', { ...filter, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCadre(id: string | null) {
  return useQuery({
    queryKey: ['cadres', 'one', id],
    queryFn: () => api.get<CadreView>(`/cadres/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export function useCadreMutations(id: string | null) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['cadres'] });
  return {
    create: useMutation({
      mutationFn: (body: CadreBody) => api.post<CadreView>('/cadres', body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (body: CadrePatchBody) => api.patch<CadreView>(`/cadres/${id ?? ''}`, body),
      onSuccess: refresh,
    }),
    addExemption: useMutation({
      mutationFn: (body: ExemptionInput) => api.post(`/cadres/${id ?? ''}/exemptions`, body),
      onSuccess: refresh,
    }),
    revokeExemption: useMutation({
      mutationFn: (exemptionId: string) => api.post(`/cadres/${id ?? ''}/exemptions/${exemptionId}/revoke`),
      onSuccess: refresh,
    }),
  };
}
