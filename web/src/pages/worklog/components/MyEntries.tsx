import { useNavigate } from 'react-router';
import { Button, Flex } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/session';
import { PageCard } from '../../../components/PageCard';
import { EntryList } from './EntryList';
import { PendingList } from './PendingList';
import { WorklogTabs } from './WorklogTabs';

/** L4: the cadre's own entries, newest first, with the ones still on this device on top (L3). */
export function MyEntries() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  return (
    <PageCard
      title={t('worklog.title')}
      extra={
        <Button
          type="primary"
          icon={<EditOutlined />}
          onClick={() => void navigate('/logs/new')}
          data-testid="new-entry"
        >
          {t('worklog.actions.new')}
        </Button>
      }
    >
      <WorklogTabs />
      <Flex vertical gap={8}>
        <PendingList />
        <EntryList
          filter={{ cadreId: user.cadreId ?? undefined, includeWithdrawn: true }}
          emptyText={t('worklog.list.empty')}
        />
      </Flex>
    </PageCard>
  );
}
