import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Checkbox, Flex, Input, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { youthGroupLabels, type YouthView } from '@grassroots/core';
import { PageCard } from '../../components/PageCard';
import { useLabel } from '../worklog/labels';
import { useYouthList, type YouthFilter } from './api';
import { ImportYouth } from './components/ImportYouth';
import { Lenses } from './components/Lenses';
import { YouthDrawer } from './components/YouthDrawer';

type RelationFilter = 'all' | 'friend' | 'help_pair';

function Flags({ y }: { y: YouthView }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {y.overdue && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {t('youth.list.overdue')}
        </Tag>
      )}
      {y.minor && (
        <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
          {t('youth.list.minor')}
        </Tag>
      )}
      {y.knownToOtherCadres && (
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {t('youth.list.knownElsewhere')}
        </Tag>
      )}
    </Flex>
  );
}

/** Y1–Y5: the cadre's youth contacts (phones masked), regular contact from the log, and the C11 lenses. */
export default function YouthPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const relationParam = params.get('relation');
  const relation: RelationFilter =
    relationParam === 'friend' || relationParam === 'help_pair' ? relationParam : 'all';
  const [q, setQ] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [target, setTarget] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const filter: YouthFilter = {
    q: q || undefined,
    relation: relation === 'all' ? undefined : relation,
    overdue,
  };
  const list = useYouthList(filter, page, pageSize);

  const columns: ColumnsType<YouthView> = [
    {
      title: t('youth.fields.name'),
      dataIndex: 'name',
      render: (name: string, y) => (
        <Flex vertical gap={2}>
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setTarget(y.id)}>
            {name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`youth.relation.${y.relation}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('youth.fields.group'),
      dataIndex: 'group',
      responsive: ['md'],
      render: (g: YouthView['group']) => label(youthGroupLabels[g]),
    },
    {
      title: t('youth.fields.phone'),
      dataIndex: 'phone',
      responsive: ['sm'],
      render: (p: string | null) => p ?? '',
    },
    {
      title: t('youth.fields.lastContact'),
      dataIndex: 'lastContact',
      render: (d: string | null, y) =>
        d ? (
          <Flex vertical gap={2}>
            <span>{d}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('youth.list.times', { count: y.contactCount })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('youth.list.never')}</Typography.Text>
        ),
    },
    { title: t('youth.fields.flags'), key: 'flags', render: (_v, y) => <Flags y={y} /> },
  ];

  return (
    <PageCard
      title={t('youth.title')}
      extra={
        <Flex gap={8}>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="youth-import">
            {t('youth.import.open')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setTarget('new')}
            data-testid="youth-create"
          >
            {t('youth.create')}
          </Button>
        </Flex>
      }
    >
      <ImportYouth open={importing} onClose={() => setImporting(false)} />
      <Lenses />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<RelationFilter>
          value={relation}
          options={(['all', 'friend', 'help_pair'] as const).map((r) => ({
            value: r,
            label: t(`youth.filter.${r}`),
          }))}
          onChange={(r) => {
            const next = new URLSearchParams(params);
            if (r === 'all') next.delete('relation');
            else next.set('relation', r);
            setParams(next, { replace: true });
            setPage(1);
          }}
        />
        <Input.Search
          allowClear
          placeholder={t('youth.searchPlaceholder')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ flex: 1, minWidth: 160, maxWidth: 280 }}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            setPage(1);
          }}
        >
          {t('youth.overdueOnly')}
        </Checkbox>
      </Flex>
      <Table<YouthView>
        rowKey="id"
        size="middle"
        data-testid="youth-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
      <YouthDrawer target={target} onClose={() => setTarget(null)} />
    </PageCard>
  );
}
