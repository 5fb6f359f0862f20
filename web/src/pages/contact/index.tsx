import type { ReactNode } from 'react';
import { Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { PageCard } from '../../components/PageCard';
import { useUser } from '../../app/session';
import { NotFoundPage } from '../errors';
import { DepartmentPanel } from './components/DepartmentPanel';
import { MyTasks } from './components/MyTasks';
import { OrganPanel } from './components/OrganPanel';
import { ProgressPanel } from './components/ProgressPanel';
import { currentYear, tabsFor, useYear, type ContactTab } from './shared';

/**
 * The contact mechanism (密切联系青年, C1–C10, A1) in one area: the cadre's task list and progress,
 * the department head's approvals and plan, the organization department's rules and overview.
 */
export default function ContactPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const [year, setYear] = useYear();
  const tabs = tabsFor(user);
  const first = tabs[0];
  const active = tabs.find((tab) => location.pathname.startsWith(`/contact/${tab}`)) ?? first;
  const thisYear = currentYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  if (!years.includes(year)) years.push(year);

  if (!first) return <NotFoundPage />;
  const cadreId = user.cadreId ?? '';
  const panel: Record<ContactTab, ReactNode> = {
    tasks: <MyTasks year={year} cadreId={cadreId} />,
    progress: <ProgressPanel year={year} cadreId={cadreId} own />,
    department: <DepartmentPanel year={year} departmentId={user.departmentId ?? ''} />,
    organ: <OrganPanel year={year} />,
  };

  return (
    <PageCard
      title={t('contact.title')}
      extra={
        <Select<number>
          value={year}
          onChange={setYear}
          aria-label={t('contact.year')}
          options={years
            .sort((a, b) => b - a)
            .map((y) => ({ value: y, label: t('contact.yearOption', { year: y }) }))}
          style={{ width: 120 }}
          data-testid="contact-year"
        />
      }
    >
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/contact/${key}?year=${year}`)}
        items={tabs.map((tab) => ({ key: tab, label: t(`contact.tabs.${tab}`) }))}
      />
      <Routes>
        <Route index element={<Navigate to={`${first}${location.search}`} replace />} />
        {tabs.map((tab) => (
          <Route key={tab} path={tab} element={panel[tab]} />
        ))}
        <Route path="*" element={<Navigate to={`/contact/${first}${location.search}`} replace />} />
      </Routes>
    </PageCard>
  );
}
