import { useState } from 'react';
import { Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import type { UserView } from '@grassroots/core';
import { can } from '../../app/access';
import { notifySuccess } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { useUser } from '../../app/session';
import { useUserMutations, useUsers } from './api';
import { CreateUserModal } from './components/CreateUserModal';
import { RolesModal } from './components/RolesModal';
import { PasswordResultModal } from './components/PasswordResultModal';

function isLocked(u: UserView): boolean {
  return u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now();
}

/** S9 accounts: the system admin creates accounts and resets passwords; the security admin sets roles and unlocks. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const me = useUser();
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [newPassword, setNewPassword] = useState<string | null>(null);
  const users = useUsers(q, page, pageSize);
  const { unlock, resetPassword } = useUserMutations();

  const actions = (u: UserView) => (
    <Space wrap size={0}>
      {can(me, 'editRoles') && (
        <Button type="link" size="small" onClick={() => setEditing(u)}>
          {t('accounts.editRoles')}
        </Button>
      )}
      {can(me, 'unlockUser') && isLocked(u) && (
        <Button
          type="link"
          size="small"
          onClick={() => unlock.mutate(u.id, { onSuccess: () => notifySuccess(t('accounts.unlocked')) })}
        >
          {t('accounts.unlock')}
        </Button>
      )}
      {can(me, 'resetPassword') && (
        <Popconfirm
          title={t('accounts.resetConfirm', { name: u.username })}
          onConfirm={() => resetPassword.mutate(u.id, { onSuccess: (r) => setNewPassword(r.password) })}
        >
          <Button type="link" size="small" danger>
            {t('accounts.resetPassword')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <PageCard
      title={t('menu.accounts')}
      extra={
        can(me, 'createUser') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        ) : null
      }
    >
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('accounts.searchPlaceholder')}
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage(1);
          }}
          style={{ width: 240 }}
        />
      </div>
      <Table<UserView>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: users.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: t('accounts.username'), dataIndex: 'username' },
          { title: t('accounts.displayName'), dataIndex: 'displayName', responsive: ['sm'] },
          {
            title: t('accounts.roles'),
            dataIndex: 'roles',
            render: (rs: UserView['roles']) => (
              <Space wrap size={4}>
                {rs.map((r) => (
                  <Tag key={r}>{t(`roles.${r}`)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('common.status'),
            key: 'status',
            responsive: ['md'],
            render: (_v, u) => (
              <Space wrap size={4}>
                {u.disabled && <Tag>{t('accounts.disabled')}</Tag>}
                {isLocked(u) && <Tag color="red">{t('accounts.locked')}</Tag>}
                {u.mustChangePassword && <Tag color="orange">{t('accounts.mustChange')}</Tag>}
                {!u.disabled && !isLocked(u) && !u.mustChangePassword && (
                  <Tag color="green">{t('accounts.normal')}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('accounts.lastLogin'),
            dataIndex: 'lastLoginAt',
            responsive: ['lg'],
            render: (v: string | null) => formatDateTime(v),
          },
          { title: t('common.actions'), key: 'actions', render: (_v, u) => actions(u) },
        ]}
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <RolesModal target={editing} onClose={() => setEditing(null)} />
      <PasswordResultModal password={newPassword} onClose={() => setNewPassword(null)} />
    </PageCard>
  );
}
