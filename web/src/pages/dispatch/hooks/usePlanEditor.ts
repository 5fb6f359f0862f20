import { useCallback, useEffect, useMemo, useState } from 'react';
import { validatePlan, type Plan, type Problem, type Violation } from '@grassroots/core/dispatch/index';
import { applyEdit, type PlanEdit } from '../model/planEdits';

// D7: the plan being adjusted by hand — every edit kept for undo/redo, and core's validatePlan run
// in the browser on each state, so violations appear and disappear as the admin works.

interface History {
  key: string;
  base: Plan;
  past: Plan[];
  present: Plan;
  future: Plan[];
}

export interface PlanEditor {
  plan: Plan | undefined;
  violations: Violation[];
  // true when the violations come from this browser (the problem is loaded), not from the server.
  live: boolean;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  apply: (edit: PlanEdit) => void;
  undo: () => void;
  redo: () => void;
  reset: () => void;
}

const historyLimit = 200;

export function usePlanEditor(
  key: string,
  source: Plan | undefined,
  problem: Problem | undefined,
  savedViolations: Violation[],
): PlanEditor {
  const [history, setHistory] = useState<History | null>(null);
  if (source && history?.key !== key) {
    // Another version was opened: start a fresh history from it (derived state, set during render).
    setHistory({ key, base: source, past: [], present: source, future: [] });
  }
  const current = history?.key === key ? history : null;
  const plan = current?.present;

  const violations = useMemo(
    () => (problem && plan ? validatePlan(problem, plan) : savedViolations),
    [problem, plan, savedViolations],
  );

  const apply = useCallback(
    (edit: PlanEdit) => {
      if (!problem) return;
      setHistory((h) => {
        if (!h) return h;
        const next = applyEdit(h.present, problem, edit);
        if (next === h.present) return h;
        return { ...h, past: [...h.past, h.present].slice(-historyLimit), present: next, future: [] };
      });
    },
    [problem],
  );
  const undo = useCallback(() => {
    setHistory((h) => {
      const prev = h?.past[h.past.length - 1];
      if (!h || !prev) return h;
      return { ...h, past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
    });
  }, []);
  const redo = useCallback(() => {
    setHistory((h) => {
      const next = h?.future[0];
      if (!h || !next) return h;
      return { ...h, past: [...h.past, h.present], present: next, future: h.future.slice(1) };
    });
  }, []);
  const reset = useCallback(() => {
    setHistory((h) => (h ? { ...h, past: [], present: h.base, future: [] } : h));
  }, []);

  const canUndo = (current?.past.length ?? 0) > 0;
  const canRedo = (current?.future.length ?? 0) > 0;
  // Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (or Ctrl+Y), except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, [contenteditable=true]')) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return {
    plan,
    violations,
    live: Boolean(problem),
    dirty: current ? current.present !== current.base : false,
    canUndo,
    canRedo,
    apply,
    undo,
    redo,
    reset,
  };
}
