import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Flex, Spin } from 'antd';
import { useSession } from './session';
import { canSee, type RouteKey } from './access';
import { ForbiddenPage } from '../pages/errors';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Signed-in users only; a first login must change its password before anything else (S1). */
export function RequireAuth({
  children,
  passwordPage = false,
}: {
  children: ReactNode;
  passwordPage?: boolean;
}) {
  const { data: user, isPending, isError } = useSession();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (isError || !user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (user.mustChangePassword && !passwordPage) return <Navigate to="/password" replace />;
  return children;
}

/** Route access flag check (access.ts); the server enforces the same rules. */
export function Guard({ route, children }: { route: RouteKey; children: ReactNode }) {
  const { data: user } = useSession();
  if (!user || !canSee(user, route)) return <ForbiddenPage />;
  return children;
}
