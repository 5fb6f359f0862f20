import { useState } from 'react';
import { Alert, Button, Flex, Modal, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportReply } from '@grassroots/core';
import { api, download } from '../../../app/api';
import { Counts } from '../../imports/components/Counts';

// R5/Y1: a cadre imports their own contacts from the template: preview (dry run), then commit.
async function upload(file: File, dryRun: boolean): Promise<ImportReply> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ImportReply>('/imports/youth', form, { dryRun: String(dryRun) });
}

export function ImportYouth({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [reply, setReply] = useState<ImportReply | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      setReply(await upload(file, dryRun));
      if (!dryRun) await client.invalidateQueries({ queryKey: ['youth'] });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setFile(null);
    setReply(null);
    onClose();
  };
  const committed = reply !== null && !reply.dryRun;

  return (
    <Modal
      open={open}
      title={t('youth.import.title')}
      onCancel={close}
      destroyOnHidden
      footer={
        committed ? (
          <Button type="primary" onClick={close} data-testid="youth-import-done">
            {t('youth.import.done')}
          </Button>
        ) : (
          <Flex gap={8} justify="end" wrap>
            <Button
              disabled={!file}
              loading={busy}
              onClick={() => void run(true)}
              data-testid="youth-import-preview"
            >
              {t('youth.import.preview')}
            </Button>
            <Button
              type="primary"
              disabled={!reply}
              loading={busy}
              onClick={() => void run(false)}
              data-testid="youth-import-commit"
            >
              {t('youth.import.commit')}
            </Button>
          </Flex>
        )
      }
    >
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('youth.import.help')} />
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void download('/imports/youth/template', 'youth.xlsx')}
          >
            {t('youth.import.template')}
          </Button>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setReply(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setReply(null);
            }}
          >
            <Button icon={<UploadOutlined />}>{t('youth.import.choose')}</Button>
          </Upload>
        </Flex>
        {reply && <Counts reply={reply} />}
        {reply && reply.errors.length > 0 && (
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}`}
            dataSource={reply.errors}
            pagination={{ pageSize: 5 }}
            scroll={{ x: true }}
            columns={[
              { title: t('youth.import.row'), dataIndex: 'row', width: 64 },
              { title: t('youth.import.column'), dataIndex: 'column', width: 110 },
              { title: t('youth.import.message'), dataIndex: 'message' },
            ]}
          />
        )}
        {committed && <Alert type="success" showIcon title={t('youth.import.saved')} />}
      </Flex>
    </Modal>
  );
}
