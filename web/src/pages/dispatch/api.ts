import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DispatchMapView,
  PlanVersionItem,
  PlanVersionView,
  RoundBody,
  RoundPatch,
  RoundView,
} from '@grassroots/core';
import type { Plan, Problem } from '@grassroots/core/dispatch/index';
import { api, download } from '../../app/api';

// D1–D8, A5: the dispatch planning API (server/src/modules/dispatch).

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PublishReply {
  round: RoundView;
  assignments: number;
  notified: number;
}

const base = (id: string) => `/dispatch/rounds/${id}`;
export const dispatchKeys = {
  all: ['dispatch'] as const,
  rounds: (page: number, pageSize: number) => ['dispatch', 'rounds', page, pageSize] as const,
  round: (id: string) => ['dispatch', 'round', id] as const,
  versions: (id: string) => ['dispatch', 'round', id, 'versions'] as const,
  version: (id: string, v: number) => ['dispatch', 'round', id, 'plan', v] as const,
  problem: (id: string) => ['dispatch', 'round', id, 'problem'] as const,
  map: (id: string, v: number, batch: number | null) => ['dispatch', 'round', id, 'map', v, batch] as const,
};

export function useRounds(page: number, pageSize: number) {
  return useQuery({
    queryKey: dispatchKeys.rounds(page, pageSize),
    queryFn: ({ signal }) => api.get<Page<RoundView>>('/dispatch/rounds', { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: dispatchKeys.round(id),
    queryFn: ({ signal }) => api.get<RoundView>(base(id), undefined, signal),
  });
}

export function usePlanVersions(id: string) {
  return useQuery({
    queryKey: dispatchKeys.versions(id),
    queryFn: ({ signal }) => api.get<{ items: PlanVersionItem[] }>(`${base(id)}/plans`, undefined, signal),
  });
}

export function usePlanVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: dispatchKeys.version(id, version ?? 0),
    queryFn: ({ signal }) => api.get<PlanVersionView>(`${base(id)}/plans/${version ?? 0}`, undefined, signal),
    enabled: version !== null,
  });
}

/** §11: the round's problem as the organ's data stands now; validatePlan runs on it in the browser. */
export function useProblem(id: string, enabled: boolean) {
  return useQuery({
    queryKey: dispatchKeys.problem(id),
    queryFn: ({ signal }) => api.get<Problem>(`${base(id)}/problem`, undefined, signal),
    enabled,
  });
}

export function useDispatchMap(id: string, version: number | null, batch: number | null) {
  return useQuery({
    queryKey: dispatchKeys.map(id, version ?? 0, batch),
    queryFn: ({ signal }) =>
      api.get<DispatchMapView>(`${base(id)}/map`, { version: version ?? undefined, batch }, signal),
    enabled: version !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCreateRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RoundBody) => api.post<RoundView>('/dispatch/rounds', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dispatch', 'rounds'] }),
  });
}

export function useRoundMutations(id: string) {
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['dispatch', 'rounds'] });
    await client.invalidateQueries({ queryKey: dispatchKeys.round(id) });
  };
  const remember = (view: PlanVersionView) => {
    client.setQueryData(dispatchKeys.version(id, view.version), view);
    return refresh();
  };
  return {
    update: useMutation({
      mutationFn: (body: RoundPatch) => api.patch<RoundView>(base(id), body),
      onSuccess: refresh,
    }),
    solve: useMutation({
      mutationFn: (note: string) => api.post<PlanVersionView>(`${base(id)}/solve`, { note }),
      onSuccess: remember,
    }),
    save: useMutation({
      mutationFn: (body: { basedOn: number | null; plan: Plan; note: string }) =>
        api.post<PlanVersionView>(`${base(id)}/plans`, body),
      onSuccess: remember,
    }),
    publish: useMutation({
      mutationFn: (version: number) => api.post<PublishReply>(`${base(id)}/publish`, { version }),
      onSuccess: refresh,
    }),
  };
}

/** A4/D7: the plan as an .xlsx (the published version unless another is named). */
export function exportPlan(id: string, version: number | null): Promise<void> {
  return download(`${base(id)}/export`, 'dispatch-plan.xlsx', { version: version ?? undefined });
}
