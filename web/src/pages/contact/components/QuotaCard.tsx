import { Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgressReply, QuotaKey } from '@grassroots/core';
import { logsLink } from '../shared';
import { ProgressTag, progressColors } from './Tags';

type Quota = ProgressReply['quotas'][number];

// L7: each number opens the entries behind it; research and concrete tasks live in the task list.
const countOf: Partial<Record<QuotaKey, string>> = {
  grassrootsDays: 'grassrootsDays',
  lectures: 'lectures',
  visits: 'visits',
  youthMet: 'youthMet',
  cadresTalkedCrossLevel: 'cadresTalkedCrossLevel',
  supervisionItems: 'byType.supervision',
};

function ActualLink({ quota, year }: { quota: Quota; year: number }) {
  const { t } = useTranslation();
  const count = countOf[quota.key];
  const text = <span style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.2 }}>{quota.actual}</span>;
  const title = t('contact.progress.openEntries');
  if (count)
    return (
      <Link to={logsLink(count, year)} title={title} data-testid={`actual-${quota.key}`}>
        {text}
      </Link>
    );
  if (quota.key === 'researchReports')
    return (
      <Link to={`/contact/tasks?year=${year}`} data-testid={`actual-${quota.key}`}>
        {text}
      </Link>
    );
  return (
    <Typography.Link href="#concrete-tasks" data-testid={`actual-${quota.key}`}>
      {text}
    </Typography.Link>
  );
}

/** A1: one quota — actual (linked to its entries), target, the time-proportional expectation and status. */
export function QuotaCard({
  quota,
  year,
  talksNotCounting,
}: {
  quota: Quota;
  year: number;
  talksNotCounting: number;
}) {
  const { t } = useTranslation();
  const percent = quota.target === 0 ? 100 : Math.min(100, Math.round((quota.actual / quota.target) * 100));
  return (
    <Card size="small" data-testid={`quota-${quota.key}`} style={{ height: '100%' }}>
      <Typography.Text strong>{t(`contact.quota.${quota.key}`)}</Typography.Text>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 4 }}>
        <Flex align="baseline" gap={4}>
          <ActualLink quota={quota} year={year} />
          <Typography.Text type="secondary">
            {t('contact.progress.ofTarget', { target: quota.target })}
          </Typography.Text>
        </Flex>
        <ProgressTag status={quota.status} />
      </Flex>
      <Progress
        percent={percent}
        showInfo={false}
        strokeColor={progressColors[quota.status]}
        aria-label={t(`contact.quota.${quota.key}`)}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('contact.progress.expected', { expected: quota.expected })}
        {quota.key === 'researchReports' && quota.due
          ? ` · ${t('contact.progress.due', { due: quota.due })}`
          : ''}
      </Typography.Text>
      {quota.credited && (
        <div>
          <Typography.Text type="success" style={{ fontSize: 12 }}>
            {t('contact.progress.credited')}
          </Typography.Text>
        </div>
      )}
      {quota.key === 'cadresTalkedCrossLevel' && talksNotCounting > 0 && (
        <div data-testid="talks-not-counting">
          <Link to={logsLink('cadresTalked', year)} style={{ fontSize: 12 }}>
            {t('contact.progress.talksNotCounting', { count: talksNotCounting })}
          </Link>
        </div>
      )}
    </Card>
  );
}
