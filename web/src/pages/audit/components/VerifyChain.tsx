import { Alert, Button, Space } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api';

interface VerifyReply {
  ok: boolean;
  checked: number;
  firstBroken: { chain: string; seq: number; id: number | null; problem: string } | null;
}

/** X2/S8: recompute the SM3 hash chain and say whether (and where) it was tampered with. */
export function VerifyChain() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.get<VerifyReply>('/audit/verify') });
  const reply = verify.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        data-testid="verify"
      >
        {t('audit.verify')}
      </Button>
      {reply?.ok && (
        <Alert
          type="success"
          showIcon
          title={t('audit.verifyOk', { checked: reply.checked })}
          data-testid="verify-result"
        />
      )}
      {reply && !reply.ok && (
        <Alert
          type="error"
          showIcon
          data-testid="verify-result"
          title={t('audit.verifyBroken', { checked: reply.checked })}
          description={
            reply.firstBroken
              ? t('audit.firstBroken', {
                  chain: reply.firstBroken.chain,
                  seq: reply.firstBroken.seq,
                  problem: reply.firstBroken.problem,
                })
              : undefined
          }
        />
      )}
    </Space>
  );
}
