import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssignmentBody,
  AssignmentReply,
  ContactPointSource,
  ContactPointsView,
  DepartmentPlanView,
  EntryListItem,
  ParticipantView,
  ProgressReply,
  ResearchReply,
  RuleSetReply,
  TaskListView,
  TaskProposal,
  departmentPlansReply,
  pointCandidate,
  ruleSetBody,
} from '@grassroots/core';
import { api } from '../../app/api';

// The contact mechanism's API (C1–C10, A1), one hook per resource; every mutation refreshes what it
// changes so the other tabs agree (the progress counts concrete tasks, the plans count points).
export type PointCandidate = z.infer<typeof pointCandidate>;
export type DepartmentPlans = z.infer<typeof departmentPlansReply>;
export type RuleSetBody = z.infer<typeof ruleSetBody>;
export interface ParticipantsReply {
  year: number;
  items: ParticipantView[];
}
interface Page<T> {
  items: T[];
  total: number;
}

const root = ['contact'] as const;
const cadrePath = (year: number, cadreId: string) => `/contact/${year}/cadres/${cadreId}`;

export function useRuleSet(year: number) {
  return useQuery({
    queryKey: [...root, 'rule-set', year],
    queryFn: () => api.get<RuleSetReply>(`/contact/${year}/rule-set`),
  });
}

export function useAssignment(year: number) {
  return useQuery({
    queryKey: [...root, 'assignment', year],
    queryFn: () => api.get<AssignmentReply>(`/contact/${year}/assignment`),
  });
}

export function useTaskList(year: number, cadreId: string | null) {
  return useQuery({
    queryKey: [...root, 'task-list', year, cadreId],
    queryFn: () => api.get<TaskListView>(`${cadrePath(year, cadreId ?? '')}/task-list`),
    enabled: Boolean(cadreId),
  });
}

export function usePoints(year: number, cadreId: string | null) {
  return useQuery({
    queryKey: [...root, 'points', year, cadreId],
    queryFn: () => api.get<ContactPointsView>(`${cadrePath(year, cadreId ?? '')}/points`),
    enabled: Boolean(cadreId),
  });
}

export function usePointCandidates(q: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...root, 'candidates', q, page],
    queryFn: () => api.get<Page<PointCandidate>>('/contact/point-candidates', { q, page, pageSize: 10 }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useResearch(year: number, cadreId: string | null) {
  return useQuery({
    queryKey: [...root, 'research', year, cadreId],
    queryFn: () => api.get<ResearchReply>(`${cadrePath(year, cadreId ?? '')}/research`),
    enabled: Boolean(cadreId),
  });
}

export function useProgress(year: number, cadreId: string | null) {
  return useQuery({
    queryKey: [...root, 'progress', year, cadreId],
    queryFn: () => api.get<ProgressReply>('/progress', { year, cadreId }),
    enabled: Boolean(cadreId),
  });
}

/** C4: the supervision items done, read from the cadre's 督导 entries (the progress gives only the count). */
export function useSupervisionEntries(year: number, cadreId: string | null) {
  return useQuery({
    queryKey: [...root, 'supervision', year, cadreId],
    queryFn: () =>
      api.get<Page<EntryListItem>>('/logs', { year, cadreId, type: 'supervision', pageSize: 200 }),
    enabled: Boolean(cadreId),
  });
}

export function useParticipants(year: number, enabled = true) {
  return useQuery({
    queryKey: [...root, 'participants', year],
    queryFn: () => api.get<ParticipantsReply>(`/contact/${year}/participants`),
    enabled,
  });
}

export function useDepartmentPlans(year: number) {
  return useQuery({
    queryKey: [...root, 'plans', year],
    queryFn: () => api.get<DepartmentPlans>(`/contact/${year}/department-plans`),
  });
}

export interface PointChoice {
  grassrootsOrgId: string;
  source?: ContactPointSource;
}

export function useContactMutations(year: number, cadreId: string | null) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: root });
  const base = cadrePath(year, cadreId ?? '');
  return {
    propose: useMutation({
      mutationFn: (body: { version: number | null; proposal: TaskProposal; requestChange: boolean }) =>
        api.put<TaskListView>(`${base}/task-list`, body),
      onSuccess: refresh,
    }),
    review: useMutation({
      mutationFn: (body: { decision: 'approve' | 'return'; version: number; comment: string }) =>
        api.post<TaskListView>(`${base}/task-list/${body.decision}`, {
          version: body.version,
          comment: body.comment,
        }),
      onSuccess: refresh,
    }),
    markTask: useMutation({
      mutationFn: (body: { index: number; done: boolean }) =>
        api.post<TaskListView>(`${base}/task-list/tasks/${body.index}`, { done: body.done }),
      onSuccess: refresh,
    }),
    points: useMutation({
      mutationFn: (points: PointChoice[]) => api.put<ContactPointsView>(`${base}/points`, { points }),
      onSuccess: refresh,
    }),
    research: useMutation({
      mutationFn: (body: { version: number | null; topic: string; summary: string }) =>
        api.put<ResearchReply>(`${base}/research`, { ...body, attachmentId: null }),
      onSuccess: refresh,
    }),
  };
}

export function useOrganMutations(year: number) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: root });
  return {
    ruleSet: useMutation({
      mutationFn: (body: RuleSetBody & { version: number | null }) =>
        api.put<RuleSetReply>(`/contact/${year}/rule-set`, body),
      onSuccess: refresh,
    }),
    assignment: useMutation({
      mutationFn: (body: AssignmentBody & { version: number | null }) =>
        api.put<AssignmentReply>(`/contact/${year}/assignment`, body),
      onSuccess: refresh,
    }),
    inclusion: useMutation({
      mutationFn: (body: { cadreId: string; included: boolean }) =>
        api.post<ParticipantView>(`/contact/${year}/participants/${body.cadreId}`, {
          included: body.included,
        }),
      onSuccess: refresh,
    }),
    submitPlan: useMutation({
      mutationFn: (departmentId: string) =>
        api.post<DepartmentPlanView>(`/contact/${year}/department-plans/${departmentId}/submit`),
      onSuccess: refresh,
    }),
  };
}
