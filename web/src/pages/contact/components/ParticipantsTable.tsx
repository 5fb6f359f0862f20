import type { Key } from 'react';
import { Button, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { contactPointLimits, type ParticipantView } from '@grassroots/core';
import { useOrganMutations } from '../api';
import { TaskListStatusTag } from './Tags';

/**
 * C1: who takes part this year and why — full-time cadres unless exempted (党组批准), attached and
 * part-time cadres where the department decides (the switch) — with their points and task list.
 */
export function ParticipantsTable({
  year,
  items,
  loading,
  showDepartment,
  onReview,
}: {
  year: number;
  items: ParticipantView[];
  loading: boolean;
  showDepartment: boolean;
  onReview?: (p: ParticipantView) => void;
}) {
  const { t } = useTranslation();
  const { inclusion } = useOrganMutations(year);
  const departments = [...new Set(items.map((p) => p.departmentName))];

  const columns: TableColumnsType<ParticipantView> = [
    {
      title: t('contact.participants.name'),
      dataIndex: 'name',
      render: (name: string, p) =>
        onReview && p.participating ? (
          <Button type="link" style={{ padding: 0 }} onClick={() => onReview(p)}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    ...(showDepartment
      ? [
          {
            title: t('contact.participants.department'),
            dataIndex: 'departmentName',
            filters: departments.map((d) => ({ text: d, value: d })),
            onFilter: (value: Key | boolean, p: ParticipantView) => p.departmentName === value,
          },
        ]
      : []),
    {
      title: t('contact.participants.postType'),
      dataIndex: 'postType',
      responsive: ['md'],
      render: (pt: ParticipantView['postType']) => t(`postType.${pt}`),
    },
    {
      title: t('contact.participants.participating'),
      dataIndex: 'basis',
      render: (basis: ParticipantView['basis'], p) => {
        if (p.postType !== 'full_time' && (basis === 'department_decision' || basis === 'not_decided'))
          return (
            <Switch
              size="small"
              checked={p.participating}
              loading={inclusion.isPending && inclusion.variables.cadreId === p.cadreId}
              checkedChildren={t('contact.participants.in')}
              unCheckedChildren={
                basis === 'not_decided' ? t('contact.participants.undecided') : t('contact.participants.out')
              }
              onChange={(included) => inclusion.mutate({ cadreId: p.cadreId, included })}
              aria-label={t('contact.participants.decide', { name: p.name })}
            />
          );
        return <Tag color={p.participating ? 'green' : 'default'}>{t(`contact.basis.${basis}`)}</Tag>;
      },
    },
    {
      title: t('contact.participants.points'),
      dataIndex: 'contactPoints',
      render: (n: number, p) =>
        p.participating ? (
          <Typography.Text type={n < contactPointLimits.min ? 'danger' : undefined}>{n}</Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('contact.participants.taskList'),
      dataIndex: 'taskListStatus',
      render: (s: ParticipantView['taskListStatus'], p) =>
        p.participating ? <TaskListStatusTag status={s} /> : '—',
    },
    ...(onReview
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: ParticipantView) =>
              p.participating && (
                <Button
                  size="small"
                  type={p.taskListStatus === 'proposed' ? 'primary' : 'default'}
                  onClick={() => onReview(p)}
                  data-testid={`review-${p.cadreId}`}
                >
                  {p.taskListStatus === 'proposed' ? t('contact.review.review') : t('contact.review.open')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Table<ParticipantView>
      rowKey="cadreId"
      size="middle"
      data-testid="participants-table"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: 'max-content' }}
      pagination={{
        pageSize: 20,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { total }),
      }}
    />
  );
}
