import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function WorklogPage() {
  const { t } = useTranslation();
  return <Typography.Title level={4}>{t('worklog.title')}</Typography.Title>;
}
