import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '@grassroots/core';
import { PageCard } from '../../components/PageCard';
import { formatDateTime } from '../../app/format';
import { useRounds } from './api';
import { CreateRoundModal } from './components/RoundForm';
import { useCanPlan } from './permissions';

/** D1/D7: the organ's dispatch rounds; the organ admin creates one and plans it. */
export function RoundsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canPlan = useCanPlan();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const list = useRounds(page, pageSize);
  const open = (id: string) => void navigate(`/dispatch/rounds/${id}`);

  const columns: TableColumnsType<RoundView> = [
    {
      title: t('dispatch.rounds.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button
          type="link"
          style={{ padding: 0, whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => open(r.id)}
        >
          {name}
        </Button>
      ),
    },
    { title: t('dispatch.rounds.startYear'), dataIndex: 'startYear', responsive: ['sm'] },
    {
      title: t('dispatch.rounds.batches'),
      dataIndex: 'batches',
      responsive: ['md'],
      render: (batches: RoundView['batches']) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {batches.map((b) => (
            <div key={b.id}>{t('dispatch.batchRange', { n: b.id, start: b.start, end: b.end })}</div>
          ))}
        </Typography.Text>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: RoundView['status']) => (
        <Tag color={s === 'published' ? 'green' : 'blue'}>{t(`dispatch.status.${s}`)}</Tag>
      ),
    },
    {
      title: t('dispatch.rounds.plan'),
      key: 'plan',
      render: (_: unknown, r) =>
        r.publishedVersion !== null
          ? t('dispatch.rounds.publishedVersion', { v: r.publishedVersion })
          : r.latestPlanVersion !== null
            ? t('dispatch.rounds.latestVersion', { v: r.latestPlanVersion })
            : t('dispatch.rounds.noPlan'),
    },
    {
      title: t('dispatch.rounds.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['lg'],
      render: (v: string) => formatDateTime(v),
    },
  ];

  return (
    <PageCard
      title={t('dispatch.title')}
      extra={
        canPlan && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="create-round"
          >
            {t('dispatch.rounds.create')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('dispatch.rounds.intro')}</Typography.Paragraph>
      <Table<RoundView>
        rowKey="id"
        data-testid="round-table"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('dispatch.rounds.empty')} /> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
      <CreateRoundModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(round) => {
          setCreating(false);
          open(round.id);
        }}
      />
    </PageCard>
  );
}
