import dayjs from 'dayjs';
import { Grid, type CardProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Label, Role, SessionUser } from '@grassroots/core';
import { timeZone } from '../../app/format';

/** The year now in Asia/Shanghai (X1): the contact mechanism runs by calendar year (C4). */
export function currentYear(): number {
  return dayjs().tz(timeZone).year();
}

/** Today's date in Asia/Shanghai, YYYY-MM-DD (X1). */
export function today(): string {
  return dayjs().tz(timeZone).format('YYYY-MM-DD');
}

/** The year in view, kept in `?year=` so links and reloads keep it. */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = Number(params.get('year'));
  const year = Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : currentYear();
  const setYear = (next: number) =>
    setParams(
      (p) => {
        p.set('year', String(next));
        return p;
      },
      { replace: true },
    );
  return [year, setYear];
}

/** Core's {zh, en} labels (task items, supervision items) in the UI language. */
export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  return (label) => (i18n.language === 'en' ? label.en : label.zh);
}

// Which parts of /contact a user is offered; the server checks the same rules on every call (S2).
export const contactTabs = ['tasks', 'progress', 'department', 'organ'] as const;
export type ContactTab = (typeof contactTabs)[number];

const ownRoles: readonly Role[] = ['cadre', 'group_leader', 'department_head'];

export function tabsFor(user: SessionUser): ContactTab[] {
  const has = (roles: readonly Role[]) => user.roles.some((r) => roles.includes(r));
  return contactTabs.filter((tab) => {
    if (tab === 'tasks' || tab === 'progress') return user.cadreId !== null && has(ownRoles);
    if (tab === 'department') return user.departmentId !== null && has(['department_head']);
    return has(['organ_admin']);
  });
}

/** A link into the work log's drill-down of one count (L7). */
export function logsLink(count: string, year: number): string {
  return `/logs?count=${encodeURIComponent(count)}&year=${year}`;
}

/** Card padding that shrinks on phones, so nested cards keep room for the text (L2). */
export function useCardStyles(): CardProps['styles'] {
  const screens = Grid.useBreakpoint();
  return screens.md === false ? { body: { padding: 12 }, header: { paddingInline: 12 } } : undefined;
}
