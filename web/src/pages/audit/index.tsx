import { useState } from 'react';
import { DatePicker, Input, Table, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import type { AuditView } from '@grassroots/core';
import { api } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { VerifyChain } from './components/VerifyChain';

interface Filter {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

const outcomeColor: Record<AuditView['outcome'], string> = {
  success: 'green',
  failure: 'orange',
  denied: 'red',
};

/** S5: the audit log, read-only, for the audit admin. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const list = useQuery({
    queryKey: ['audit', filter, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<{ items: AuditView[]; total: number }>('/audit', { ...filter, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Filter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const onRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });

  return (
    <PageCard title={t('menu.audit')}>
      <div style={{ marginBottom: 16 }}>
        <VerifyChain />
      </div>
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('audit.action')}
          onSearch={(v) => set({ action: v.trim() || undefined })}
          style={{ width: 200 }}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.actor')}
          onSearch={(v) => set({ actor: v.trim() || undefined })}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker onChange={onRange} />
      </div>
      <Table<AuditView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        expandable={{
          rowExpandable: (a) => a.details !== null,
          expandedRowRender: (a) => (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {JSON.stringify(a.details, null, 2)}
            </pre>
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 80, responsive: ['md'] },
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          { title: t('audit.actor'), dataIndex: 'actorName' },
          { title: t('audit.action'), dataIndex: 'action' },
          {
            title: t('audit.target'),
            key: 'target',
            responsive: ['lg'],
            render: (_v, a) => [a.targetType, a.targetId].filter(Boolean).join(' '),
          },
          { title: t('audit.ip'), dataIndex: 'ip', responsive: ['lg'] },
          {
            title: t('audit.outcome'),
            dataIndex: 'outcome',
            render: (o: AuditView['outcome']) => (
              <Tag color={outcomeColor[o]}>{t(`audit.outcomes.${o}`)}</Tag>
            ),
          },
        ]}
      />
    </PageCard>
  );
}
