import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { cadreBody, cadreStatus, countyCode, gender, postType, ranks } from '@grassroots/core';
import type { CadreBody, CadreView } from '@grassroots/core';
import { useDepartments } from '../../../components/referenceData';
import { CountyCascader } from '../../../components/CountyCascader';
import { issueMessage, zodRule } from '../../../components/zodRule';
import { useUser } from '../../../app/session';

interface FormValues {
  name: string;
  gender?: '男' | '女';
  departmentId: string;
  rank: CadreBody['rank'];
  postType: CadreBody['postType'];
  internalPost: boolean;
  hireDate?: Dayjs | null;
  probationEnd?: Dayjs | null;
  grassrootsMonths: number;
  nativeCountyCode?: string;
  previousCountyCodes: string[];
  phone: string;
  status: CadreBody['status'];
}

function toValues(cadre: CadreView | undefined): Partial<FormValues> {
  if (!cadre)
    return {
      postType: 'full_time',
      internalPost: false,
      grassrootsMonths: 0,
      status: 'active',
      previousCountyCodes: [],
    };
  return {
    ...cadre,
    gender: cadre.gender ?? undefined,
    hireDate: cadre.hireDate ? dayjs(cadre.hireDate) : null,
    probationEnd: cadre.probationEnd ? dayjs(cadre.probationEnd) : null,
    nativeCountyCode: cadre.nativeCountyCode ?? undefined,
  };
}

function toBody(v: FormValues): CadreBody {
  return {
    name: v.name,
    gender: v.gender ?? null,
    departmentId: v.departmentId,
    rank: v.rank,
    postType: v.postType,
    internalPost: v.internalPost,
    hireDate: v.hireDate ? v.hireDate.format('YYYY-MM-DD') : null,
    probationEnd: v.probationEnd ? v.probationEnd.format('YYYY-MM-DD') : null,
    grassrootsMonths: v.grassrootsMonths,
    nativeCountyCode: v.nativeCountyCode ?? null,
    previousCountyCodes: v.previousCountyCodes,
    phone: v.phone,
    status: v.status,
  };
}

interface Props {
  cadre?: CadreView;
  submitting: boolean;
  onSubmit: (body: CadreBody) => void;
  onCancel: () => void;
}

/** R4 cadre record; validated with the contract's zod schema before it is sent. */
export function CadreForm({ cadre, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const departments = useDepartments(cadre?.organId ?? user.organId);
  const [form] = Form.useForm<FormValues>();
  const shape = cadreBody.shape;

  const finish = (values: FormValues) => {
    const body = toBody(values);
    const parsed = cadreBody.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((issue) => ({
          name: String(issue.path[0] ?? 'name') as keyof FormValues,
          errors: [issueMessage(issue, t)],
        })),
      );
      return;
    }
    onSubmit(body);
  };

  const half = { xs: 24, sm: 12 };
  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={toValues(cadre)} onFinish={finish}>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            name="name"
            label={t('cadres.name')}
            rules={[{ required: true, whitespace: true }, zodRule(shape.name, t)]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="gender" label={t('cadres.gender')}>
            <Select allowClear options={gender.options.map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="departmentId" label={t('cadres.department')} rules={[{ required: true }]}>
            <Select options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="rank" label={t('cadres.rank')} rules={[{ required: true }]}>
            <Select options={ranks.map((r) => ({ value: r, label: t(`rank.${r}`) }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="postType" label={t('cadres.postType')} rules={[{ required: true }]}>
            <Select options={postType.options.map((p) => ({ value: p, label: t(`postType.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="status" label={t('cadres.status')} rules={[{ required: true }]}>
            <Select options={cadreStatus.options.map((s) => ({ value: s, label: t(`cadreStatus.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="hireDate" label={t('cadres.hireDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="probationEnd" label={t('cadres.probationEnd')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="grassrootsMonths"
            label={t('cadres.grassrootsMonths')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="phone"
            label={t('cadres.phone')}
            rules={[{ required: true }, zodRule(shape.phone, t)]}
          >
            <Input inputMode="tel" maxLength={11} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="nativeCountyCode" label={t('cadres.nativeCounty')}>
            <CountyCascader />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="internalPost" label={t('cadres.internalPost')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="previousCountyCodes"
            label={t('cadres.previousCounties')}
            extra={t('cadres.previousCountiesHelp')}
            rules={[
              {
                validator: (_r, value: unknown) => {
                  const codes: unknown[] = Array.isArray(value) ? value : [];
                  return codes.every((c) => countyCode.safeParse(c).success)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.countyCode')));
                },
              },
            ]}
          >
            <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="cadre-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
