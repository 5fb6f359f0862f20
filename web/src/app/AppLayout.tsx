import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { App, Button, Drawer, Dropdown, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import {
  AuditOutlined,
  HomeOutlined,
  FormOutlined,
  SmileOutlined,
  ScheduleOutlined,
  EnvironmentOutlined,
  ImportOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  ApartmentOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canSee, routes, type RouteKey } from './access';
import { logout, useUser } from './session';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { pendingItems } from '../offline/outbox';

const icons: Record<RouteKey, React.ReactNode> = {
  home: <HomeOutlined />,
  worklog: <FormOutlined />,
  youth: <SmileOutlined />,
  contact: <ScheduleOutlined />,
  dispatch: <EnvironmentOutlined />,
  cadres: <TeamOutlined />,
  organization: <ApartmentOutlined />,
  imports: <ImportOutlined />,
  accounts: <UsergroupAddOutlined />,
  audit: <AuditOutlined />,
};

function useMenuItems(): MenuProps['items'] {
  const user = useUser();
  const { t } = useTranslation();
  return routes
    .filter((r) => canSee(user, r.key))
    .map((r) => ({ key: r.path, icon: icons[r.key], label: t(`menu.${r.key}`) }));
}

function selectedKey(pathname: string): string {
  const match = routes.filter((r) => r.path !== '/' && pathname.startsWith(r.path));
  return match[0]?.path ?? '/';
}

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const mobile = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const user = useUser();
  const items = useMenuItems();
  const { modal } = App.useApp();

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(location.pathname)]}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  const userMenu: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ];
  const onUserMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/password');
    if (key !== 'logout') return;
    const leave = () => void logout(client).then(() => navigate('/login', { replace: true }));
    // L3/S10: logout clears the device, so say so when entries written offline are still waiting.
    void pendingItems(user.id).then((waiting) => {
      if (waiting.length === 0) return leave();
      modal.confirm({
        title: t('auth.logoutPendingTitle'),
        content: t('auth.logoutPending', { count: waiting.length }),
        okText: t('auth.logout'),
        okButtonProps: { danger: true },
        onOk: leave,
      });
    });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={64} data-testid="side-menu">
          <div style={{ padding: '16px 12px', fontWeight: 600, color: '#c41d1d', textAlign: 'center' }}>
            {t('app.shortName')}
          </div>
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            padding: mobile ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          {mobile && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('app.openMenu')}
              data-testid="menu-toggle"
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
            {mobile ? t('app.shortName') : t('app.name')}
          </Typography.Text>
          <NotificationBell />
          <LanguageSwitch compact={mobile} />
          <Dropdown menu={{ items: userMenu, onClick: onUserMenu }} trigger={['click']}>
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
              {mobile ? null : user.displayName}
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {mobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          title={t('app.shortName')}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
