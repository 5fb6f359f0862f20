import { useState } from 'react';
import { Alert, Button, Card, List, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { contactPointLimits, type ContactPointSource } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useContactMutations, usePoints } from '../api';
import { useCardStyles } from '../shared';
import { PointPicker } from './PointPicker';
import { SourceTag } from './Tags';

/** C2: a cadre's 3–4 fixed contact points with the source of each choice; editable by the cadre or the head. */
export function ContactPoints({
  year,
  cadreId,
  sources,
  bordered = true,
}: {
  year: number;
  cadreId: string;
  /** Sources the editor may record, the default first; empty: read-only. */
  sources: readonly ContactPointSource[];
  bordered?: boolean;
}) {
  const { t } = useTranslation();
  const points = usePoints(year, cadreId);
  const cardStyles = useCardStyles();
  const { points: save } = useContactMutations(year, cadreId);
  const [open, setOpen] = useState(false);
  const list = points.data?.points ?? [];
  const { min, max } = contactPointLimits;
  const short = points.isSuccess && list.length < min;

  return (
    <Card
      variant={bordered ? 'outlined' : 'borderless'}
      styles={bordered ? cardStyles : { body: { padding: 0 }, header: { paddingInline: 0 } }}
      title={t('contact.points.title')}
      data-testid="contact-points"
      extra={
        sources.length > 0 && (
          <Button icon={<EnvironmentOutlined />} onClick={() => setOpen(true)} data-testid="pick-points">
            {list.length === 0 ? t('contact.points.choose') : t('contact.points.change')}
          </Button>
        )
      }
    >
      {short && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('contact.points.needed', { min, max, count: list.length })}
        />
      )}
      <List
        size="small"
        loading={points.isLoading}
        dataSource={list}
        locale={{ emptyText: t('contact.points.none') }}
        renderItem={(p) => (
          <List.Item actions={[<SourceTag key="source" source={p.source} />]}>
            <List.Item.Meta
              title={p.name}
              description={<Typography.Text type="secondary">{p.countyName ?? p.countyCode}</Typography.Text>}
            />
          </List.Item>
        )}
      />
      {(points.data?.dispatchCounties ?? []).map((d) => (
        <Alert
          key={`${d.countyCode}-${d.until}`}
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={t('contact.points.dispatchCounty', { county: d.countyName ?? d.countyCode, until: d.until })}
        />
      ))}
      {open && (
        <PointPicker
          open={open}
          current={list}
          sources={sources}
          saving={save.isPending}
          onClose={() => setOpen(false)}
          onSave={(chosen) =>
            save.mutate(chosen, {
              onSuccess: () => {
                notifySuccess(t('contact.points.saved'));
                setOpen(false);
              },
            })
          }
        />
      )}
    </Card>
  );
}
