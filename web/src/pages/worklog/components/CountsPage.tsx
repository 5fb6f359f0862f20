import { useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Col, Flex, Row, Select, Spin, Statistic, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { entryTypeLabels, entryTypes, type CountKey, type CountsView } from '@grassroots/core';
import { PageCard } from '../../../components/PageCard';
import { useUser } from '../../../app/session';
import { useCounts } from '../api';
import { useLabel } from '../labels';
import { WorklogTabs } from './WorklogTabs';

type Counts = CountsView['counts'];
type Shown = Exclude<keyof Counts, 'byType'>;
const shown: readonly Shown[] = [
  'entries',
  'grassrootsDays',
  'visits',
  'lectures',
  'lectureAudience',
  'youthMet',
  'cadresTalked',
  'cadresTalkedCrossLevel',
  'regularFriends',
  'helpPairs',
];

export function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 5 }, (_, i) => ({ value: now - i, label: String(now - i) }));
}

/** L7: every count of the year as a number that opens the entries behind it; no ranking of cadres (X7). */
export function CountsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const cadreId = params.get('cadreId');
  const name = params.get('name');
  const counts = useCounts(year, cadreId, Boolean(cadreId ?? user.cadreId));
  const data = counts.data?.counts;

  const open = (key: CountKey, title: string) => {
    const q = new URLSearchParams({ count: key, year: String(year), label: title });
    if (cadreId) q.set('cadreId', cadreId);
    void navigate(`/logs/drill?${q.toString()}`);
  };
  const openShown = (key: Shown) => {
    if (key === 'helpPairs') {
      if (!cadreId) void navigate('/youth?relation=help_pair');
      return;
    }
    open(key, t(`worklog.counts.${key}`));
  };

  return (
    <PageCard
      title={cadreId && name ? t('worklog.counts.ofCadre', { name }) : t('worklog.title')}
      extra={
        cadreId ? (
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/logs/scope')}>
            {t('worklog.actions.back')}
          </Button>
        ) : undefined
      }
    >
      {!cadreId && <WorklogTabs />}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ flex: 1, minWidth: 200 }}>
          {t('worklog.counts.help')}
        </Typography.Text>
        <Select<number>
          value={year}
          options={yearOptions()}
          aria-label={t('worklog.counts.year')}
          onChange={(y) => {
            const next = new URLSearchParams(params);
            next.set('year', String(y));
            setParams(next, { replace: true });
          }}
          style={{ width: 100 }}
        />
      </Flex>
      <Spin spinning={counts.isFetching && !data}>
        <Row gutter={[8, 8]} data-testid="counts">
          {shown.map((key) => (
            <Col key={key} xs={12} sm={8} lg={6}>
              <Card
                size="small"
                hoverable={key !== 'helpPairs' || !cadreId}
                onClick={() => openShown(key)}
                data-testid={`count-${key}`}
                styles={{ body: { padding: 12 } }}
                style={{ height: '100%' }}
              >
                <Statistic
                  title={t(`worklog.counts.${key}`)}
                  value={data?.[key] ?? 0}
                  styles={{ content: { color: '#c41d1d', fontSize: 26 } }}
                />
                {key === 'helpPairs' && !cadreId && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('worklog.counts.helpPairsHelp')}
                  </Typography.Text>
                )}
              </Card>
            </Col>
          ))}
        </Row>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('worklog.counts.byType')}
        </Typography.Title>
        <Flex wrap gap={8} data-testid="counts-by-type">
          {entryTypes.map((type) => {
            const n = data?.byType[type] ?? 0;
            const title = label(entryTypeLabels[type]);
            return (
              <Tag
                key={type}
                color={n > 0 ? 'red' : 'default'}
                style={{
                  cursor: n > 0 ? 'pointer' : 'default',
                  padding: '4px 10px',
                  fontSize: 14,
                  marginInlineEnd: 0,
                }}
                onClick={() => n > 0 && open(`byType.${type}`, title)}
              >
                {title} {n}
              </Tag>
            );
          })}
        </Flex>
      </Spin>
    </PageCard>
  );
}
