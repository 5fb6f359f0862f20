import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Collapse, Flex, Skeleton, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useRuleSet, useTaskList } from '../api';
import { useCardStyles } from '../shared';
import { TaskListStatusTag } from './Tags';
import { TaskListDetails } from './TaskListDetails';
import { TaskListForm } from './TaskListForm';
import { TaskListHistory } from './TaskListHistory';

/**
 * C3: the cadre's task list of the year — written (个人提), waiting for approval, approved and
 * locked (a change request sends it back for approval), or returned with the head's comment.
 */
export function TaskListCard({ year, cadreId }: { year: number; cadreId: string }) {
  const { t } = useTranslation();
  const list = useTaskList(year, cadreId);
  const ruleSet = useRuleSet(year);
  const [editing, setEditing] = useState(false);
  const cardStyles = useCardStyles();
  const view = list.data;
  if (!view || !ruleSet.data) return <Skeleton active />;

  const status = view.status;
  const writable = status === 'none' || status === 'draft' || status === 'returned';
  const quotas = ruleSet.data.ruleSet.quotas;
  const form = (requestChange: boolean, cancel: boolean) => (
    <TaskListForm
      key={`${view.version ?? 0}-${String(requestChange)}`}
      view={view}
      quotas={quotas}
      requestChange={requestChange}
      onCancel={cancel ? () => setEditing(false) : undefined}
    />
  );

  let body: ReactNode;
  if (writable) body = form(false, false);
  else if (editing) body = form(status === 'approved', true);
  else body = <TaskListDetails view={view} />;

  const action =
    !writable && !editing ? (
      status === 'approved' ? (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="request-change">
          {t('contact.tasks.requestChange')}
        </Button>
      ) : (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-proposal">
          {t('contact.tasks.editProposal')}
        </Button>
      )
    ) : null;

  return (
    <Card
      styles={cardStyles}
      title={
        <Flex gap={8} align="center" wrap>
          {t('contact.tasks.title', { year })}
          <TaskListStatusTag status={status} />
        </Flex>
      }
      extra={action}
      data-testid="task-list-card"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('contact.tasks.intro')}</Typography.Text>
        {status === 'proposed' && <Alert type="info" showIcon title={t('contact.tasks.waiting')} />}
        {status === 'approved' && (
          <Alert
            type="success"
            showIcon
            title={t('contact.tasks.locked', {
              by: view.approvedBy ?? '',
              at: formatDateTime(view.approvedAt),
            })}
          />
        )}
        {status === 'returned' && (
          <Alert
            type="warning"
            showIcon
            title={t('contact.tasks.returned')}
            description={view.reviewComment}
            data-testid="returned-comment"
          />
        )}
        {body}
        <Collapse
          size="small"
          items={[
            {
              key: 'history',
              label: t('contact.history.title', { count: view.history.length }),
              children: <TaskListHistory history={view.history} />,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
