import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { acceptSession, useSession, type SessionReply } from '../../app/session';
import { LanguageSwitch } from '../../app/LanguageSwitch';

interface LoginForm {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));

  const login = useMutation({
    mutationFn: (body: LoginForm) => api.post<SessionReply>('/auth/login', body),
    meta: { silent: true },
    onSuccess: (reply) => {
      acceptSession(client, reply);
      void navigate(reply.user.mustChangePassword ? '/password' : next, { replace: true });
    },
    onError: (err) => setError(err instanceof ApiError ? err.message : t('errors.network')),
  });

  if (session.data && !login.isPending) return <Navigate to={next} replace />;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 8 }}>
          {t('app.name')}
        </Typography.Title>
        <Form<LoginForm>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => {
            setError(null);
            login.mutate(values);
          }}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error && (
            <Alert
              type="error"
              title={error}
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
