import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Popconfirm, Row, Segmented, Statistic, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import { useOrganMutations, useParticipants, useRuleSet } from '../api';
import { today } from '../shared';
import { ParticipantsTable } from './ParticipantsTable';
import { ReviewDrawer } from './ReviewDrawer';

type Filter = 'pending' | 'all';

/**
 * C1/C3/C9 for the department head: the department's participants, their task lists to approve,
 * their contact points, and the department plan submitted before the deadline.
 */
export function DepartmentPanel({ year, departmentId }: { year: number; departmentId: string }) {
  const { t } = useTranslation();
  const participants = useParticipants(year);
  const ruleSet = useRuleSet(year);
  const { submitPlan } = useOrganMutations(year);
  const [filter, setFilter] = useState<Filter>('all');
  const [target, setTarget] = useState<string | null>(null);

  const mine = (participants.data?.items ?? []).filter((p) => p.departmentId === departmentId);
  const taking = mine.filter((p) => p.participating);
  const pending = taking.filter((p) => p.taskListStatus === 'proposed');
  const withoutPoints = taking.filter((p) => p.contactPoints === 0);
  const shown = filter === 'pending' ? pending : mine;
  const selected: ParticipantView | null = mine.find((p) => p.cadreId === target) ?? null;
  const deadline = ruleSet.data?.ruleSet.deadlines.departmentPlan;
  const late = deadline !== undefined && today() > deadline;
  const submitted = submitPlan.data;

  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('contact.department.participants')} value={taking.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('contact.department.pending')} value={pending.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('contact.department.approved')}
              value={taking.filter((p) => p.taskListStatus === 'approved').length}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('contact.department.withoutPoints')} value={withoutPoints.length} />
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('contact.plan.title')} data-testid="department-plan">
        <Flex vertical gap={8}>
          <Typography.Text>
            {t('contact.plan.help')}{' '}
            {deadline && (
              <Typography.Text strong type={late ? 'danger' : undefined}>
                {t('contact.plan.deadline', { date: deadline })}
              </Typography.Text>
            )}
          </Typography.Text>
          {withoutPoints.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('contact.plan.missing', { names: withoutPoints.map((p) => p.name).join('、') })}
            />
          )}
          {submitted?.submittedAt && (
            <Alert
              type="success"
              showIcon
              title={t('contact.plan.submitted', {
                at: formatDateTime(submitted.submittedAt),
                by: submitted.submittedBy ?? '',
                count: submitted.participants,
              })}
            />
          )}
          <div>
            <Popconfirm
              title={t('contact.plan.confirm', { count: taking.length })}
              onConfirm={() =>
                submitPlan.mutate(departmentId, { onSuccess: () => notifySuccess(t('contact.plan.done')) })
              }
            >
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={submitPlan.isPending}
                data-testid="submit-plan"
              >
                {t('contact.plan.submit')}
              </Button>
            </Popconfirm>
          </div>
        </Flex>
      </Card>

      <Card
        size="small"
        title={t('contact.department.listTitle')}
        extra={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('contact.department.all') },
              { value: 'pending', label: t('contact.department.pendingN', { count: pending.length }) },
            ]}
          />
        }
      >
        <ParticipantsTable
          year={year}
          items={shown}
          loading={participants.isLoading}
          showDepartment={false}
          onReview={(p) => setTarget(p.cadreId)}
        />
      </Card>
      <ReviewDrawer year={year} participant={selected} onClose={() => setTarget(null)} />
    </Flex>
  );
}
