import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Spin,
  Typography,
} from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  difficultyTypes,
  isMinor,
  shanghaiDate,
  youthBody,
  youthGroupLabels,
  youthGroups,
  type YouthBody,
  type YouthView,
} from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { CountyCascader } from '../../../components/CountyCascader';
import { zodRule } from '../../../components/zodRule';
import { useLabel } from '../../worklog/labels';
import { useYouth, useYouthMutations } from '../api';
import { RevealPhone } from './RevealPhone';

type FormValues = Omit<YouthBody, 'phone'> & { newPhone: string };

const blank: FormValues = {
  name: '',
  gender: null,
  birthYear: null,
  newPhone: '',
  group: 'other',
  countyCode: null,
  organization: '',
  notes: '',
  relation: 'friend',
  difficultyType: null,
  helpPlan: '',
  helpOutcome: '',
  guardianConsent: false,
};

function toValues(v: YouthView): FormValues {
  const {
    phone: _p,
    id: _i,
    cadreId: _c,
    minor: _m,
    lastContact: _l,
    contactCount: _n,
    overdue: _o,
    knownToOtherCadres: _k,
    version: _v,
    ...rest
  } = v;
  return { ...rest, newPhone: '' };
}

function Facts({ youth }: { youth: YouthView }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">
        {youth.lastContact
          ? t('youth.detail.stats', { date: youth.lastContact, count: youth.contactCount })
          : t('youth.detail.statsNever')}
      </Typography.Text>
      {youth.overdue && <Alert type="warning" showIcon title={t('youth.detail.overdueHelp')} />}
      {youth.knownToOtherCadres && (
        <Alert type="info" showIcon title={t('youth.detail.knownElsewhereHelp')} />
      )}
    </Flex>
  );
}

/** Y1–Y4: a youth contact's detail and edit form, or a new one; the full phone only via a reason. */
export function YouthDrawer({ target, onClose }: { target: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const screens = Grid.useBreakpoint();
  const creating = target === 'new';
  const id = creating ? null : target;
  const query = useYouth(id);
  const { create, update } = useYouthMutations(id);
  const [form] = Form.useForm<FormValues>();
  const [revealing, setRevealing] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const relation = Form.useWatch('relation', form);
  const birthYear = Form.useWatch('birthYear', form);
  const minor = isMinor(birthYear ?? null, shanghaiDate(new Date()));
  const youth = query.data;

  useEffect(() => {
    setRevealed(null);
    if (creating) form.setFieldsValue(blank);
    else if (youth) form.setFieldsValue(toValues(youth));
  }, [creating, youth, form]);

  const submit = (v: FormValues) => {
    const { newPhone, ...fields } = v;
    const phone = newPhone.trim() || null;
    if (creating) {
      create.mutate(
        { ...fields, phone },
        {
          onSuccess: () => {
            notifySuccess(t('youth.detail.created'));
            onClose();
          },
        },
      );
      return;
    }
    if (!youth) return;
    const current = toValues(youth);
    const changes: Partial<YouthBody> = {};
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      if (JSON.stringify(fields[key]) !== JSON.stringify(current[key]))
        Object.assign(changes, { [key]: fields[key] });
    }
    if (phone) changes.phone = phone;
    update.mutate(
      { ...changes, version: youth.version },
      { onSuccess: () => notifySuccess(t('youth.detail.saved')) },
    );
  };

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={creating ? t('youth.detail.newTitle') : (youth?.name ?? t('youth.detail.title'))}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={
        <Button
          type="primary"
          block
          loading={create.isPending || update.isPending}
          onClick={() => form.submit()}
          data-testid="youth-save"
        >
          {t('common.save')}
        </Button>
      }
    >
      <Spin spinning={!creating && query.isPending}>
        {youth && <Facts youth={youth} />}
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          initialValues={blank}
        >
          <Form.Item
            name="name"
            label={t('youth.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input maxLength={50} data-testid="youth-name" />
          </Form.Item>
          {youth && (
            <Form.Item label={t('youth.fields.phone')}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text data-testid="youth-phone">
                  {revealed ?? youth.phone ?? t('youth.detail.phoneNone')}
                </Typography.Text>
                {youth.phone && !revealed && (
                  <Button
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => setRevealing(true)}
                    data-testid="reveal"
                  >
                    {t('youth.detail.reveal')}
                  </Button>
                )}
              </Flex>
            </Form.Item>
          )}
          <Form.Item
            name="newPhone"
            label={youth ? t('youth.detail.changePhone') : t('youth.fields.phone')}
            rules={[zodRule(youthBody.shape.phone, t)]}
          >
            <Input inputMode="tel" maxLength={11} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="gender" label={t('youth.fields.gender')} style={{ minWidth: 120 }}>
              <Radio.Group
                options={(['男', '女'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }))}
              />
            </Form.Item>
            <Form.Item name="birthYear" label={t('youth.fields.birthYear')}>
              <InputNumber min={1940} max={new Date().getFullYear()} precision={0} style={{ width: 120 }} />
            </Form.Item>
          </Flex>
          {minor && (
            <>
              <Alert
                type="warning"
                showIcon
                title={t('youth.detail.minorHelp')}
                style={{ marginBottom: 8 }}
              />
              <Form.Item
                name="guardianConsent"
                valuePropName="checked"
                rules={[
                  {
                    validator: (_r, v: boolean) =>
                      v ? Promise.resolve() : Promise.reject(new Error(t('youth.detail.consentRequired'))),
                  },
                ]}
              >
                <Checkbox>{t('youth.fields.guardianConsent')}</Checkbox>
              </Form.Item>
            </>
          )}
          <Form.Item name="group" label={t('youth.fields.group')}>
            <Select options={youthGroups.map((g) => ({ value: g, label: label(youthGroupLabels[g]) }))} />
          </Form.Item>
          <Form.Item name="countyCode" label={t('youth.fields.county')}>
            <CountyCascader style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="organization" label={t('youth.fields.organization')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="relation" label={t('youth.fields.relation')}>
            <Radio.Group
              optionType="button"
              options={(['friend', 'help_pair'] as const).map((r) => ({
                value: r,
                label: t(`youth.relation.${r}`),
              }))}
            />
          </Form.Item>
          {relation === 'help_pair' && (
            <>
              <Form.Item name="difficultyType" label={t('youth.fields.difficultyType')}>
                <Select
                  allowClear
                  options={difficultyTypes.map((d) => ({ value: d, label: t(`youth.difficulty.${d}`) }))}
                />
              </Form.Item>
              <Form.Item name="helpPlan" label={t('youth.fields.helpPlan')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
              <Form.Item name="helpOutcome" label={t('youth.fields.helpOutcome')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
            </>
          )}
          <Form.Item name="notes" label={t('youth.fields.notes')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </Form>
      </Spin>
      {id && (
        <RevealPhone id={id} open={revealing} onClose={() => setRevealing(false)} onRevealed={setRevealed} />
      )}
    </Drawer>
  );
}
