import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { dispatchLimits } from '@grassroots/core';

// D7: a hand-edited plan is kept as a new version with a note; violations may remain in a draft.

interface Props {
  basedOn: number | null;
  violations: number;
  saving: boolean;
  onSave: (note: string) => void;
  onClose: () => void;
}

export function SaveModal({ basedOn, violations, saving, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('dispatch.save.title')}
      okText={t('common.save')}
      confirmLoading={saving}
      onOk={() => onSave(note.trim())}
      onCancel={onClose}
    >
      {basedOn !== null && <p>{t('dispatch.save.basedOn', { v: basedOn })}</p>}
      {violations > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('dispatch.save.withViolations', { n: violations })}
        />
      )}
      <Form layout="vertical">
        <Form.Item label={t('dispatch.save.note')}>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={dispatchLimits.noteMax}
            showCount
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('dispatch.save.notePlaceholder')}
            data-testid="save-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
