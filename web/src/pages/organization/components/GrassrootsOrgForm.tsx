import { Button, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { grassrootsOrgBody, grassrootsOrgTypes, type GrassrootsOrgView } from '@grassroots/core';
import { api, ApiError } from '../../../app/api';
import { notifySuccess } from '../../../app/errors';
import { CountyCascader } from '../../../components/CountyCascader';
import { zodRule } from '../../../components/zodRule';

type OrgType = (typeof grassrootsOrgTypes)[number];
interface FormValues {
  name: string;
  type: OrgType;
  countyCode: string;
  address: string;
  twoNew: boolean;
  contactPerson: string;
}

interface Props {
  /** the record to edit, 'new' to create, null when closed */
  target: GrassrootsOrgView | 'new' | null;
  onClose: () => void;
}

/** R3 create/edit; edits carry the version so a concurrent change answers 409 (S6). */
export function GrassrootsOrgForm({ target, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const editing = target !== null && target !== 'new' ? target : null;
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      editing
        ? api.patch<GrassrootsOrgView>(`/grassroots-orgs/${editing.id}`, { ...v, version: editing.version })
        : api.post<GrassrootsOrgView>('/grassroots-orgs', v),
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await client.invalidateQueries({ queryKey: ['grassroots-orgs'] });
      onClose();
    },
    onError: async (err) => {
      // S6: someone else saved first; reopen from the refreshed list to edit the latest version.
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') {
        await client.invalidateQueries({ queryKey: ['grassroots-orgs'] });
        onClose();
      }
    },
  });
  const shape = grassrootsOrgBody.shape;
  const initial: Partial<FormValues> = editing ?? { address: '', contactPerson: '', twoNew: false };

  return (
    <Modal
      open={target !== null}
      title={editing ? t('grassroots.edit') : t('grassroots.create')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<FormValues> layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="name"
          label={t('grassroots.name')}
          rules={[{ required: true, whitespace: true }, zodRule(shape.name, t)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="type" label={t('grassroots.type')} rules={[{ required: true }]}>
          <Select options={grassrootsOrgTypes.map((x) => ({ value: x, label: t(`grassrootsType.${x}`) }))} />
        </Form.Item>
        <Form.Item
          name="countyCode"
          label={t('grassroots.county')}
          rules={[{ required: true }, zodRule(shape.countyCode, t)]}
        >
          <CountyCascader />
        </Form.Item>
        <Form.Item name="address" label={t('grassroots.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contactPerson" label={t('grassroots.contactPerson')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="twoNew"
          label={t('grassroots.twoNew')}
          valuePropName="checked"
          extra={t('grassroots.twoNewHelp')}
        >
          <Switch />
        </Form.Item>
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
