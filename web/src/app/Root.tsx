import { useEffect } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zh_CN from 'antd/locale/zh_CN';
import en_US from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { useTranslation } from 'react-i18next';
import { queryClient } from './queryClient';
import { router } from './router';
import { bindErrorUi, bindNavigate, bindSessionLost } from './errors';
import { dropSession } from './session';
import './global.css';

function ErrorUiBridge() {
  const { message } = AntApp.useApp();
  useEffect(() => {
    bindErrorUi(message);
    bindNavigate((to) => void router.navigate(to));
    bindSessionLost(() => void dropSession(queryClient, { keepOutbox: true }));
  }, [message]);
  return null;
}

export function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? en_US : zh_CN}
      theme={{ token: { colorPrimary: '#c41d1d', borderRadius: 6 } }}
    >
      <AntApp>
        <ErrorUiBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
