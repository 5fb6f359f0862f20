import { Upload, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { limits } from '@grassroots/core';
import { notifyError } from '../../../app/errors';

interface Props {
  file: File | null;
  onFile: (file: File | null) => void;
}

const accepted = /\.(xlsx|csv)$/i;

/** Step 2: one .xlsx or .csv file, kept in the browser until the preview sends it. */
export function UploadStep({ file, onFile }: Props) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept=".xlsx,.csv"
      maxCount={1}
      multiple={false}
      fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
      beforeUpload={(f) => {
        if (!accepted.test(f.name)) {
          notifyError(t('imports.wrongType'));
          return Upload.LIST_IGNORE;
        }
        if (f.size > limits.importFileBytes) {
          notifyError(t('imports.tooLarge', { mb: limits.importFileBytes / 1024 / 1024 }));
          return Upload.LIST_IGNORE;
        }
        onFile(f);
        return false;
      }}
      onRemove={() => onFile(null)}
      data-testid="upload"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('imports.dropHere')}</p>
      <Typography.Text type="secondary">{t('imports.uploadHelp')}</Typography.Text>
    </Upload.Dragger>
  );
}
