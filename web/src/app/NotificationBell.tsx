import { useState } from 'react';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { notificationPage, NotificationView } from '@grassroots/core';
import type { z } from 'zod';
import { api } from './api';
import { formatDateTime } from './format';

type Page = z.infer<typeof notificationPage>;
const key = ['notifications'] as const;

/** X3: in-app notifications (published dispatch plans, approvals, comments) — few, and each actionable. */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => api.get<Page>('/notifications', { pageSize: 30 }),
    refetchInterval: 120_000,
  });
  const markAll = useMutation({
    mutationFn: () => api.post('/notifications/read-all'),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  const markOne = useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  const unread = data?.unread ?? 0;
  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notifications.title')}
          data-testid="notifications"
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size={360}
        extra={
          unread > 0 ? (
            <Button size="small" onClick={() => markAll.mutate()}>
              {t('notifications.readAll')}
            </Button>
          ) : null
        }
      >
        {data && data.items.length > 0 ? (
          <List<NotificationView>
            dataSource={data.items}
            renderItem={(n) => (
              <List.Item
                onClick={() => {
                  if (!n.readAt) markOne.mutate(n.id);
                }}
                style={{ cursor: n.readAt ? 'default' : 'pointer', opacity: n.readAt ? 0.6 : 1 }}
              >
                <List.Item.Meta
                  title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                  description={
                    <>
                      <div>{n.body}</div>
                      <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty description={t('notifications.empty')} />
        )}
      </Drawer>
    </>
  );
}
