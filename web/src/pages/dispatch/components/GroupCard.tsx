import { Button, Card, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CrownFilled, EditOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Violation } from '@grassroots/core/dispatch/index';
import type { MemberRow } from '../model/planView';

// D6: one work group (or the members of a prefecture not in a group yet) as a small table.

// Table cells paint their own background, so the highlight goes on the cells.
const cellHighlight = { background: '#fff7e6' } as const;

export const rowId = (cadreId: string) => `dispatch-cadre-${cadreId}`;

export interface MemberActions {
  editable: boolean;
  highlight: string | null;
  problems: ReadonlyMap<string, Violation[]>;
  onEdit: (cadreId: string) => void;
  onLeader: (groupId: string, cadreId: string) => void;
}

interface Props extends MemberActions {
  title: string;
  leaderName: string | null;
  members: MemberRow[];
  groupId: string | null;
}

export function GroupCard({
  title,
  leaderName,
  members,
  groupId,
  editable,
  highlight,
  problems,
  onEdit,
  onLeader,
}: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MemberRow> = [
    {
      title: t('dispatch.plan.name'),
      dataIndex: 'name',
      fixed: 'start',
      render: (name: string, m) => {
        const list = problems.get(m.cadreId) ?? [];
        return (
          <Space size={4} wrap={false}>
            <span style={{ fontWeight: m.leader ? 600 : undefined }}>{name}</span>
            {m.leader && (
              <Tag color="gold" icon={<CrownFilled />} style={{ marginInlineEnd: 0 }}>
                {t('dispatch.plan.leader')}
              </Tag>
            )}
            {list.length > 0 && (
              <Tooltip
                title={list.map((v) => v.message).join('\n')}
                styles={{ root: { whiteSpace: 'pre-line' } }}
              >
                <WarningFilled style={{ color: '#ff4d4f' }} aria-label={t('dispatch.violations.title')} />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      title: t('cadres.rank'),
      dataIndex: 'rank',
      render: (r: MemberRow['rank']) => (r ? t(`rank.${r}`) : ''),
    },
    { title: t('cadres.department'), dataIndex: 'department' },
    {
      title: t('dispatch.plan.county'),
      dataIndex: 'countyName',
      render: (name: string, m) => (
        <span data-testid="member-county" data-county={m.countyCode}>
          {name}
        </span>
      ),
    },
    {
      title: t('dispatch.plan.period'),
      key: 'period',
      render: (_: unknown, m) => (
        <Flex gap={4} wrap="nowrap" align="center">
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>
            {m.start} ~ {m.end}
          </Typography.Text>
          {m.extended && (
            <Tooltip title={t('dispatch.plan.extendedHint')}>
              <Tag color="purple">{t('dispatch.plan.extended')}</Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
  ];
  if (editable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, m) => (
        <Space size={0} wrap={false}>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => onEdit(m.cadreId)}
            data-testid="edit-member"
          >
            {t('dispatch.edit.adjust')}
          </Button>
          {groupId !== null && !m.leader && (
            <Button size="small" type="link" onClick={() => onLeader(groupId, m.cadreId)}>
              {t('dispatch.edit.makeLeader')}
            </Button>
          )}
        </Space>
      ),
    });
  }
  return (
    <Card
      size="small"
      type="inner"
      title={title}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {leaderName
            ? t('dispatch.plan.groupSummary', { leader: leaderName, n: members.length })
            : t('dispatch.plan.members', { n: members.length })}
        </Typography.Text>
      }
      styles={{ body: { padding: 0 } }}
      style={{ marginBottom: 12 }}
      data-testid="group"
    >
      <Table<MemberRow>
        rowKey="cadreId"
        size="small"
        columns={columns.map((c) => ({
          ...c,
          onCell: (m: MemberRow) => ({ style: highlight === m.cadreId ? cellHighlight : undefined }),
        }))}
        dataSource={members}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(m) => ({ id: rowId(m.cadreId) })}
      />
    </Card>
  );
}
