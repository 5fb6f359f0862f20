import { useEffect } from 'react';
import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { adminRoles, roles, type Role, type UserView } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useUserMutations } from '../api';

/** Security admin edits roles. S9: an admin role is held alone (no super-admin). */
export function RolesModal({ target, onClose }: { target: UserView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ roles: Role[] }>();
  const { setRoles } = useUserMutations();
  const chosen = (Form.useWatch('roles', form) as Role[] | undefined) ?? [];
  const mixesAdmin = chosen.some((r) => adminRoles.includes(r)) && chosen.length > 1;

  useEffect(() => {
    if (target) form.setFieldsValue({ roles: target.roles });
  }, [target, form]);

  return (
    <Modal
      open={target !== null}
      title={t('accounts.editRolesOf', { name: target?.username ?? '' })}
      onCancel={onClose}
      okButtonProps={{ loading: setRoles.isPending, disabled: mixesAdmin }}
      onOk={() => form.submit()}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          target &&
          setRoles.mutate(
            { id: target.id, roles: v.roles },
            {
              onSuccess: () => {
                notifySuccess(t('common.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select mode="multiple" options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
      </Form>
      {mixesAdmin && <Alert type="warning" showIcon title={t('accounts.adminAlone')} />}
    </Modal>
  );
}
