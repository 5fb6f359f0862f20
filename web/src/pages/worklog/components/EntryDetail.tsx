import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Descriptions, Flex, Image, Result, Spin, Tag, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  EditOutlined,
  PaperClipOutlined,
  RollbackOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  dispatchTaskLabels,
  entryModeLabels,
  entryTypeLabels,
  organLevelLabels,
  supervisionItemLabels,
  taskItemLabels,
  type EntryView,
} from '@grassroots/core';
import { apiUrl } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { useUser } from '../../../app/session';
import { PageCard } from '../../../components/PageCard';
import { useEntry } from '../api';
import { isSupervisor } from '../access';
import { useLabel } from '../labels';
import { AmendDrawer, WithdrawModal } from './AmendDrawer';
import { dateText, placeText } from './EntryCard';
import { Comments, Revisions } from './EntryThread';

function Attachments({ entry }: { entry: EntryView }) {
  return (
    <Flex vertical gap={6}>
      <Image.PreviewGroup>
        <Flex wrap gap={6}>
          {entry.attachments
            .filter((a) => a.mime.startsWith('image/'))
            .map((a) => (
              <Image
                key={a.id}
                src={apiUrl(`/attachments/${a.id}`)}
                alt={a.fileName}
                width={88}
                height={88}
                style={{ objectFit: 'cover' }}
              />
            ))}
        </Flex>
      </Image.PreviewGroup>
      {entry.attachments
        .filter((a) => !a.mime.startsWith('image/'))
        .map((a) => (
          <Typography.Link key={a.id} href={apiUrl(`/attachments/${a.id}`)} download={a.fileName}>
            <PaperClipOutlined /> {a.fileName}
          </Typography.Link>
        ))}
    </Flex>
  );
}

/** L4/L5: one entry with its comments and revisions; its author amends or withdraws it. */
export function EntryDetail() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useUser();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useEntry(id);
  const [amending, setAmending] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      {t('worklog.actions.back')}
    </Button>
  );
  if (query.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const entry = query.data;
  if (!entry) return <Result status="404" title={t('worklog.detail.notFound')} extra={back} />;

  const own = entry.cadreId === user.cadreId;
  const active = entry.status === 'active';
  const join = (list: string[]) => list.join(t('worklog.detail.separator'));
  const items = [
    { key: 'date', label: t('worklog.form.date'), children: dateText(entry.dateFrom, entry.dateTo) },
    {
      key: 'type',
      label: t('worklog.form.type'),
      children: `${label(entryTypeLabels[entry.type])} · ${label(entryModeLabels[entry.mode])}`,
    },
    { key: 'place', label: t('worklog.form.place'), children: placeText(entry) || '—' },
    {
      key: 'people',
      label: t('worklog.detail.people'),
      children:
        entry.youth.length + entry.partners.length === 0 ? (
          '—'
        ) : (
          <Flex wrap gap={4}>
            {entry.youth.map((y) => (
              <Tag key={y.id} color="green" style={{ marginInlineEnd: 0 }}>
                {y.name}
              </Tag>
            ))}
            {entry.partners.map((p) => (
              <Tag key={p.id} color="blue" icon={<TeamOutlined />} style={{ marginInlineEnd: 0 }}>
                {[p.name, p.unit, label(organLevelLabels[p.organLevel])].filter(Boolean).join(' · ')}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'content',
      label: t('worklog.form.content'),
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{entry.content}</span>,
    },
    ...(entry.thoughts
      ? [
          {
            key: 'thoughts',
            label: t('worklog.form.thoughts'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{entry.thoughts}</span>,
          },
        ]
      : []),
    ...(entry.audience !== null
      ? [{ key: 'audience', label: t('worklog.form.audience'), children: entry.audience }]
      : []),
    ...(entry.taskItems.length
      ? [
          {
            key: 'tasks',
            label: t('worklog.form.taskItems'),
            children: join(entry.taskItems.map((k) => label(taskItemLabels[k]))),
          },
        ]
      : []),
    ...(entry.supervisionItems.length
      ? [
          {
            key: 'sup',
            label: t('worklog.form.supervisionItems'),
            children: join(entry.supervisionItems.map((k) => label(supervisionItemLabels[k]))),
          },
        ]
      : []),
    ...(entry.dispatchTasks.length
      ? [
          {
            key: 'dispatch',
            label: t('worklog.fields.dispatchTasks'),
            children: join(entry.dispatchTasks.map((k) => label(dispatchTaskLabels[k]))),
          },
        ]
      : []),
    ...(entry.attachments.length
      ? [{ key: 'files', label: t('worklog.detail.files'), children: <Attachments entry={entry} /> }]
      : []),
    { key: 'cadre', label: t('worklog.detail.cadre'), children: entry.cadreName },
    { key: 'created', label: t('worklog.detail.createdAt'), children: formatDateTime(entry.createdAt) },
  ];

  return (
    <PageCard
      title={t('worklog.detail.title')}
      extra={
        <>
          {back}
          {own && active && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setAmending(true)} data-testid="amend">
                {t('worklog.actions.amend')}
              </Button>
              <Button
                danger
                icon={<RollbackOutlined />}
                onClick={() => setWithdrawing(true)}
                data-testid="withdraw"
              >
                {t('worklog.actions.withdraw')}
              </Button>
            </>
          )}
        </>
      }
    >
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        {entry.late && <Alert type="warning" showIcon title={t('worklog.detail.late')} />}
        {!active && (
          <Alert
            type="info"
            showIcon
            title={t('worklog.detail.withdrawn', { reason: entry.withdrawReason ?? '' })}
          />
        )}
      </Flex>
      <Descriptions column={1} size="small" bordered items={items} data-testid="entry-detail" />
      <Comments entry={entry} canComment={own || isSupervisor(user)} />
      <Revisions entry={entry} />
      {own && (
        <>
          <AmendDrawer entry={entry} open={amending} onClose={() => setAmending(false)} />
          <WithdrawModal entry={entry} open={withdrawing} onClose={() => setWithdrawing(false)} />
        </>
      )}
    </PageCard>
  );
}
