import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { entryTypeLabels } from '@grassroots/core';
import { useUser } from '../../../app/session';
import { discardRejected, flushOutbox, type OutboxItem } from '../../../offline/outbox';
import { useOnline, useOutbox } from '../../../offline/useOutbox';
import { useLabel } from '../labels';
import { dateText } from './EntryCard';

function ItemCard({
  item,
  tag,
  children,
}: {
  item: OutboxItem;
  tag: React.ReactNode;
  children?: React.ReactNode;
}) {
  const label = useLabel();
  return (
    <Card size="small" styles={{ body: { padding: 12 } }} data-testid="outbox-card" data-key={item.key}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>{dateText(item.body.dateFrom, item.body.dateTo)}</Typography.Text>
        <Flex gap={4} wrap>
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {label(entryTypeLabels[item.body.type])}
          </Tag>
          {tag}
        </Flex>
      </Flex>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '6px 0 0' }}>
        {item.body.content}
      </Typography.Paragraph>
      {children}
    </Card>
  );
}

/** L3: entries kept on this device, on top of the list: waiting to be sent, or refused by the server. */
export function PendingList() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const online = useOnline();
  const { pending, rejected } = useOutbox(user.id);
  const [sending, setSending] = useState(false);
  if (pending.length === 0 && rejected.length === 0) return null;
  const sendNow = () => {
    setSending(true);
    void flushOutbox(user.id, { force: true })
      .catch(() => undefined)
      .finally(() => setSending(false));
  };
  return (
    <Flex vertical gap={8} data-testid="outbox">
      {pending.length > 0 && (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">{t('worklog.list.pendingHelp')}</Typography.Text>
          <Button
            size="small"
            icon={<CloudUploadOutlined />}
            loading={sending}
            disabled={!online}
            onClick={sendNow}
          >
            {t('worklog.actions.sendNow')}
          </Button>
        </Flex>
      )}
      {pending.map((item) => (
        <ItemCard
          key={item.key}
          item={item}
          tag={
            <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="pending-tag">
              {t('worklog.list.pending')}
            </Tag>
          }
        />
      ))}
      {rejected.map((item) => (
        <ItemCard
          key={item.key}
          item={item}
          tag={
            <Tag color="error" style={{ marginInlineEnd: 0 }}>
              {t('worklog.list.rejected')}
            </Tag>
          }
        >
          <Flex vertical gap={6}>
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {item.lastError}
            </Typography.Text>
            <Flex gap={8} justify="flex-end">
              <Popconfirm
                title={t('worklog.list.discardConfirm')}
                onConfirm={() => void discardRejected(item.key)}
              >
                <Button size="small">{t('worklog.actions.discard')}</Button>
              </Popconfirm>
              <Button
                size="small"
                type="primary"
                onClick={() => void navigate('/logs/new', { state: { replaces: item.key } })}
              >
                {t('worklog.actions.editAgain')}
              </Button>
            </Flex>
          </Flex>
        </ItemCard>
      ))}
    </Flex>
  );
}
