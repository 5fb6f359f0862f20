import { useNavigate } from 'react-router';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newPassword as newPasswordSchema } from '@grassroots/core';
import { api } from '../../app/api';
import { notifySuccess } from '../../app/errors';
import { logout, meKey, useUser } from '../../app/session';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { zodRule } from '../../components/zodRule';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** S1: the first login must replace the initial password; users may change theirs at any time. */
export function PasswordPage() {
  const { t } = useTranslation();
  const user = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post('/auth/password', body),
    onSuccess: async () => {
      notifySuccess(t('auth.passwordChanged'));
      await client.invalidateQueries({ queryKey: meKey });
      void navigate('/', { replace: true });
    },
  });

  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 440, alignSelf: 'center' }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('auth.changePassword')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        {user.mustChangePassword && (
          <Alert type="warning" showIcon title={t('auth.mustChange')} style={{ marginBottom: 16 }} />
        )}
        <Form<PasswordForm>
          layout="vertical"
          onFinish={(v) => change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })}
        >
          <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('auth.newPassword')}
            extra={t('auth.passwordRule')}
            rules={[{ required: true }, zodRule(newPasswordSchema, t)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('auth.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_r, value: unknown) =>
                  value && value !== getFieldValue('newPassword')
                    ? Promise.reject(new Error(t('auth.passwordMismatch')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
            {user.mustChangePassword ? (
              <Button
                type="link"
                onClick={() => void logout(client).then(() => navigate('/login', { replace: true }))}
              >
                {t('auth.logout')}
              </Button>
            ) : (
              <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
            )}
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
