import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { App, Button, Result, Spin, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PlanVersionView } from '@grassroots/core';
import type { Violation } from '@grassroots/core/dispatch/index';
import { PageCard } from '../../components/PageCard';
import { handleApiError, notifySuccess } from '../../app/errors';
import { exportPlan, usePlanVersion, usePlanVersions, useProblem, useRound, useRoundMutations } from './api';
import { useLeaveGuard } from './hooks/useLeaveGuard';
import { usePlanEditor } from './hooks/usePlanEditor';
import { makeDirectory } from './model/directory';
import { PlanEditor, type SolveInfo } from './components/PlanEditor';
import { PlanToolbar } from './components/PlanToolbar';
import { RoundHeader } from './components/RoundHeader';
import { SaveModal } from './components/SaveModal';
import { VersionList } from './components/VersionList';
import { useCanPlan } from './permissions';

// The map (ECharts and the China outlines) loads only when its tab is opened (A5).
const MapTab = lazy(() => import('./components/map/MapTab'));

const noViolations: Violation[] = [];
type TabKey = 'plan' | 'versions' | 'map';
const isTab = (v: string | null): v is TabKey => v === 'plan' || v === 'versions' || v === 'map';

/** D7: one round — generate a plan, adjust it with live validation, keep versions, publish, map it. */
export function RoundPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const canPlan = useCanPlan();
  const round = useRound(id);
  const versions = usePlanVersions(id);
  const { solve, save, publish } = useRoundMutations(id);
  const [solveInfo, setSolveInfo] = useState<SolveInfo | null>(null);
  const [saving, setSaving] = useState(false);

  const r = round.data;
  const editable = canPlan && r?.status === 'planning';
  const asked = Number(params.get('v'));
  const version =
    Number.isInteger(asked) && asked > 0 ? asked : (r?.publishedVersion ?? r?.latestPlanVersion ?? null);
  const view = usePlanVersion(id, version);
  const problem = useProblem(id, editable);
  const liveProblem = editable ? problem.data : undefined;
  const editor = usePlanEditor(
    `${id}:${version ?? 0}`,
    view.data?.plan,
    liveProblem,
    view.data?.violations ?? noViolations,
  );
  useLeaveGuard(editor.dirty);
  const dir = useMemo(() => makeDirectory(view.data?.names, liveProblem), [view.data?.names, liveProblem]);
  const askedTab = params.get('tab');
  const tab: TabKey = isTab(askedTab) ? askedTab : 'plan';

  const go = (next: { v?: number; tab?: TabKey }) => {
    const p = new URLSearchParams(params);
    if (next.v !== undefined) p.set('v', String(next.v));
    if (next.tab !== undefined) p.set('tab', next.tab);
    setParams(p, { replace: next.v === undefined });
  };

  /** Unsaved edits are only dropped after the user agrees. */
  const whenClean = (action: () => void) => {
    if (!editor.dirty) return action();
    modal.confirm({
      title: t('dispatch.plan.discardTitle'),
      content: t('dispatch.plan.discardText'),
      okText: t('dispatch.plan.discard'),
      okButtonProps: { danger: true },
      onOk: action,
    });
  };

  const opened = (v: PlanVersionView) => go({ v: v.version, tab: 'plan' });
  const runSolve = () =>
    whenClean(() => {
      solve.mutate('', {
        onSuccess: (v) => {
          setSolveInfo({ version: v.version, explanations: v.explanations, seconds: v.plan.stats.seconds });
          notifySuccess(t('dispatch.solve.done', { v: v.version, n: v.plan.stats.assigned }));
          opened(v);
        },
      });
    });
  const runSave = (note: string) => {
    if (!editor.plan) return;
    save.mutate(
      { basedOn: version, plan: editor.plan, note },
      {
        onSuccess: (v) => {
          setSaving(false);
          notifySuccess(t('dispatch.save.done', { v: v.version }));
          opened(v);
        },
      },
    );
  };
  const runPublish = () => {
    if (version === null) return;
    modal.confirm({
      title: t('dispatch.publish.confirmTitle', { v: version }),
      content: t('dispatch.publish.confirmText', { n: editor.plan?.assignments.length ?? 0 }),
      okText: t('dispatch.publish.action'),
      onOk: () =>
        publish.mutateAsync(version).then(
          (reply) =>
            notifySuccess(t('dispatch.publish.done', { n: reply.assignments, notified: reply.notified })),
          () => undefined,
        ),
    });
  };
  const runExport = () => void exportPlan(id, version).catch(handleApiError);

  if (round.isError) {
    return (
      <Result
        status="404"
        title={t('dispatch.rounds.notFound')}
        extra={
          <Link to="/dispatch">
            <Button>{t('dispatch.rounds.back')}</Button>
          </Link>
        }
      />
    );
  }
  if (!r) return <Spin style={{ display: 'block', margin: '64px auto' }} />;

  const planTab = (
    <>
      <PlanToolbar
        view={view.data}
        editor={editor}
        editable={editable}
        published={r.status === 'published'}
        solving={solve.isPending}
        onSolve={runSolve}
        onSave={() => setSaving(true)}
        onPublish={runPublish}
        onExport={runExport}
      />
      <PlanEditor
        round={r}
        editor={editor}
        problem={liveProblem}
        dir={dir}
        editable={editable}
        loading={view.isLoading || (editable && problem.isLoading)}
        solveInfo={solveInfo}
        version={version}
      />
    </>
  );

  return (
    <PageCard
      title={
        <span>
          <Link to="/dispatch" aria-label={t('dispatch.rounds.back')} style={{ marginInlineEnd: 8 }}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="round-name">{r.name}</span>
        </span>
      }
    >
      <RoundHeader round={r} editable={editable} />
      <Tabs
        activeKey={tab}
        onChange={(k) => go({ tab: isTab(k) ? k : 'plan' })}
        items={[
          { key: 'plan', label: t('dispatch.tabs.plan'), children: planTab },
          {
            key: 'versions',
            label: t('dispatch.tabs.versions', { n: versions.data?.items.length ?? 0 }),
            children: (
              <VersionList
                items={versions.data?.items ?? []}
                loading={versions.isFetching}
                current={version}
                onOpen={(v) => whenClean(() => go({ v, tab: 'plan' }))}
              />
            ),
          },
          {
            key: 'map',
            label: t('dispatch.tabs.map'),
            children: (
              <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
                <MapTab roundId={id} version={version} batches={r.batches} dirty={editor.dirty} />
              </Suspense>
            ),
          },
        ]}
      />
      {saving && (
        <SaveModal
          basedOn={version}
          violations={editor.violations.length}
          saving={save.isPending}
          onSave={runSave}
          onClose={() => setSaving(false)}
        />
      )}
    </PageCard>
  );
}
