import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/session';
import { useContactPoints, useCounts } from '../../worklog/api';
import { useEntriesAtPoints, useYouthList } from '../api';

function Row({ tag, children }: { tag: string; children: React.ReactNode }) {
  return (
    <Flex gap={8} align="center">
      <Tag color="gold" style={{ marginInlineEnd: 0, minWidth: 48, textAlign: 'center' }}>
        {tag}
      </Tag>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Flex>
  );
}

/**
 * C11: the old "1+100", "8+4" and "4+1" records as views of the same log and contact data — voluntary,
 * nothing to fill in, counting for nothing in assessment (X7).
 */
export function Lenses() {
  const { t } = useTranslation();
  const user = useUser();
  const year = new Date().getFullYear();
  const all = useYouthList({}, 1, 1);
  const counts = useCounts(year, null, Boolean(user.cadreId));
  const points = useContactPoints(year, user.cadreId);
  const orgIds = (points.data?.points ?? []).map((p) => p.grassrootsOrgId);
  const atPoints = useEntriesAtPoints(year, user.cadreId, orgIds);
  const total = all.data?.total ?? 0;
  const met = counts.data?.counts.youthMet ?? 0;
  const days = counts.data?.counts.grassrootsDays ?? 0;
  return (
    <Card size="small" title={t('youth.lenses.title')} style={{ marginBottom: 12 }} data-testid="lenses">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('youth.lenses.note')}
        </Typography.Text>
        <Row tag={t('youth.lenses.oneHundred')}>
          <Typography.Text>{t('youth.lenses.oneHundredText', { total, met })}</Typography.Text>
          <Progress percent={Math.min(100, total)} showInfo={false} size="small" strokeColor="#d4b106" />
        </Row>
        <Row tag={t('youth.lenses.eightFour')}>
          <Typography.Text>{t('youth.lenses.eightFourText', { days })}</Typography.Text>
        </Row>
        <Row tag={t('youth.lenses.fourOne')}>
          <Typography.Text>
            {orgIds.length > 0
              ? t('youth.lenses.fourOneText', { points: orgIds.length, count: atPoints.data ?? 0 })
              : t('youth.lenses.fourOneNone')}
          </Typography.Text>
        </Row>
      </Flex>
    </Card>
  );
}
