import { useState } from 'react';
import { Button, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { grassrootsOrgTypes, type GrassrootsOrgView } from '@grassroots/core';
import { api } from '../../../app/api';
import { can } from '../../../app/access';
import { useUser } from '../../../app/session';
import { CountyCascader } from '../../../components/CountyCascader';
import { GrassrootsOrgForm } from './GrassrootsOrgForm';

interface Filter {
  q?: string;
  type?: string;
  countyCode?: string;
  twoNew?: 'true' | 'false';
}

/** R3: grassroots organizations, filtered by type, county (any level) and 两新组织. */
export function GrassrootsOrgsPanel() {
  const { t } = useTranslation();
  const user = useUser();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [target, setTarget] = useState<GrassrootsOrgView | 'new' | null>(null);
  const editable = can(user, 'editGrassrootsOrgs');
  const list = useQuery({
    queryKey: ['grassroots-orgs', filter, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<{ items: GrassrootsOrgView[]; total: number }>(
        '/grassroots-orgs',
        { ...filter, page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <>
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('grassroots.searchPlaceholder')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('grassroots.type')}
          value={filter.type}
          onChange={(type?: string) => set({ type })}
          options={grassrootsOrgTypes.map((x) => ({ value: x, label: t(`grassrootsType.${x}`) }))}
          style={{ width: 170 }}
        />
        <CountyCascader
          anyLevel
          value={filter.countyCode}
          onChange={(countyCode) => set({ countyCode })}
          placeholder={t('grassroots.county')}
          style={{ width: 240 }}
        />
        <Select<'true' | 'false'>
          allowClear
          placeholder={t('grassroots.twoNew')}
          value={filter.twoNew}
          onChange={(twoNew) => set({ twoNew })}
          options={[
            { value: 'true', label: t('grassroots.twoNewOnly') },
            { value: 'false', label: t('grassroots.notTwoNew') },
          ]}
          style={{ width: 150 }}
        />
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget('new')}>
            {t('grassroots.create')}
          </Button>
        )}
      </div>
      <Table<GrassrootsOrgView>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
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
          {
            title: t('grassroots.name'),
            dataIndex: 'name',
            render: (name: string, o) =>
              editable ? (
                <Button
                  type="link"
                  style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => setTarget(o)}
                >
                  {name}
                </Button>
              ) : (
                name
              ),
          },
          {
            title: t('grassroots.type'),
            dataIndex: 'type',
            render: (x: GrassrootsOrgView['type']) => t(`grassrootsType.${x}`),
          },
          {
            title: t('grassroots.county'),
            dataIndex: 'countyName',
            responsive: ['sm'],
            render: (name: string | null, o) => name ?? o.countyCode,
          },
          {
            title: t('grassroots.twoNew'),
            dataIndex: 'twoNew',
            responsive: ['md'],
            render: (v: boolean) => (v ? <Tag color="blue">{t('grassroots.twoNewTag')}</Tag> : null),
          },
          { title: t('grassroots.contactPerson'), dataIndex: 'contactPerson', responsive: ['lg'] },
          { title: t('grassroots.address'), dataIndex: 'address', responsive: ['xl'] },
        ]}
      />
      <GrassrootsOrgForm target={target} onClose={() => setTarget(null)} />
    </>
  );
}
