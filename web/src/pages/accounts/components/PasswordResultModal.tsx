import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The new password is shown once; the user must change it at next login (S1). */
export function PasswordResultModal({ password, onClose }: { password: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={password !== null}
      title={t('accounts.passwordReset')}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <Alert type="info" showIcon title={t('accounts.passwordShownOnce')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph copyable={{ text: password ?? '' }} code style={{ fontSize: 18 }}>
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
