import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function YouthPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('youth.title')}</Typography.Title>;
}
