import { Badge, Empty, Flex, Tabs, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Violation } from '@grassroots/core/dispatch/index';
import type { BatchBlock, PrefectureBlock } from '../model/planView';
import { GroupCard, type MemberActions } from './GroupCard';

// D6/D7: the plan by batch (tabs) → prefecture → work group, members with rank, department and county.

interface Props extends MemberActions {
  blocks: BatchBlock[];
  activeBatch: number;
  onBatch: (batch: number) => void;
  violations: Violation[];
}

function Prefecture({
  block,
  showProvince,
  ...actions
}: { block: PrefectureBlock; showProvince: boolean } & MemberActions) {
  const { t } = useTranslation();
  const groupTitle = (n: number) =>
    n === 0
      ? t('dispatch.plan.groupName', { place: block.name })
      : t('dispatch.plan.groupNameN', { place: block.name, n });
  const cadres = block.groups.reduce((n, g) => n + g.members.length, 0) + block.ungrouped.length;
  return (
    <section style={{ marginBottom: 16 }} data-testid="prefecture" data-prefecture={block.code}>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <EnvironmentOutlined />
        <Typography.Text strong>
          {showProvince ? `${block.province} · ${block.name}` : block.name}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('dispatch.plan.prefectureSummary', { groups: block.groups.length, cadres })}
        </Typography.Text>
      </Flex>
      {block.groups.map((g) => {
        const leader = g.members.find((m) => m.cadreId === g.leaderId);
        return (
          <GroupCard
            key={g.id}
            title={groupTitle(g.number)}
            groupId={g.id}
            leaderName={leader?.name ?? null}
            members={g.members}
            {...actions}
          />
        );
      })}
      {block.ungrouped.length > 0 && (
        <GroupCard
          title={t('dispatch.plan.ungrouped', { place: block.name })}
          groupId={null}
          leaderName={null}
          members={block.ungrouped}
          {...actions}
        />
      )}
    </section>
  );
}

export function PlanTable({ blocks, activeBatch, onBatch, violations, ...actions }: Props) {
  const { t } = useTranslation();
  const perBatch = new Map<number, number>();
  for (const v of violations)
    if (v.batch !== undefined) perBatch.set(v.batch, (perBatch.get(v.batch) ?? 0) + 1);
  return (
    <Tabs
      activeKey={String(activeBatch)}
      onChange={(k) => onBatch(Number(k))}
      data-testid="batch-tabs"
      items={blocks.map((b) => ({
        key: String(b.batch.id),
        label: (
          <Badge count={perBatch.get(b.batch.id) ?? 0} size="small" offset={[6, -2]}>
            <span>{t('dispatch.batchTab', { n: b.batch.id, count: b.cadres })}</span>
          </Badge>
        ),
        children: (
          <>
            {b.batch.start && (
              <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                {t('dispatch.plan.batchDates', { start: b.batch.start, end: b.batch.end })}
              </Typography.Paragraph>
            )}
            {b.prefectures.length === 0 ? (
              <Empty description={t('dispatch.plan.emptyBatch')} />
            ) : (
              b.prefectures.map((p) => (
                // A central organ posts across provinces: then the province is named too (D5).
                <Prefecture
                  key={p.code}
                  block={p}
                  showProvince={new Set(b.prefectures.map((x) => x.province)).size > 1}
                  {...actions}
                />
              ))
            )}
          </>
        ),
      }))}
    />
  );
}
