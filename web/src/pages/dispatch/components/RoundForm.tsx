import { useRef } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { dispatchLimits, type RoundView } from '@grassroots/core';
import { defaultBatches, type Batch } from '@grassroots/core/dispatch/index';
import { notifySuccess } from '../../../app/errors';
import { useCreateRound, useRoundMutations } from '../api';

// D1: a round's name, start year and the dates of its batches (the seed's calendar by default).

type Range = [Dayjs, Dayjs];
interface Values {
  name: string;
  startYear: number;
  batches: Range[];
}

const iso = 'YYYY-MM-DD';
const toRanges = (batches: readonly Batch[]): Range[] => batches.map((b) => [dayjs(b.start), dayjs(b.end)]);
const toBatches = (ranges: readonly Range[]): Batch[] =>
  ranges.map(([start, end], i) => ({ id: i + 1, start: start.format(iso), end: end.format(iso) }));

/** D1: batches follow one another without overlapping. */
function orderRule(t: TFunction, index: number) {
  return ({ getFieldValue }: Pick<FormInstance<Values>, 'getFieldValue'>) => ({
    validator: (_: unknown, value: Range | undefined) => {
      const prev = (getFieldValue('batches') as (Range | undefined)[])[index - 1];
      if (!value || !prev || value[0].isAfter(prev[1], 'day')) return Promise.resolve();
      return Promise.reject(new Error(t('dispatch.rounds.overlap')));
    },
  });
}

function BatchFields({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <Form.Item
          key={i}
          name={['batches', i]}
          label={t('dispatch.batchName', { n: i + 1 })}
          dependencies={i > 0 ? [['batches', i - 1]] : []}
          rules={[{ required: true, message: t('validation.required') }, orderRule(t, i)]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      ))}
    </>
  );
}

export function defaultRoundName(t: TFunction, year: number): string {
  return t('dispatch.rounds.defaultName', { from: year, to: year + 2 });
}

export function CreateRoundModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (round: RoundView) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound();
  const year = new Date().getFullYear();
  const initial: Values = {
    name: defaultRoundName(t, year),
    startYear: year,
    batches: toRanges(defaultBatches(year)),
  };
  const lastYear = useRef(year);

  const onYear = (value: number | null) => {
    if (value === null || value < 2000 || value > 2100) return;
    // D1: a new start year brings the seed's calendar for that year; dates stay editable.
    form.setFieldValue('batches', toRanges(defaultBatches(value)));
    const name = form.getFieldValue('name') as string | undefined;
    if (!name || name === defaultRoundName(t, lastYear.current))
      form.setFieldValue('name', defaultRoundName(t, value));
    lastYear.current = value;
  };

  const submit = async (v: Values) => {
    const round = await create.mutateAsync({
      name: v.name,
      startYear: v.startYear,
      batches: toBatches(v.batches),
    });
    notifySuccess(t('dispatch.rounds.created'));
    form.resetFields();
    onCreated(round);
  };

  return (
    <Modal
      open={open}
      title={t('dispatch.rounds.create')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v).catch(() => undefined)}
        data-testid="round-form"
      >
        <Form.Item
          name="name"
          label={t('dispatch.rounds.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={dispatchLimits.roundNameMax} />
        </Form.Item>
        <Form.Item
          name="startYear"
          label={t('dispatch.rounds.startYear')}
          extra={t('dispatch.rounds.calendarHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={2000} max={2100} precision={0} onChange={onYear} style={{ width: 160 }} />
        </Form.Item>
        <BatchFields count={4} />
      </Form>
    </Modal>
  );
}

/** D1: dates stay editable while the round is being planned (S6: a stale version gets 409). */
export function CalendarModal({
  round,
  open,
  onClose,
}: {
  round: RoundView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { update } = useRoundMutations(round.id);
  const submit = async (v: Values) => {
    await update.mutateAsync({ version: round.version, name: v.name, batches: toBatches(v.batches) });
    notifySuccess(t('common.saved'));
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('dispatch.rounds.editCalendar')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ name: round.name, startYear: round.startYear, batches: toRanges(round.batches) }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Form.Item
          name="name"
          label={t('dispatch.rounds.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={dispatchLimits.roundNameMax} />
        </Form.Item>
        <Form.Item name="startYear" hidden>
          <InputNumber />
        </Form.Item>
        <BatchFields count={round.batches.length} />
        <div style={{ color: 'rgba(0,0,0,0.45)' }}>{t('dispatch.rounds.calendarStale')}</div>
      </Form>
    </Modal>
  );
}
