import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYouthMutations } from '../api';

/** Y4: the full number, only with a recorded reason (audited on the server). */
export function RevealPhone({
  id,
  open,
  onClose,
  onRevealed,
}: {
  id: string;
  open: boolean;
  onClose: () => void;
  onRevealed: (phone: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { reveal } = useYouthMutations(id);
  return (
    <Modal
      open={open}
      title={t('youth.detail.revealTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: reveal.isPending }}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('youth.detail.revealHelp')} style={{ marginBottom: 12 }} />
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          reveal.mutate(v.reason.trim(), {
            onSuccess: (reply) => {
              onRevealed(reply.phone);
              onClose();
            },
          })
        }
      >
        <Form.Item
          name="reason"
          label={t('youth.detail.revealReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('validation.tooSmall') }]}
        >
          <Input maxLength={200} data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
