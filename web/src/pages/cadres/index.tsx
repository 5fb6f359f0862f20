import { useState } from 'react';
import { Button, Table, Tag } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import type { CadreListItem } from '@grassroots/core';
import { maskPhone } from '../../app/format';
import { useCadreList, type CadreFilter } from './api';
import { CadreActions, CadreFilters } from './components/CadreFilters';
import { CadreDrawer } from './components/CadreDrawer';

/** R4: the organ's cadres, searched and filtered on the server, paged. */
export default function CadresPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CadreFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [target, setTarget] = useState<string | null>(null);
  const list = useCadreList(filter, page, pageSize);

  const columns: ColumnsType<CadreListItem> = [
    {
      title: t('cadres.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setTarget(c.id)}>
          {name}
        </Button>
      ),
    },
    { title: t('cadres.department'), dataIndex: 'departmentName' },
    { title: t('cadres.rank'), dataIndex: 'rank', render: (r: CadreListItem['rank']) => t(`rank.${r}`) },
    {
      title: t('cadres.postType'),
      dataIndex: 'postType',
      responsive: ['sm'],
      render: (p: CadreListItem['postType']) => t(`postType.${p}`),
    },
    {
      title: t('cadres.gender'),
      dataIndex: 'gender',
      responsive: ['md'],
      render: (g: CadreListItem['gender']) => (g ? t(`gender.${g}`) : ''),
    },
    { title: t('cadres.phone'), dataIndex: 'phone', responsive: ['lg'], render: (p: string) => maskPhone(p) },
    {
      title: t('cadres.status'),
      dataIndex: 'status',
      responsive: ['sm'],
      render: (s: CadreListItem['status'], c) => (
        <>
          <Tag color={s === 'active' ? 'green' : 'default'}>{t(`cadreStatus.${s}`)}</Tag>
          {c.exempt && <Tag color="orange">{t('cadres.exempt')}</Tag>}
        </>
      ),
    },
  ];

  return (
    <PageCard title={t('menu.cadres')} extra={<CadreActions onCreate={() => setTarget('new')} />}>
      <CadreFilters
        filter={filter}
        onChange={(f) => {
          setFilter(f);
          setPage(1);
        }}
      />
      <Table<CadreListItem>
        rowKey="id"
        data-testid="cadre-table"
        size="middle"
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
      <CadreDrawer target={target} onClose={() => setTarget(null)} />
    </PageCard>
  );
}
