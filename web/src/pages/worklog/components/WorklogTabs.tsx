import { useLocation, useNavigate } from 'react-router';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/session';
import { canWriteLogs, isSupervisor } from '../access';

type Tab = 'mine' | 'counts' | 'scope';
const paths: Record<Tab, string> = { mine: '/logs', counts: '/logs/counts', scope: '/logs/scope' };

/** The three views of the work log: own entries, own counts, and (supervisors) the entries in scope. */
export function WorklogTabs() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs: Tab[] = [
    ...(canWriteLogs(user) ? (['mine', 'counts'] as const) : []),
    ...(isSupervisor(user) ? (['scope'] as const) : []),
  ];
  if (tabs.length < 2) return null;
  const current = tabs.find((tab) => tab !== 'mine' && pathname.startsWith(paths[tab])) ?? 'mine';
  return (
    <Segmented<Tab>
      block
      value={current}
      options={tabs.map((tab) => ({ value: tab, label: t(`worklog.tabs.${tab}`) }))}
      onChange={(tab) => void navigate(paths[tab])}
      style={{ marginBottom: 12 }}
      data-testid="worklog-tabs"
    />
  );
}
