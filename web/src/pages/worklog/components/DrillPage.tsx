import { useNavigate, useSearchParams } from 'react-router';
import { Button, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { countKeySchema } from '@grassroots/core';
import { PageCard } from '../../../components/PageCard';
import { EntryList } from './EntryList';

/** L7: the entries behind one number of the counts page (GET /logs?count=KEY&year=). */
export function DrillPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const parsed = countKeySchema.safeParse(params.get('count'));
  const year = Number(params.get('year')) || new Date().getFullYear();
  const cadreId = params.get('cadreId') ?? undefined;
  const label = params.get('label') ?? '';
  const back = () => void navigate(-1);
  return (
    <PageCard
      title={t('worklog.list.drill', { label, year })}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t('worklog.actions.back')}
        </Button>
      }
    >
      {parsed.success ? (
        <EntryList filter={{ count: parsed.data, year, cadreId }} showCadre={Boolean(cadreId)} />
      ) : (
        <Typography.Text type="secondary">{t('worklog.list.emptyFiltered')}</Typography.Text>
      )}
    </PageCard>
  );
}
