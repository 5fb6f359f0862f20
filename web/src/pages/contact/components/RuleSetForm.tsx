import {
  Alert,
  Button,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  InputNumber,
  Row,
  Select,
  Skeleton,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_QUOTAS,
  defaultRuleSet,
  prorateQuota,
  type QuotaNumbers,
  type QuotaRuleSet,
} from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useOrganMutations, useRuleSet } from '../api';

interface Values {
  factor: number;
  startDate: Dayjs;
  quotas: QuotaNumbers;
  midTerm: Dayjs | null;
  researchReport: Dayjs;
  departmentPlan: Dayjs;
  weekObligationDays: number;
}

const quotaFields = Object.keys(DEFAULT_QUOTAS) as (keyof QuotaNumbers)[];
const factors = [1, 2 / 3, 1 / 2, 1 / 3, 1 / 4] as const;
const day = (s: string) => dayjs(s, 'YYYY-MM-DD');
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

function toValues(r: QuotaRuleSet): Values {
  return {
    factor: r.factor,
    startDate: day(r.startDate),
    quotas: { ...r.quotas },
    midTerm: r.deadlines.midTerm ? day(r.deadlines.midTerm) : null,
    researchReport: day(r.deadlines.researchReport),
    departmentPlan: day(r.deadlines.departmentPlan),
    weekObligationDays: r.weekObligationDays,
  };
}

/** C4/C5/C6/C9/C10: the organ's rule set of the year — quotas (seed defaults), start-year factor, deadlines. */
export function RuleSetForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const reply = useRuleSet(year);
  const { ruleSet: save } = useOrganMutations(year);
  const [form] = Form.useForm<Values>();
  const factor = Form.useWatch('factor', form);
  const quotas = Form.useWatch('quotas', form) as QuotaNumbers | undefined;
  if (!reply.data) return <Skeleton active />;
  const { ruleSet, version, isDefault } = reply.data;

  const effective = (field: keyof QuotaNumbers): string => {
    const quota: unknown = quotas?.[field];
    // The upper end of 2–3 concrete tasks is a ceiling on the proposal, not a target (C4).
    if (field === 'concreteTasksMax') return '';
    if (typeof quota !== 'number' || !Number.isInteger(quota) || quota < 0 || !factor) return '';
    return t('contact.rules.effective', { n: prorateQuota(quota, factor) });
  };
  const factorOptions = [...new Set([...factors, ruleSet.factor])].map((f) => ({
    value: f,
    label: t('contact.rules.factorOption', { percent: Math.round(f * 1000) / 10 }),
  }));

  const submit = (v: Values) =>
    save.mutate(
      {
        version,
        factor: v.factor,
        startDate: iso(v.startDate),
        quotas: v.quotas,
        deadlines: {
          midTerm: v.midTerm ? iso(v.midTerm) : null,
          researchReport: iso(v.researchReport),
          departmentPlan: iso(v.departmentPlan),
        },
        weekObligationDays: v.weekObligationDays,
      },
      { onSuccess: () => notifySuccess(t('common.saved')) },
    );

  const inYear = (d: Dayjs) => d.year() !== year;
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <Form<Values>
      key={version ?? 'default'}
      form={form}
      layout="vertical"
      initialValues={toValues(ruleSet)}
      onFinish={submit}
      data-testid="rule-set-form"
    >
      {isDefault && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('contact.rules.isDefault')} />
      )}
      <Row gutter={16}>
        <Col xs={24} sm={12} md={8}>
          <Form.Item
            name="factor"
            label={t('contact.rules.factor')}
            extra={t('contact.rules.factorHelp')}
            rules={required}
          >
            <Select options={factorOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="startDate" label={t('contact.rules.startDate')} rules={required}>
            <DatePicker style={{ width: '100%' }} disabledDate={inYear} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name="weekObligationDays" label={t('contact.rules.weekObligationDays')} rules={required}>
            <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('contact.rules.quotas')}</Divider>
      <Row gutter={16}>
        {quotaFields.map((field) => (
          <Col key={field} xs={12} md={8} xl={6}>
            <Form.Item
              name={['quotas', field]}
              label={t(`contact.rules.quota.${field}`)}
              rules={required}
              extra={effective(field)}
            >
              <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start">{t('contact.rules.deadlines')}</Divider>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="midTerm" label={t('contact.rules.midTerm')} extra={t('contact.rules.midTermHelp')}>
            <DatePicker style={{ width: '100%' }} disabledDate={inYear} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="researchReport" label={t('contact.rules.researchReport')} rules={required}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="departmentPlan" label={t('contact.rules.departmentPlan')} rules={required}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-rule-set">
          {t('common.save')}
        </Button>
        <Button onClick={() => form.setFieldsValue(toValues(defaultRuleSet(ruleSet.organId, year)))}>
          {t('contact.rules.resetDefaults')}
        </Button>
      </Flex>
    </Form>
  );
}
