import { useDeferredValue, useState } from 'react';
import { Button, Flex, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { roles, userCreateBody, type Role } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useUser } from '../../../app/session';
import { organTree, useOrgans, type OrganNode } from '../../../components/referenceData';
import { zodRule } from '../../../components/zodRule';
import { useCadreDirectory, useUserMutations, type UserCreateInput } from '../api';

interface TreeSelectNode {
  value: string;
  title: string;
  children: TreeSelectNode[];
}
function toTreeSelect(nodes: OrganNode[]): TreeSelectNode[] {
  return nodes.map((n) => ({ value: n.key, title: n.title, children: toTreeSelect(n.children) }));
}

interface FormValues {
  username: string;
  displayName?: string;
  password: string;
  roles: Role[];
  organId: string;
  cadreId?: string;
}

/** System admin creates an account (S9: the roles themselves are the security admin's to change later). */
export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const organs = useOrgans();
  const { create } = useUserMutations();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const directory = useCadreDirectory(q, open);
  const shape = userCreateBody.shape;

  const finish = (v: FormValues) => {
    const body: UserCreateInput = {
      username: v.username,
      password: v.password,
      roles: v.roles,
      organId: v.organId,
      ...(v.cadreId ? { cadreId: v.cadreId } : {}),
      ...(v.displayName?.trim() ? { displayName: v.displayName.trim() } : {}),
    };
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('common.saved'));
        onClose();
      },
    });
  };

  return (
    <Modal open={open} title={t('accounts.create')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<FormValues>
        layout="vertical"
        initialValues={{ organId: user.organId, roles: ['cadre'] }}
        onFinish={finish}
      >
        <Form.Item
          name="username"
          label={t('accounts.username')}
          extra={t('accounts.usernameRule')}
          rules={[{ required: true }, zodRule(shape.username, t)]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('accounts.initialPassword')}
          extra={t('auth.passwordRule')}
          rules={[{ required: true }, zodRule(shape.password, t)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select mode="multiple" options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="organId" label={t('accounts.organ')} rules={[{ required: true }]}>
          <TreeSelect
            treeData={toTreeSelect(organTree(organs.data ?? []))}
            treeDefaultExpandAll
            loading={organs.isPending}
          />
        </Form.Item>
        <Form.Item name="cadreId" label={t('accounts.cadre')} extra={t('accounts.cadreHelp')}>
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={directory.isFetching}
            options={(directory.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}（${c.departmentName}）`,
            }))}
          />
        </Form.Item>
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
