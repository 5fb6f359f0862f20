import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function DispatchPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('dispatch.title')}</Typography.Title>;
}
