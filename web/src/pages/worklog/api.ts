import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CadreListItem,
  ContactPointsView,
  CountKey,
  CountsView,
  EntryListItem,
  EntryType,
  EntryView,
  GrassrootsOrgView,
  PartnerView,
  YouthView,
} from '@grassroots/core';
import { api } from '../../app/api';

// The work-log API (SPEC §11: /api/v1/logs). Every key starts with 'worklog' so a sent entry
// (including one sent later from the offline outbox) refreshes every list and count at once.
export interface Page<T> {
  items: T[];
  total: number;
}

export interface YouthSummary {
  cadreId: string;
  total: number;
  friends: number;
  helpPairs: number;
}

export interface EntryFilter {
  cadreId?: string | undefined;
  year?: number | undefined;
  count?: CountKey | undefined;
  type?: EntryType | undefined;
  includeWithdrawn?: boolean | undefined;
}

export interface RecentView {
  places: {
    countyCode: string | null;
    countyName: string | null;
    grassrootsOrgId: string | null;
    grassrootsOrgName: string | null;
  }[];
  youth: { id: string; name: string }[];
  partners: PartnerView[];
}

export const worklogKeys = {
  all: ['worklog'] as const,
  list: (filter: EntryFilter, page: number, pageSize: number) =>
    ['worklog', 'list', filter, page, pageSize] as const,
  one: (id: string) => ['worklog', 'one', id] as const,
  counts: (year: number, cadreId: string | null) => ['worklog', 'counts', year, cadreId] as const,
  recent: ['worklog', 'recent'] as const,
};

export function useEntries(filter: EntryFilter, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: worklogKeys.list(filter, page, pageSize),
    queryFn: ({ signal }) =>
      api.get<Page<EntryListItem>>(
        '/logs',
        {
          cadreId: filter.cadreId,
          year: filter.year,
          count: filter.count,
          type: filter.type,
          includeWithdrawn: filter.includeWithdrawn ? 'true' : undefined,
          page,
          pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEntry(id: string) {
  return useQuery({
    queryKey: worklogKeys.one(id),
    queryFn: () => api.get<EntryView>(`/logs/${id}`),
    meta: { silent: true },
  });
}

export function useCounts(year: number, cadreId: string | null, enabled = true) {
  return useQuery({
    queryKey: worklogKeys.counts(year, cadreId),
    queryFn: () => api.get<CountsView>('/logs/counts', { year, cadreId }),
    enabled,
  });
}

/** L2: recent places and people first; quiet when offline (the form works without it). */
export function useRecent() {
  return useQuery({
    queryKey: worklogKeys.recent,
    queryFn: () => api.get<RecentView>('/logs/recent'),
    staleTime: 60_000,
    meta: { silent: true },
  });
}

export function useGrassrootsOrgSearch(q: string, countyCode: string | null, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['grassroots-orgs', 'pick', q, countyCode],
    queryFn: ({ signal }) =>
      api.get<Page<GrassrootsOrgView>>('/grassroots-orgs', { q, countyCode, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    meta: { silent: true },
  });
}

export function useYouthSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['youth', 'pick', q],
    queryFn: ({ signal }) => api.get<Page<YouthView>>('/youth', { q, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 60_000,
    meta: { silent: true },
  });
}

/** C2: the cadre's 3–4 contact points of the year, offered as places; absent when none are set. */
export function useContactPoints(year: number, cadreId: string | null) {
  return useQuery({
    queryKey: ['worklog', 'contact-points', year, cadreId],
    queryFn: () => api.get<ContactPointsView>(`/contact/${year}/cadres/${cadreId ?? ''}/points`),
    enabled: Boolean(cadreId),
    staleTime: 300_000,
    retry: false,
    meta: { silent: true },
  });
}

export interface AmendInput {
  version: number;
  reason: string;
  changes: Partial<
    Pick<
      EntryView,
      | 'dateFrom'
      | 'dateTo'
      | 'type'
      | 'mode'
      | 'content'
      | 'thoughts'
      | 'audience'
      | 'taskItems'
      | 'supervisionItems'
      | 'place'
    >
  >;
}

export function useEntryMutations(id: string) {
  const client = useQueryClient();
  const refresh = (view: EntryView) => {
    client.setQueryData(worklogKeys.one(id), view);
    return client.invalidateQueries({ queryKey: worklogKeys.all });
  };
  return {
    amend: useMutation({
      mutationFn: (body: AmendInput) => api.patch<EntryView>(`/logs/${id}`, body),
      onSuccess: refresh,
    }),
    withdraw: useMutation({
      mutationFn: (body: { version: number; reason: string }) =>
        api.post<EntryView>(`/logs/${id}/withdraw`, body),
      onSuccess: refresh,
    }),
    comment: useMutation({
      mutationFn: (body: string) => api.post(`/logs/${id}/comments`, { body }),
      onSuccess: () => client.invalidateQueries({ queryKey: worklogKeys.one(id) }),
    }),
  };
}

/** Supervisors pick a cadre of their scope (the server scopes the list, S2). */
export function useCadrePick(q: string) {
  return useQuery({
    queryKey: ['worklog', 'cadre-pick', q],
    queryFn: ({ signal }) => api.get<Page<CadreListItem>>('/cadres', { q, pageSize: 50 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Y4: what a supervisor sees of a cadre's youth contacts: counts only. */
export function useYouthSummary(cadreId: string | undefined) {
  return useQuery({
    queryKey: ['worklog', 'youth-summary', cadreId],
    queryFn: () => api.get<YouthSummary>(`/youth-summary/${cadreId ?? ''}`),
    enabled: Boolean(cadreId),
    meta: { silent: true },
  });
}
