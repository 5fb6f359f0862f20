import { Alert, Card, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgressReply } from '@grassroots/core';
import { progressColors } from './Tags';

const statuses = ['not_required', 'met', 'open', 'due_soon', 'missed'] as const;
type Status = (typeof statuses)[number];
const isStatus = (s: string): s is Status => (statuses as readonly string[]).includes(s);
const alertType: Record<Status, 'success' | 'info' | 'warning' | 'error'> = {
  not_required: 'info',
  met: 'success',
  open: 'info',
  due_soon: 'warning',
  missed: 'error',
};

/** C10: a cadre not dispatched this year spends at least a week at the grassroots before year end. */
export function WeekObligation({ week }: { week: ProgressReply['weekObligation'] }) {
  const { t } = useTranslation();
  const status: Status = isStatus(week.status) ? week.status : 'open';
  const required = status !== 'not_required';
  const percent =
    week.daysRequired === 0 ? 100 : Math.min(100, Math.round((week.daysDone / week.daysRequired) * 100));
  const colors: Record<Status, string> = {
    not_required: progressColors.green,
    met: progressColors.green,
    open: '#1677ff',
    due_soon: progressColors.amber,
    missed: progressColors.red,
  };
  const color = colors[status];
  return (
    <Card size="small" title={t('contact.week.title')} data-testid="week-obligation">
      <Typography.Paragraph type="secondary">
        {t('contact.week.rule', { days: week.daysRequired })}
      </Typography.Paragraph>
      {required && (
        <>
          <Typography.Text strong>
            {t('contact.week.days', { done: week.daysDone, required: week.daysRequired })}
          </Typography.Text>
          <Progress percent={percent} showInfo={false} strokeColor={color} />
        </>
      )}
      <Alert type={alertType[status]} showIcon title={t(`contact.week.status.${status}`)} />
    </Card>
  );
}
