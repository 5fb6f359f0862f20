import { AutoComplete, Button, Collapse, Flex, Form, Input, List, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { columnMappingBody } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { zodRule } from '../../../components/zodRule';
import { knownHeaders, useMappingMutations, useMappings, type WizardKind } from '../api';

interface FormValues {
  name: string;
  pairs: { theirs: string; ours: string }[];
}

/** X8: save how another system's column headers map to ours, so its exports import as they are. */
export function MappingForm({ kind }: { kind: WizardKind }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const mappings = useMappings(kind);
  const { save, remove } = useMappingMutations();
  const finish = (v: FormValues) => {
    const columns = Object.fromEntries(v.pairs.map((p) => [p.theirs.trim(), p.ours.trim()]));
    save.mutate(
      { name: v.name, kind, columns },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          form.resetFields();
        },
      },
    );
  };
  const ours = knownHeaders[kind].map((h) => ({ value: h }));
  const body = (
    <>
      <List
        size="small"
        dataSource={mappings.data ?? []}
        locale={{ emptyText: t('imports.noMappings') }}
        renderItem={(m) => (
          <List.Item
            actions={[
              <Popconfirm key="del" title={t('common.deleteConfirm')} onConfirm={() => remove.mutate(m.id)}>
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                />
              </Popconfirm>,
            ]}
          >
            <Typography.Text>{m.name}</Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ marginLeft: 8 }}>
              {Object.entries(m.columns)
                .map(([a, b]) => `${a} → ${b}`)
                .join('；')}
            </Typography.Text>
          </List.Item>
        )}
      />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ pairs: [{ theirs: '', ours: '' }] }}
        onFinish={finish}
      >
        <Form.Item
          name="name"
          label={t('imports.mappingName')}
          rules={[{ required: true, whitespace: true }, zodRule(columnMappingBody.shape.name, t)]}
        >
          <Input maxLength={50} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.List name="pairs">
          {(fields, { add, remove: drop }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'theirs']}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <Input placeholder={t('imports.theirHeader')} maxLength={100} />
                  </Form.Item>
                  <span>→</span>
                  <Form.Item
                    name={[field.name, 'ours']}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <AutoComplete options={ours} placeholder={t('imports.ourHeader')} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => drop(field.name)} />}
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ theirs: '', ours: '' })}>
                {t('imports.addPair')}
              </Button>
            </>
          )}
        </Form.List>
        <Flex justify="flex-end" style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('imports.saveMapping')}
          </Button>
        </Flex>
      </Form>
    </>
  );
  return <Collapse items={[{ key: 'mapping', label: t('imports.mappingsTitle'), children: body }]} />;
}
