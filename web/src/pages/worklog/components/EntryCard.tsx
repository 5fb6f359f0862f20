import { Card, Flex, Tag, Typography } from 'antd';
import { CommentOutlined, PaperClipOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { entryModeLabels, entryTypeLabels, type EntryListItem } from '@grassroots/core';
import { useLabel } from '../labels';

export function dateText(from: string, to: string | undefined): string {
  return to && to !== from ? `${from} ~ ${to}` : from;
}

export function placeText(e: Pick<EntryListItem, 'grassrootsOrgName' | 'countyName' | 'place'>): string {
  return [e.grassrootsOrgName ?? e.countyName, e.place].filter(Boolean).join(' · ');
}

/** One entry in a list: date, type and mode, the first lines of what was done; late / withdrawn marked (L4). */
export function EntryCard({
  entry,
  showCadre,
  onOpen,
}: {
  entry: EntryListItem;
  showCadre?: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const people = entry.youth.length + entry.partners.length;
  const withdrawn = entry.status === 'withdrawn';
  return (
    <Card
      size="small"
      hoverable
      onClick={onOpen}
      data-testid="entry-card"
      style={{ opacity: withdrawn ? 0.65 : 1 }}
      styles={{ body: { padding: 12 } }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>
          {showCadre && `${entry.cadreName} · `}
          {dateText(entry.dateFrom, entry.dateTo)}
        </Typography.Text>
        <Flex gap={4} wrap>
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {label(entryTypeLabels[entry.type])}
          </Tag>
          <Tag style={{ marginInlineEnd: 0 }}>{label(entryModeLabels[entry.mode])}</Tag>
          {entry.late && (
            <Tag color="orange" style={{ marginInlineEnd: 0 }}>
              {t('worklog.list.late')}
            </Tag>
          )}
          {withdrawn && (
            <Tag color="default" style={{ marginInlineEnd: 0 }}>
              {t('worklog.list.withdrawn')}
            </Tag>
          )}
        </Flex>
      </Flex>
      <Typography.Paragraph ellipsis={{ rows: 2 }} delete={withdrawn} style={{ margin: '6px 0 4px' }}>
        {entry.content}
      </Typography.Paragraph>
      <Flex gap={12} wrap>
        {placeText(entry) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {placeText(entry)}
          </Typography.Text>
        )}
        {people > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <TeamOutlined /> {t('worklog.list.people', { count: people })}
          </Typography.Text>
        )}
        {entry.attachments.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <PaperClipOutlined /> {t('worklog.list.files', { count: entry.attachments.length })}
          </Typography.Text>
        )}
        {entry.proposedCase && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <CommentOutlined /> {t('worklog.detail.proposedCase')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
