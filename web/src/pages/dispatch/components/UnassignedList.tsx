import { Badge, Button, Card, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  UNASSIGNED_REASONS,
  type Plan,
  type Problem,
  type UnassignedReason,
} from '@grassroots/core/dispatch/index';
import type { Directory } from '../model/directory';

// D2/D7: who is not in the plan and why — exempt, probation outlasting the round, what the solver
// could not place, or (after hand edits and data changes) simply not placed yet.

export interface UnassignedRow {
  cadreId: string;
  // An UNASSIGNED_REASONS code, 'not-in-plan', or free text written by another tool (§11).
  reason: string;
}

const isKnown = (r: string): r is UnassignedReason => (UNASSIGNED_REASONS as readonly string[]).includes(r);

export const highlightStyle = { background: '#fff7e6', boxShadow: 'inset 3px 0 0 #fa8c16' } as const;

export function unassignedRows(plan: Plan, problem: Problem | undefined): UnassignedRow[] {
  const placed = new Set(plan.assignments.map((a) => a.cadreId));
  const rows: UnassignedRow[] = plan.unassigned.filter((u) => !placed.has(u.cadreId));
  const listed = new Set(rows.map((r) => r.cadreId));
  for (const c of problem?.cadres ?? []) {
    if (!placed.has(c.id) && !listed.has(c.id)) rows.push({ cadreId: c.id, reason: 'not-in-plan' });
  }
  return rows;
}

function reasonText(t: TFunction, row: UnassignedRow, dir: Directory): string {
  if (row.reason === 'not-in-plan') return t('dispatch.unassigned.reasons.not-in-plan');
  if (!isKnown(row.reason)) return row.reason;
  const text = t(`dispatch.unassigned.reasons.${row.reason}`);
  const detail = row.reason === 'exempt' ? dir.cadre(row.cadreId)?.exemptReason : null;
  return detail ? `${text}（${detail}）` : text;
}

interface Props {
  rows: UnassignedRow[];
  dir: Directory;
  editable: boolean;
  highlight: string | null;
  onPlace: (cadreId: string) => void;
}

export function UnassignedList({ rows, dir, editable, highlight, onPlace }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="unassigned"
      title={
        <Flex align="center" gap={8}>
          {t('dispatch.unassigned.title')}
          <Badge count={rows.length} showZero color="gray" />
        </Flex>
      }
    >
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('dispatch.unassigned.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={rows}
          renderItem={(row) => {
            const cadre = dir.cadre(row.cadreId);
            return (
              <List.Item
                key={row.cadreId}
                data-cadre={row.cadreId}
                style={highlight === row.cadreId ? highlightStyle : undefined}
                actions={
                  editable
                    ? [
                        <Button key="place" size="small" onClick={() => onPlace(row.cadreId)}>
                          {t('dispatch.edit.place')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={cadre?.name ?? row.cadreId}
                  description={
                    <>
                      <div>
                        {[cadre?.department, cadre?.rank ? t(`rank.${cadre.rank}`) : null]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                      <div>{reasonText(t, row, dir)}</div>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
