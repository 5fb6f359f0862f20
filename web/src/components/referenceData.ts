import { useQuery } from '@tanstack/react-query';
import type { DepartmentView, DivisionView, OrganView } from '@grassroots/core';
import { api } from '../app/api';

// Reference data (SPEC §2) shared by several pages; cached by TanStack Query.
export const organsKey = ['organs'] as const;
export const departmentsKey = (organId: string) => ['departments', organId] as const;
export const divisionsKey = (parent: string | null) => ['divisions', parent] as const;

export function fetchDivisions(parent: string | null): Promise<DivisionView[]> {
  return api.get<DivisionView[]>('/divisions', parent ? { parent } : undefined);
}

export function useOrgans() {
  return useQuery({
    queryKey: organsKey,
    queryFn: () => api.get<OrganView[]>('/organs'),
    staleTime: 300_000,
  });
}

export function useDepartments(organId: string | null | undefined) {
  return useQuery({
    queryKey: departmentsKey(organId ?? ''),
    queryFn: () => api.get<DepartmentView[]>(`/organs/${organId ?? ''}/departments`),
    enabled: Boolean(organId),
    staleTime: 300_000,
  });
}

export function useDivisions(parent: string | null) {
  return useQuery({
    queryKey: divisionsKey(parent),
    queryFn: () => fetchDivisions(parent),
    staleTime: Infinity,
  });
}

export interface OrganNode {
  key: string;
  title: string;
  organ: OrganView;
  children: OrganNode[];
}

/** R2: organs form a tree; roots are those whose parent the user cannot see. */
export function organTree(organs: readonly OrganView[]): OrganNode[] {
  const ids = new Set(organs.map((o) => o.id));
  const byParent = new Map<string | null, OrganView[]>();
  for (const organ of organs) {
    const parent = organ.parentId && ids.has(organ.parentId) ? organ.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), organ]);
  }
  const build = (parent: string | null): OrganNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code))
      .map((organ) => ({ key: organ.id, title: organ.name, organ, children: build(organ.id) }));
  return build(null);
}
