import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import { OrgansPanel } from './components/OrgansPanel';
import { DivisionsPanel } from './components/DivisionsPanel';
import { GrassrootsOrgsPanel } from './components/GrassrootsOrgsPanel';

const tabs = ['organs', 'grassroots', 'divisions'] as const;
type Tab = (typeof tabs)[number];

/** SPEC §2 reference data: organs and departments (R2), divisions (R1), grassroots organizations (R3). */
export default function OrganizationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'organs';
  return (
    <PageCard>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'organs', label: t('organization.organsTab'), children: <OrgansPanel /> },
          { key: 'grassroots', label: t('organization.grassrootsTab'), children: <GrassrootsOrgsPanel /> },
          { key: 'divisions', label: t('organization.divisionsTab'), children: <DivisionsPanel /> },
        ]}
      />
    </PageCard>
  );
}
