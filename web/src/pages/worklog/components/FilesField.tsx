import { Button, Flex, Typography, Upload } from 'antd';
import { CameraOutlined, DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { worklogLimits } from '@grassroots/core';
import { notifyError } from '../../../app/errors';
import type { PendingFile } from '../../../offline/outbox';

// L6/X7: photos and documents are optional evidence, never required to save. They stay on the device
// until the entry is sent (so an entry written offline keeps its photos); the server checks content.
const accept = '.jpg,.jpeg,.png,.webp,.gif,.pdf,.docx,.xlsx,.pptx';
const acceptedName = /\.(jpe?g|png|webp|gif|pdf|docx|xlsx|pptx)$/i;
const mb = worklogLimits.attachmentBytes / 1024 / 1024;

export function FilesField({
  value = [],
  onChange,
}: {
  value?: PendingFile[];
  onChange?: (files: PendingFile[]) => void;
}) {
  const { t } = useTranslation();
  const add = (files: File[]) => {
    const good: PendingFile[] = [];
    for (const file of files) {
      if (!acceptedName.test(file.name)) notifyError(t('worklog.form.fileType'));
      else if (file.size > worklogLimits.attachmentBytes) notifyError(t('worklog.form.fileTooLarge', { mb }));
      else good.push({ name: file.name, type: file.type, blob: file, attachmentId: null });
    }
    const next = [...value, ...good];
    if (next.length > worklogLimits.attachmentsMax) {
      notifyError(t('worklog.form.tooManyFiles', { count: worklogLimits.attachmentsMax }));
    }
    onChange?.(next.slice(0, worklogLimits.attachmentsMax));
  };
  return (
    <Flex vertical gap={6}>
      <Upload
        multiple
        accept={accept}
        showUploadList={false}
        beforeUpload={(file, list) => {
          if (file === list[0]) add(list);
          return false;
        }}
      >
        <Button icon={<CameraOutlined />}>{t('worklog.form.addFile')}</Button>
      </Upload>
      {value.map((file, i) => (
        <Flex key={`${file.name}-${i}`} align="center" gap={6}>
          <PaperClipOutlined />
          <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
            {file.name}
          </Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('worklog.actions.discard')}
            onClick={() => onChange?.(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
    </Flex>
  );
}
