import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListView } from '@grassroots/core';
import { formatDateTime } from '../../../app/format';

const actions = ['propose', 'request_change', 'approve', 'return'] as const;
type Action = (typeof actions)[number];
const isAction = (a: string): a is Action => (actions as readonly string[]).includes(a);
const colors: Record<Action, string> = {
  propose: 'blue',
  request_change: 'blue',
  approve: 'green',
  return: 'orange',
};

/** C3: every step of 个人提 → 共同定, newest first, with who and when. */
export function TaskListHistory({ history }: { history: TaskListView['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0)
    return <Typography.Text type="secondary">{t('contact.history.none')}</Typography.Text>;
  const items = [...history].reverse().map((h) => ({
    key: `${h.version}-${h.action}`,
    color: isAction(h.action) ? colors[h.action] : 'gray',
    content: (
      <>
        <Typography.Text strong>
          {isAction(h.action) ? t(`contact.history.${h.action}`) : h.action}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">
          {h.actorName} · {formatDateTime(h.at)}
        </Typography.Text>
        {h.comment && <div>{t('contact.history.comment', { comment: h.comment })}</div>}
      </>
    ),
  }));
  return <Timeline items={items} data-testid="task-list-history" />;
}
