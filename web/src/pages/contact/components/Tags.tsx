import type { ReactNode } from 'react';
import { Tag } from 'antd';
import {
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleFilled,
  EditOutlined,
  ExclamationCircleFilled,
  LockOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ContactPointSource, ProgressStatus, TaskListView } from '@grassroots/core';
import type { PointCandidate } from '../api';

type TaskListStatus = TaskListView['status'];

const listTags: Record<TaskListStatus, { color: string; icon: ReactNode }> = {
  none: { color: 'default', icon: <EditOutlined /> },
  draft: { color: 'default', icon: <EditOutlined /> },
  proposed: { color: 'processing', icon: <ClockCircleOutlined /> },
  approved: { color: 'success', icon: <LockOutlined /> },
  returned: { color: 'warning', icon: <RollbackOutlined /> },
};

/** C3: 草稿 / 待审批 / 已通过（锁定）/ 已退回. */
export function TaskListStatusTag({ status }: { status: TaskListStatus }) {
  const { t } = useTranslation();
  const tag = listTags[status];
  return (
    <Tag color={tag.color} icon={tag.icon} data-testid="task-list-status">
      {t(`contact.listStatus.${status}`)}
    </Tag>
  );
}

const progressTags: Record<ProgressStatus, { color: string; icon: ReactNode }> = {
  green: { color: 'success', icon: <CheckCircleFilled /> },
  amber: { color: 'warning', icon: <ExclamationCircleFilled /> },
  red: { color: 'error', icon: <CloseCircleFilled /> },
};

/** A1: the status in colour, icon and words — never colour alone. */
export function ProgressTag({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation();
  const tag = progressTags[status];
  return (
    <Tag color={tag.color} icon={tag.icon}>
      {t(`contact.progressStatus.${status}`)}
    </Tag>
  );
}

export const progressColors: Record<ProgressStatus, string> = {
  green: '#52c41a',
  amber: '#faad14',
  red: '#ff4d4f',
};

const proximityColors: Record<PointCandidate['proximity'], string> = {
  seat_county: 'green',
  seat_prefecture: 'cyan',
  province: 'blue',
  elsewhere: 'default',
};

/** C2: how near the organization is to the organ's seat (就近就便). */
export function ProximityTag({ proximity }: { proximity: PointCandidate['proximity'] }) {
  const { t } = useTranslation();
  return <Tag color={proximityColors[proximity]}>{t(`contact.proximity.${proximity}`)}</Tag>;
}

/** C2: who chose the contact point. */
export function SourceTag({ source }: { source: ContactPointSource }) {
  const { t } = useTranslation();
  return <Tag>{t(`contact.source.${source}`)}</Tag>;
}
