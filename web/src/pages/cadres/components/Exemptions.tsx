import { useState } from 'react';
import {
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { exemptionBody, type ExemptionView } from '@grassroots/core';
import { formatDateTime } from '../../../app/format';
import { notifySuccess } from '../../../app/errors';
import { zodRule } from '../../../components/zodRule';
import type { ExemptionInput } from '../api';

const scopes = ['all', 'dispatch', 'contact'] as const;

interface FormValues {
  scope: ExemptionInput['scope'];
  reason: string;
  approver: string;
  approvedOn: Dayjs;
  year?: number | null;
}

interface Props {
  exemptions: readonly ExemptionView[];
  editable: boolean;
  adding: boolean;
  onAdd: (body: ExemptionInput) => Promise<unknown>;
  onRevoke: (id: string) => Promise<unknown>;
}

/** R4/C1: an exemption (不参加) is a record with reason, approver and approval date, not a bare flag. */
export function Exemptions({ exemptions, editable, adding, onAdd, onRevoke }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();

  const submit = async (v: FormValues) => {
    await onAdd({
      scope: v.scope,
      reason: v.reason,
      approver: v.approver,
      approvedOn: v.approvedOn.format('YYYY-MM-DD'),
      year: v.year ?? null,
    });
    notifySuccess(t('common.saved'));
    form.resetFields();
    setOpen(false);
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('exemptions.title')}
        </Typography.Title>
        {editable && !open && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('exemptions.add')}
          </Button>
        )}
      </Flex>
      {open && (
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ scope: 'all' }}
          onFinish={(v) => void submit(v).catch(() => undefined)}
          style={{ padding: 12, background: '#fafafa', marginBottom: 12, borderRadius: 6 }}
        >
          <Form.Item name="scope" label={t('exemptions.scope')} rules={[{ required: true }]}>
            <Select options={scopes.map((s) => ({ value: s, label: t(`exemptions.scopes.${s}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('exemptions.reason')}
            rules={[{ required: true, whitespace: true }, zodRule(exemptionBody.shape.reason, t)]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="approver"
            label={t('exemptions.approver')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="approvedOn" label={t('exemptions.approvedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="year" label={t('exemptions.year')}>
              <InputNumber min={2000} max={2100} precision={0} />
            </Form.Item>
          </Flex>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={adding}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      )}
      <Table<ExemptionView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...exemptions]}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('exemptions.none') }}
        columns={[
          {
            title: t('exemptions.scope'),
            dataIndex: 'scope',
            render: (s: ExemptionView['scope']) => t(`exemptions.scopes.${s}`),
          },
          { title: t('exemptions.reason'), dataIndex: 'reason' },
          { title: t('exemptions.approver'), dataIndex: 'approver' },
          { title: t('exemptions.approvedOn'), dataIndex: 'approvedOn' },
          { title: t('exemptions.year'), dataIndex: 'year' },
          {
            title: t('common.status'),
            key: 'state',
            render: (_v, e) =>
              e.revokedAt ? (
                <Tag title={formatDateTime(e.revokedAt)}>{t('exemptions.revoked')}</Tag>
              ) : (
                <Tag color="orange">{t('exemptions.effective')}</Tag>
              ),
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_v: unknown, e: ExemptionView) =>
                    e.revokedAt ? null : (
                      <Popconfirm
                        title={t('exemptions.revokeConfirm')}
                        onConfirm={() => void onRevoke(e.id).catch(() => undefined)}
                      >
                        <Button size="small" type="link" danger>
                          {t('exemptions.revoke')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
