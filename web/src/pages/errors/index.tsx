import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

function BackHome() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <Button type="primary" onClick={() => void navigate('/')}>
      {t('errors.backHome')}
    </Button>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('errors.forbidden')} extra={<BackHome />} />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('errors.notFound')} extra={<BackHome />} />;
}
