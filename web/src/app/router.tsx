import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { FullPageSpin, Guard, RequireAuth } from './RequireAuth';
import type { RouteKey } from './access';
import { LoginPage } from '../pages/login';
import { PasswordPage } from '../pages/password';
import { NotFoundPage } from '../pages/errors';
import { HomePage } from '../pages/home';

const WorklogPage = lazy(() => import('../pages/worklog'));
const YouthPage = lazy(() => import('../pages/youth'));
const ContactPage = lazy(() => import('../pages/contact'));
const DispatchPage = lazy(() => import('../pages/dispatch'));
const CadresPage = lazy(() => import('../pages/cadres'));
const OrganizationPage = lazy(() => import('../pages/organization'));
const ImportsPage = lazy(() => import('../pages/imports'));
const AccountsPage = lazy(() => import('../pages/accounts'));
const AuditPage = lazy(() => import('../pages/audit'));

function page(route: RouteKey, element: ReactNode) {
  return (
    <Guard route={route}>
      <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
    </Guard>
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/password',
    element: (
      <RequireAuth passwordPage>
        <PasswordPage />
      </RequireAuth>
    ),
  },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: page('home', <HomePage />) },
      { path: 'logs/*', element: page('worklog', <WorklogPage />) },
      { path: 'youth/*', element: page('youth', <YouthPage />) },
      { path: 'contact/*', element: page('contact', <ContactPage />) },
      { path: 'dispatch/*', element: page('dispatch', <DispatchPage />) },
      { path: 'cadres', element: page('cadres', <CadresPage />) },
      { path: 'organization', element: page('organization', <OrganizationPage />) },
      { path: 'imports', element: page('imports', <ImportsPage />) },
      { path: 'accounts', element: page('accounts', <AccountsPage />) },
      { path: 'audit', element: page('audit', <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
