import { useState } from 'react';
import { Button, Descriptions, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '@grassroots/core';
import { CalendarModal } from './RoundForm';

// D1/D3/D4/D6: the round's calendar and the rules its plans are checked against.

export function RoundHeader({ round, editable }: { round: RoundView; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { rules } = round;
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'status',
            label: t('common.status'),
            children: (
              <Tag color={round.status === 'published' ? 'green' : 'blue'} data-testid="round-status">
                {t(`dispatch.status.${round.status}`)}
                {round.publishedVersion !== null &&
                  ` · ${t('dispatch.versions.label', { v: round.publishedVersion })}`}
              </Tag>
            ),
          },
          {
            key: 'year',
            label: t('dispatch.rounds.startYear'),
            children: <span style={{ whiteSpace: 'nowrap' }}>{round.startYear}</span>,
          },
          {
            key: 'rules',
            label: t('dispatch.rounds.rules'),
            children: t('dispatch.rounds.rulesText', {
              min: rules.groupMin,
              max: rules.groupMax,
              rank: t(`rank.${rules.leaderMinRank}`),
              share: Math.round(rules.departmentShare * 100),
              months: rules.shortExperienceMonths,
              extended: rules.extendedMonths,
            }),
          },
          {
            key: 'batches',
            label: t('dispatch.rounds.batches'),
            span: 'filled',
            children: (
              <span>
                {round.batches.map((b) => (
                  <Typography.Text
                    key={b.id}
                    style={{ marginInlineEnd: 16, whiteSpace: 'nowrap', display: 'inline-block' }}
                  >
                    {t('dispatch.batchRange', { n: b.id, start: b.start, end: b.end })}
                  </Typography.Text>
                ))}
                {editable && (
                  <Button size="small" icon={<CalendarOutlined />} onClick={() => setEditing(true)}>
                    {t('dispatch.rounds.editCalendar')}
                  </Button>
                )}
              </span>
            ),
          },
        ]}
      />
      {editing && <CalendarModal round={round} open onClose={() => setEditing(false)} />}
    </>
  );
}
