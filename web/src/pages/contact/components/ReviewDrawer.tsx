import { useState } from 'react';
import {
  Alert,
  Button,
  Collapse,
  Drawer,
  Flex,
  Grid,
  Input,
  Modal,
  Popconfirm,
  Skeleton,
  Tabs,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useContactMutations, useTaskList } from '../api';
import { ContactPoints } from './ContactPoints';
import { ProgressPanel } from './ProgressPanel';
import { TaskListStatusTag } from './Tags';
import { TaskListDetails } from './TaskListDetails';
import { TaskListHistory } from './TaskListHistory';

/** C3 共同定: the head reads a cadre's proposal and approves it (locks it) or returns it with a comment. */
export function ReviewDrawer({
  year,
  participant,
  onClose,
}: {
  year: number;
  participant: ParticipantView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const cadreId = participant?.cadreId ?? null;
  const list = useTaskList(year, cadreId);
  const { review } = useContactMutations(year, cadreId);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const view = list.data;
  const pending = view?.status === 'proposed' && view.version !== null;

  const decide = (decision: 'approve' | 'return') => {
    if (!view || view.version === null) return;
    review.mutate(
      { decision, version: view.version, comment: comment.trim() },
      {
        onSuccess: () => {
          notifySuccess(
            decision === 'approve' ? t('contact.review.approved') : t('contact.review.returnedDone'),
          );
          setReturning(false);
          setComment('');
        },
      },
    );
  };

  return (
    <Drawer
      open={participant !== null}
      onClose={onClose}
      size={screens.md ? 820 : '100%'}
      title={
        participant && (
          <Flex gap={8} align="center" wrap>
            {t('contact.review.title', { name: participant.name })}
            {view && <TaskListStatusTag status={view.status} />}
          </Flex>
        )
      }
      extra={
        pending && (
          <Flex gap={8}>
            <Button danger onClick={() => setReturning(true)} data-testid="return-list">
              {t('contact.review.return')}
            </Button>
            <Popconfirm title={t('contact.review.approveConfirm')} onConfirm={() => decide('approve')}>
              <Button type="primary" loading={review.isPending} data-testid="approve-list">
                {t('contact.review.approve')}
              </Button>
            </Popconfirm>
          </Flex>
        )
      }
      destroyOnHidden
    >
      {!view || !participant ? (
        <Skeleton active />
      ) : (
        <Tabs
          items={[
            {
              key: 'list',
              label: t('contact.review.listTab'),
              children: (
                <Flex vertical gap={16}>
                  {view.status === 'none' && (
                    <Alert type="info" showIcon title={t('contact.review.notProposed')} />
                  )}
                  {view.status === 'approved' && (
                    <Alert type="success" showIcon title={t('contact.review.isLocked')} />
                  )}
                  {view.status !== 'none' && <TaskListDetails view={view} />}
                  <ContactPoints
                    year={year}
                    cadreId={participant.cadreId}
                    sources={['department', 'city_recommended']}
                  />
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
              ),
            },
            {
              key: 'progress',
              label: t('contact.tabs.progress'),
              children: <ProgressPanel year={year} cadreId={participant.cadreId} own={false} narrow />,
            },
          ]}
        />
      )}
      <Modal
        open={returning}
        title={t('contact.review.returnTitle')}
        okText={t('contact.review.return')}
        okButtonProps={{ danger: true, disabled: comment.trim() === '', loading: review.isPending }}
        onOk={() => decide('return')}
        onCancel={() => setReturning(false)}
      >
        <Typography.Paragraph type="secondary">{t('contact.review.returnHelp')}</Typography.Paragraph>
        <Input.TextArea
          value={comment}
          maxLength={500}
          showCount
          autoSize={{ minRows: 3 }}
          onChange={(e) => setComment(e.target.value)}
          data-testid="return-comment"
        />
      </Modal>
    </Drawer>
  );
}
