import { useState } from 'react';
import { Flex, Input, List, Modal, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactPointLimits, type ContactPointSource, type ContactPointsView } from '@grassroots/core';
import { usePointCandidates, type PointCandidate, type PointChoice } from '../api';
import { ProximityTag } from './Tags';

interface Chosen {
  id: string;
  name: string;
  countyName: string | null;
  source: ContactPointSource;
}

const { min, max } = contactPointLimits;

/**
 * C2: choose 3–4 grassroots organizations, nearest the organ's seat first (the server orders the
 * candidates), each with the source of the choice (部门联系、个人联系、团市委推荐).
 */
export function PointPicker({
  open,
  current,
  sources,
  saving,
  onSave,
  onClose,
}: {
  open: boolean;
  current: ContactPointsView['points'];
  sources: readonly ContactPointSource[];
  saving: boolean;
  onSave: (points: PointChoice[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const candidates = usePointCandidates(q, page, open);
  const defaultSource = sources[0] ?? 'individual';
  const [chosen, setChosen] = useState<Chosen[]>(() =>
    current.map((p) => ({ id: p.grassrootsOrgId, name: p.name, countyName: p.countyName, source: p.source })),
  );
  const chosenIds = chosen.map((c) => c.id);

  const toggle = (row: PointCandidate, selected: boolean) =>
    setChosen((prev) =>
      selected
        ? [...prev, { id: row.id, name: row.name, countyName: row.countyName, source: defaultSource }]
        : prev.filter((c) => c.id !== row.id),
    );

  const columns: TableColumnsType<PointCandidate> = [
    { title: t('contact.points.name'), dataIndex: 'name' },
    { title: t('contact.points.type'), dataIndex: 'type', responsive: ['sm'] },
    {
      title: t('contact.points.county'),
      dataIndex: 'countyName',
      responsive: ['md'],
      render: (name: string | null, r) => name ?? r.countyCode,
    },
    {
      title: t('contact.points.proximity'),
      dataIndex: 'proximity',
      render: (p: PointCandidate['proximity']) => <ProximityTag proximity={p} />,
    },
  ];

  const countOk = chosen.length >= min && chosen.length <= max;
  return (
    <Modal
      open={open}
      title={t('contact.points.pick')}
      width={760}
      onCancel={onClose}
      okText={t('common.save')}
      okButtonProps={{ disabled: !countOk, loading: saving }}
      onOk={() => onSave(chosen.map((c) => ({ grassrootsOrgId: c.id, source: c.source })))}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('contact.points.pickHelp', { min, max })}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('contact.points.search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        <Table<PointCandidate>
          rowKey="id"
          size="small"
          data-testid="point-candidates"
          loading={candidates.isFetching}
          dataSource={candidates.data?.items ?? []}
          columns={columns}
          rowSelection={{
            selectedRowKeys: chosenIds,
            preserveSelectedRowKeys: true,
            hideSelectAll: true,
            onSelect: (row, selected) => toggle(row, selected),
            getCheckboxProps: (row) => ({
              disabled: !chosenIds.includes(row.id) && chosen.length >= max,
              'aria-label': row.name,
            }),
          }}
          onRow={(row) => ({
            onClick: () => {
              const selected = chosenIds.includes(row.id);
              if (selected || chosen.length < max) toggle(row, !selected);
            },
          })}
          pagination={{
            current: page,
            pageSize: 10,
            total: candidates.data?.total ?? 0,
            size: 'small',
            showSizeChanger: false,
            onChange: setPage,
          }}
        />
        <Typography.Text strong type={countOk ? undefined : 'danger'} data-testid="points-chosen-count">
          {t('contact.points.chosen', { count: chosen.length, min, max })}
        </Typography.Text>
        <List
          size="small"
          bordered
          dataSource={chosen}
          locale={{ emptyText: t('contact.points.noneChosen') }}
          renderItem={(c) => (
            <List.Item
              actions={[
                <Select<ContactPointSource>
                  key="source"
                  size="small"
                  style={{ width: 128 }}
                  value={c.source}
                  aria-label={t('contact.points.source')}
                  options={[...new Set([...sources, c.source])].map((s) => ({
                    value: s,
                    label: t(`contact.source.${s}`),
                  }))}
                  onChange={(source) =>
                    setChosen((prev) => prev.map((p) => (p.id === c.id ? { ...p, source } : p)))
                  }
                />,
              ]}
            >
              <Typography.Text ellipsis style={{ minWidth: 0 }}>
                {c.name}
                {c.countyName && <Typography.Text type="secondary"> · {c.countyName}</Typography.Text>}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Flex>
    </Modal>
  );
}
