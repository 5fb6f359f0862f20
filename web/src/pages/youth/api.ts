import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntryListItem, YouthBody, YouthView } from '@grassroots/core';
import { api } from '../../app/api';

// Youth contacts (Y1–Y5). Keys start with 'youth' so a work-log entry that adds a youth inline, or
// meets one, refreshes these lists too.
export interface Page<T> {
  items: T[];
  total: number;
}

export interface YouthFilter {
  q?: string | undefined;
  relation?: 'friend' | 'help_pair' | undefined;
  overdue?: boolean | undefined;
}

export function useYouthList(filter: YouthFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['youth', 'list', filter, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<YouthView>>(
        '/youth',
        {
          q: filter.q,
          relation: filter.relation,
          overdue: filter.overdue ? 'true' : undefined,
          page,
          pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useYouth(id: string | null) {
  return useQuery({
    queryKey: ['youth', 'one', id],
    queryFn: () => api.get<YouthView>(`/youth/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export type YouthPatch = Partial<YouthBody> & { version: number };

export function useYouthMutations(id: string | null) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['youth'] });
  return {
    create: useMutation({
      mutationFn: (body: YouthBody) => api.post<YouthView>('/youth', body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (body: YouthPatch) => api.patch<YouthView>(`/youth/${id ?? ''}`, body),
      onSuccess: refresh,
    }),
    // Y4: the full number only with a reason, written to the audit log; never kept in a cache.
    reveal: useMutation({
      mutationFn: (reason: string) =>
        api.post<{ phone: string | null }>(`/youth/${id ?? ''}/reveal`, { reason }),
    }),
  };
}

/** C11 "4+1": this year's entries at the cadre's contact points, from the same log (no second form). */
export function useEntriesAtPoints(year: number, cadreId: string | null, orgIds: readonly string[]) {
  return useQuery({
    queryKey: ['worklog', 'at-points', year, cadreId, orgIds],
    enabled: Boolean(cadreId) && orgIds.length > 0,
    queryFn: async () => {
      const wanted = new Set(orgIds);
      let count = 0;
      for (let page = 1; page <= 20; page += 1) {
        const res = await api.get<Page<EntryListItem>>('/logs', { cadreId, year, page, pageSize: 200 });
        count += res.items.filter((e) => e.grassrootsOrgId && wanted.has(e.grassrootsOrgId)).length;
        if (page * 200 >= res.total) break;
      }
      return count;
    },
  });
}
