import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { FullPageSpin, Guard, RequireAuth } from './RequireAuth';
import type { RouteKey } from './access';
import { LoginPage } from '../pages/login';
import { PasswordPage } from '../pages/password';
import { NotFoundPage } from '../pages/errors';
import { HomePage } from '../pages/home';

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
      { path: 'cadres', element: page('cadres', <CadresPage />) },
      { path: 'organization', element: page('organization', <OrganizationPage />) },
      { path: 'imports', element: page('imports', <ImportsPage />) },
      { path: 'accounts', element: page('accounts', <AccountsPage />) },
      { path: 'audit', element: page('audit', <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
