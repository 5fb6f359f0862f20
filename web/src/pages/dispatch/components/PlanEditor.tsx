import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Grid, Row, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '@grassroots/core';
import type { Explanation, Problem, Violation } from '@grassroots/core/dispatch/index';
import type { PlanEditor as Editor } from '../hooks/usePlanEditor';
import type { Directory } from '../model/directory';
import { arrangePlan } from '../model/planView';
import { EditModal } from './EditModal';
import { rowId } from './GroupCard';
import { PlanTable } from './PlanTable';
import { UnassignedList, unassignedRows } from './UnassignedList';
import { ViolationItems, ViolationPanel } from './ViolationPanel';

// D6/D7: the plan of one version as a table by batch, with the live violations, the cadres left
// out and the solver's explanations beside it; edits go through the editor (undo/redo).

export interface SolveInfo {
  version: number;
  explanations: Explanation[];
  seconds: number;
}

const violationsId = 'dispatch-violations';
const stickySide = {
  position: 'sticky',
  top: 80,
  maxHeight: 'calc(100vh - 96px)',
  overflowY: 'auto',
} as const;

interface Props {
  round: RoundView;
  editor: Editor;
  problem: Problem | undefined;
  dir: Directory;
  editable: boolean;
  loading: boolean;
  solveInfo: SolveInfo | null;
  version: number | null;
}

export function PlanEditor({ round, editor, problem, dir, editable, loading, solveInfo, version }: Props) {
  const { t } = useTranslation();
  const [activeBatch, setActiveBatch] = useState(round.batches[0]?.id ?? 1);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const wide = Grid.useBreakpoint().xl === true;
  const plan = editor.plan;

  const blocks = useMemo(
    () => (plan ? arrangePlan(plan, round.batches, dir) : []),
    [plan, round.batches, dir],
  );
  const problems = useMemo(() => {
    const map = new Map<string, Violation[]>();
    for (const v of editor.violations) for (const id of v.cadreIds) map.set(id, [...(map.get(id) ?? []), v]);
    return map;
  }, [editor.violations]);
  const unassigned = useMemo(() => (plan ? unassignedRows(plan, problem) : []), [plan, problem]);

  // D7: a cadre named by a violation is shown in the table: its batch tab opens and the row scrolls into view.
  const focusCadre = (id: string) => {
    const a = plan?.assignments.find((x) => x.cadreId === id);
    if (a) setActiveBatch(a.batch);
    setHighlight(id);
  };
  useEffect(() => {
    if (!highlight) return;
    const timer = setTimeout(() => {
      const el =
        document.getElementById(rowId(highlight)) ?? document.querySelector(`[data-cadre="${highlight}"]`);
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    }, 50);
    return () => clearTimeout(timer);
  }, [highlight, activeBatch]);

  if (loading && !plan) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!plan) {
    return (
      <Empty
        description={editable ? t('dispatch.plan.emptyPlanner') : t('dispatch.plan.emptyReader')}
        style={{ margin: '48px 0' }}
      />
    );
  }

  const explained = solveInfo?.version === version ? solveInfo : null;
  return (
    <>
      <Flex wrap gap={24} style={{ marginBottom: 12 }}>
        <Statistic title={t('dispatch.plan.assigned')} value={plan.stats.assigned} />
        <Statistic title={t('dispatch.plan.groups')} value={plan.stats.groups} />
        <Statistic title={t('dispatch.plan.unassignedCount')} value={unassigned.length} />
        <Statistic
          title={t('dispatch.violations.title')}
          value={editor.violations.length}
          styles={{ content: { color: editor.violations.length ? '#cf1322' : '#389e0d' } }}
        />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {!wide && editor.violations.length > 0 && (
            // On narrow screens the violations sit below the table: say so above it.
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('dispatch.violations.summary', { n: editor.violations.length })}
              action={
                <Button
                  size="small"
                  onClick={() =>
                    document.getElementById(violationsId)?.scrollIntoView({ behavior: 'smooth' })
                  }
                >
                  {t('dispatch.violations.jump')}
                </Button>
              }
            />
          )}
          <PlanTable
            blocks={blocks}
            activeBatch={activeBatch}
            onBatch={setActiveBatch}
            violations={editor.violations}
            editable={editable && Boolean(problem)}
            highlight={highlight}
            problems={problems}
            onEdit={setEditing}
            onLeader={(groupId, cadreId) => editor.apply({ kind: 'leader', groupId, cadreId })}
          />
        </Col>
        {/* Wide screens keep the checks in view while the table scrolls. */}
        <Col xs={24} xl={8} style={wide ? stickySide : undefined}>
          <Flex vertical gap={16} id={violationsId}>
            <ViolationPanel
              violations={editor.violations}
              live={editor.live}
              dir={dir}
              onCadre={focusCadre}
            />
            <UnassignedList
              rows={unassigned}
              dir={dir}
              editable={editable && Boolean(problem)}
              highlight={highlight}
              onPlace={setEditing}
            />
            {explained && (
              <Card size="small" title={t('dispatch.solve.title')} data-testid="explanations">
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {t('dispatch.solve.summary', { seconds: explained.seconds.toFixed(2) })}
                </Typography.Paragraph>
                {explained.explanations.length === 0 ? (
                  <Typography.Text>{t('dispatch.solve.allPlaced')}</Typography.Text>
                ) : (
                  <ViolationItems items={explained.explanations} dir={dir} onCadre={focusCadre} />
                )}
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
      {editing && problem && (
        <EditModal
          cadreId={editing}
          plan={plan}
          problem={problem}
          batches={round.batches}
          dir={dir}
          onApply={(edit) => {
            editor.apply(edit);
            if (edit.kind === 'move') setActiveBatch(edit.to.batch);
            setHighlight(editing);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
