import { Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanVersionItem } from '@grassroots/core';
import { formatDateTime } from '../../../app/format';

// D7: every saved version of the round's plan, newest first; any one can be opened (and edited
// into a further version while the round is being planned).

interface Props {
  items: PlanVersionItem[];
  loading: boolean;
  current: number | null;
  onOpen: (version: number) => void;
}

export function VersionList({ items, loading, current, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PlanVersionItem> = [
    {
      title: t('dispatch.versions.version'),
      dataIndex: 'version',
      render: (v: number, row) => (
        <>
          <Typography.Text strong>{t('dispatch.versions.label', { v })}</Typography.Text>{' '}
          {row.published && <Tag color="green">{t('dispatch.status.published')}</Tag>}
          {v === current && <Tag color="blue">{t('dispatch.versions.open')}</Tag>}
        </>
      ),
    },
    {
      title: t('dispatch.versions.source'),
      dataIndex: 'source',
      render: (s: PlanVersionItem['source']) => t(`dispatch.versions.sources.${s}`),
    },
    {
      title: t('dispatch.versions.violations'),
      dataIndex: 'violations',
      render: (n: number) => <Tag color={n === 0 ? 'green' : 'red'}>{n}</Tag>,
    },
    { title: t('dispatch.versions.assigned'), dataIndex: 'assigned', responsive: ['sm'] },
    { title: t('dispatch.versions.groups'), dataIndex: 'groups', responsive: ['sm'] },
    { title: t('dispatch.versions.note'), dataIndex: 'note', responsive: ['md'] },
    { title: t('dispatch.versions.createdBy'), dataIndex: 'createdBy', responsive: ['lg'] },
    {
      title: t('dispatch.versions.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['md'],
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'open',
      render: (_: unknown, row) => (
        <Button
          size="small"
          type="link"
          disabled={row.version === current}
          onClick={() => onOpen(row.version)}
        >
          {t('dispatch.versions.openAction')}
        </Button>
      ),
    },
  ];
  return (
    <Table<PlanVersionItem>
      rowKey="version"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={[...items].sort((a, b) => b.version - a.version)}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="version-table"
    />
  );
}
