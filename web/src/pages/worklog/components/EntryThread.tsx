import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  dispatchTaskLabels,
  dispatchTaskSchema,
  entryModeLabels,
  entryModeSchema,
  entryTypeLabels,
  entryTypeSchema,
  supervisionItemLabels,
  supervisionItemSchema,
  taskItemLabels,
  taskItemSchema,
  type EntryView,
  type Label,
} from '@grassroots/core';
import { formatDateTime } from '../../../app/format';
import { notifySuccess } from '../../../app/errors';
import { useEntryMutations } from '../api';
import { useLabel } from '../labels';

/** L5: supervisors' comments and the author's replies, oldest first. */
export function Comments({ entry, canComment }: { entry: EntryView; canComment: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { comment } = useEntryMutations(entry.id);
  return (
    <Flex vertical gap={8} data-testid="comments">
      <Typography.Title level={5} style={{ margin: '16px 0 0' }}>
        {t('worklog.detail.comments')}
      </Typography.Title>
      {entry.comments.length === 0 && (
        <Typography.Text type="secondary">{t('worklog.detail.noComments')}</Typography.Text>
      )}
      {entry.comments.map((c) => (
        <Card key={c.id} size="small" styles={{ body: { padding: 10 } }}>
          <Flex justify="space-between" gap={8} wrap>
            <Typography.Text strong>{c.authorName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(c.createdAt)}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Typography.Paragraph>
        </Card>
      ))}
      {canComment && (
        <Flex vertical gap={8}>
          <Input.TextArea
            value={text}
            maxLength={1000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('worklog.detail.commentPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid="comment-input"
          />
          <Flex justify="flex-end">
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={comment.isPending}
              onClick={() =>
                comment.mutate(text.trim(), {
                  onSuccess: () => {
                    setText('');
                    notifySuccess(t('worklog.detail.commented'));
                  },
                })
              }
              data-testid="comment-submit"
            >
              {t('worklog.detail.comment')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}

const shownFields = [
  'dateFrom',
  'dateTo',
  'type',
  'mode',
  'onSite',
  'place',
  'content',
  'thoughts',
  'audience',
  'taskItems',
  'supervisionItems',
  'dispatchTasks',
] as const;
type ShownField = (typeof shownFields)[number];

interface KeyParser {
  safeParse(v: unknown): { success: true; data: string } | { success: false };
}
const listLabels: Partial<Record<ShownField, [KeyParser, Readonly<Record<string, Label>>]>> = {
  taskItems: [taskItemSchema, taskItemLabels],
  supervisionItems: [supervisionItemSchema, supervisionItemLabels],
  dispatchTasks: [dispatchTaskSchema, dispatchTaskLabels],
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** L4: every amendment keeps the text it replaced; shown to the author and supervisors alike. */
export function Revisions({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (entry.revisions.length === 0) return null;
  const ordered = [...entry.revisions].sort((a, b) => a.version - b.version);
  const current: Record<string, unknown> = { ...entry };
  const show = (field: ShownField, value: unknown): string => {
    if (field === 'type') {
      const parsed = entryTypeSchema.safeParse(value);
      return parsed.success ? label(entryTypeLabels[parsed.data]) : String(value);
    }
    if (field === 'mode') {
      const parsed = entryModeSchema.safeParse(value);
      return parsed.success ? label(entryModeLabels[parsed.data]) : String(value);
    }
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (Array.isArray(value)) {
      const known = listLabels[field];
      return value
        .map((v: unknown) => {
          const parsed = known?.[0].safeParse(v);
          const found = parsed?.success ? known?.[1][parsed.data] : undefined;
          return found ? label(found) : String(v);
        })
        .join(t('worklog.detail.separator'));
    }
    if (typeof value === 'string') return value;
    return typeof value === 'number' ? String(value) : '';
  };
  return (
    <Flex vertical gap={8} data-testid="revisions">
      <Typography.Title level={5} style={{ margin: '16px 0 0' }}>
        {t('worklog.detail.revisions')}
      </Typography.Title>
      {ordered
        .map((rev, i) => {
          const after = ordered[i + 1]?.before ?? current;
          const changed = shownFields.filter((f) => f in rev.before && !same(rev.before[f], after[f]));
          return { rev, changed };
        })
        .reverse()
        .map(({ rev, changed }) => (
          <Card key={rev.version} size="small" styles={{ body: { padding: 10 } }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('worklog.detail.revision', {
                version: rev.version,
                at: formatDateTime(rev.revisedAt),
                by: rev.revisedBy,
              })}
            </Typography.Text>
            {rev.reason && (
              <Typography.Paragraph style={{ margin: '4px 0' }}>
                {t('worklog.detail.reason', { reason: rev.reason })}
              </Typography.Paragraph>
            )}
            {changed.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={null} />}
            {changed.map((field) => (
              <Typography.Paragraph key={field} style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                <Typography.Text type="secondary">
                  {t('worklog.detail.beforeField', { field: t(`worklog.fields.${field}`) })}
                </Typography.Text>
                <Typography.Text delete>{show(field, rev.before[field])}</Typography.Text>
              </Typography.Paragraph>
            ))}
          </Card>
        ))}
    </Flex>
  );
}
