import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function ContactPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('contact.title')}</Typography.Title>;
}
