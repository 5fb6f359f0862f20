import { useMemo } from 'react';
import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProgress } from '../api';
import { AdvancePanel } from './AdvancePanel';
import { QuotaCard } from './QuotaCard';
import { QuotaChart, type ChartRow } from './QuotaChart';
import { WeekObligation } from './WeekObligation';

const percentOf = (n: number, target: number) =>
  target === 0 ? 100 : Math.min(100, Math.round((n / target) * 100));

/**
 * A1: every quota of the cadre's year against the time-proportional expectation (green ≥ expected,
 * amber ≥ 70%, red below), each number opening its entries (L7). No comparison with other cadres (X7).
 */
export function ProgressPanel({
  year,
  cadreId,
  own,
  narrow = false,
}: {
  year: number;
  cadreId: string;
  own: boolean;
  /** Inside a drawer: fewer columns than the viewport's breakpoints would give. */
  narrow?: boolean;
}) {
  const { t } = useTranslation();
  const progress = useProgress(year, cadreId);
  const data = progress.data;
  const rows = useMemo<ChartRow[]>(
    () =>
      (data?.quotas ?? []).map((q) => ({
        name: t(`contact.quotaShort.${q.key}`),
        done: percentOf(q.actual, q.target),
        expected: percentOf(q.expected, q.target),
        status: q.status,
      })),
    [data, t],
  );
  if (!data) return <Skeleton active />;

  return (
    <Flex vertical gap={16} data-testid="progress-panel">
      <Typography.Text type="secondary">
        {t('contact.progress.asOf', { date: data.asOf })} {t('contact.progress.legend')}
      </Typography.Text>
      <Row gutter={[12, 12]}>
        {data.quotas.map((q) => (
          <Col key={q.key} xs={24} sm={12} xl={narrow ? 12 : 6}>
            <QuotaCard quota={q} year={year} talksNotCounting={data.talksNotCounting} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={narrow ? 24 : 16}>
          <Card size="small" title={t('contact.progress.chart')}>
            <QuotaChart
              rows={rows}
              doneLabel={t('contact.progress.done')}
              expectedLabel={t('contact.progress.expectedShort')}
            />
          </Card>
        </Col>
        <Col xs={24} lg={narrow ? 24 : 8}>
          <WeekObligation week={data.weekObligation} />
        </Col>
      </Row>
      <AdvancePanel year={year} cadreId={cadreId} own={own} />
    </Flex>
  );
}
