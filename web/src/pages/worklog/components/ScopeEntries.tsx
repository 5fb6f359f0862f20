import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Checkbox, Flex, Select, Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../../components/PageCard';
import { useCadrePick, useYouthSummary } from '../api';
import { EntryList } from './EntryList';
import { WorklogTabs } from './WorklogTabs';

/** L5: supervisors read the entries of their scope (department, organ, group), filtered by cadre. */
export function ScopeEntries() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [cadre, setCadre] = useState<{ id: string; name: string } | null>(null);
  const [includeWithdrawn, setIncludeWithdrawn] = useState(true);
  const cadres = useCadrePick(q);
  const summary = useYouthSummary(cadre?.id);
  return (
    <PageCard title={t('worklog.title')}>
      <WorklogTabs />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<string>
          allowClear
          showSearch={{ filterOption: false, onSearch: setQ }}
          placeholder={t('worklog.list.cadrePlaceholder')}
          aria-label={t('worklog.list.cadre')}
          value={cadre?.id}
          loading={cadres.isFetching}
          options={(cadres.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.name} · ${c.departmentName}`,
          }))}
          onChange={(id) => {
            const found = cadres.data?.items.find((c) => c.id === id);
            setCadre(found ? { id: found.id, name: found.name } : null);
          }}
          style={{ flex: 1, minWidth: 200, maxWidth: 360 }}
          data-testid="cadre-filter"
        />
        <Checkbox checked={includeWithdrawn} onChange={(e) => setIncludeWithdrawn(e.target.checked)}>
          {t('worklog.list.includeWithdrawn')}
        </Checkbox>
      </Flex>
      {cadre && (
        <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {summary.data
              ? t('worklog.list.youthSummary', {
                  total: summary.data.total,
                  helpPairs: summary.data.helpPairs,
                })
              : null}
          </Typography.Text>
          <Button
            size="small"
            icon={<BarChartOutlined />}
            onClick={() =>
              void navigate(`/logs/counts?cadreId=${cadre.id}&name=${encodeURIComponent(cadre.name)}`)
            }
          >
            {t('worklog.actions.openCounts')}
          </Button>
        </Flex>
      )}
      <EntryList filter={{ cadreId: cadre?.id, includeWithdrawn }} showCadre={!cadre} />
    </PageCard>
  );
}
