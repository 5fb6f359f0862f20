import { Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentPlanView } from '@grassroots/core';
import { formatDateTime } from '../../../app/format';
import { useDepartmentPlans } from '../api';

/** C9: which departments have submitted their plan (named contact organizations per cadre), which not. */
export function PlansTable({ year }: { year: number }) {
  const { t } = useTranslation();
  const plans = useDepartmentPlans(year);
  const data = plans.data;
  const items = [...(data?.items ?? [])].sort(
    (a, b) => Number(a.submittedAt !== null) - Number(b.submittedAt !== null),
  );

  const columns: TableColumnsType<DepartmentPlanView> = [
    { title: t('contact.plans.department'), dataIndex: 'departmentName' },
    { title: t('contact.plans.participants'), dataIndex: 'participants', responsive: ['sm'] },
    {
      title: t('contact.plans.withPoints'),
      dataIndex: 'withContactPoints',
      responsive: ['md'],
      render: (n: number, p) => `${n} / ${p.participants}`,
    },
    {
      title: t('contact.plans.status'),
      dataIndex: 'submittedAt',
      render: (at: string | null, p) =>
        at ? (
          <Flex vertical>
            <span>
              <Tag color="success">{t('contact.plans.submitted')}</Tag>
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(at)} · {p.submittedBy}
            </Typography.Text>
          </Flex>
        ) : (
          <Tag color={data?.deadlinePassed ? 'error' : 'default'}>
            {data?.deadlinePassed ? t('contact.plans.overdue') : t('contact.plans.notSubmitted')}
          </Tag>
        ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="plans">
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title={t('contact.plans.deadline')} value={data?.deadline ?? ''} />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title={t('contact.plans.submittedCount')} value={data?.submitted ?? 0} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('contact.plans.notSubmittedCount')}
              value={data?.notSubmitted ?? 0}
              styles={{
                content: { color: data?.deadlinePassed && data.notSubmitted > 0 ? '#cf1322' : undefined },
              }}
            />
          </Card>
        </Col>
      </Row>
      <Table<DepartmentPlanView>
        rowKey="departmentId"
        size="middle"
        loading={plans.isLoading}
        dataSource={items}
        columns={columns}
        pagination={false}
      />
    </Flex>
  );
}
