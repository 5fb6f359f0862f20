import { useState } from 'react';
import { Button, Form, Radio, Select, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadTemplate, useMappings, wizardKinds, type WizardKind } from '../api';
import { handleApiError } from '../../../app/errors';

interface Props {
  kind: WizardKind;
  mappingId: string | undefined;
  onKind: (kind: WizardKind) => void;
  onMapping: (id: string | undefined) => void;
}

/** Step 1: what to import, the template with our Chinese headers, and an optional saved mapping (X8). */
export function ChooseStep({ kind, mappingId, onKind, onMapping }: Props) {
  const { t } = useTranslation();
  const mappings = useMappings(kind);
  const [downloading, setDownloading] = useState(false);
  const fetchTemplate = () => {
    setDownloading(true);
    downloadTemplate(kind)
      .catch(handleApiError)
      .finally(() => setDownloading(false));
  };
  return (
    <Form layout="vertical">
      <Form.Item label={t('imports.kind')}>
        <Radio.Group
          value={kind}
          onChange={(e) => onKind(e.target.value as WizardKind)}
          optionType="button"
          options={wizardKinds.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('imports.template')} extra={t('imports.templateHelp')}>
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={fetchTemplate}
          data-testid="template"
        >
          {t('imports.downloadTemplate')}
        </Button>
      </Form.Item>
      <Form.Item label={t('imports.mapping')} extra={t('imports.mappingHelp')}>
        <Space wrap>
          <Select
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t('imports.noMapping')}
            value={mappingId}
            onChange={(id?: string) => onMapping(id)}
            loading={mappings.isPending}
            options={(mappings.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
          <Typography.Text type="secondary">{t('imports.mappingOptional')}</Typography.Text>
        </Space>
      </Form.Item>
    </Form>
  );
}
