import { Alert, Button, Checkbox, Drawer, Form, Grid, Input, InputNumber, Modal, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  daysBetween,
  entryModeLabels,
  entryModes,
  shanghaiDate,
  supervisionItemLabels,
  supervisionItems,
  taskItemLabels,
  taskItems,
  worklogLimits,
  type EntryMode,
  type EntryType,
  type EntryView,
  type SupervisionItem,
  type TaskItem,
} from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useEntryMutations, type AmendInput } from '../api';
import { typeOrder } from '../formModel';
import { useLabel } from '../labels';
import { DateField } from './DateField';
import { TypeChips } from './TypeChips';

interface AmendValues {
  dates: [Dayjs, Dayjs];
  type: EntryType;
  mode: EntryMode;
  content: string;
  thoughts: string;
  audience: number | null;
  taskItems: TaskItem[];
  supervisionItems: SupervisionItem[];
  reason: string;
}

const column: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 6 };

/** L4: more than 7 days after it was written, an entry changes only with a reason. */
export function needsReason(entry: EntryView): boolean {
  return (
    daysBetween(shanghaiDate(new Date(entry.createdAt)), shanghaiDate(new Date())) >
    worklogLimits.amendFreelyDays
  );
}

/** L4: an amendment sends only what changed; the server keeps the replaced text as a revision. */
export function AmendDrawer({
  entry,
  open,
  onClose,
}: {
  entry: EntryView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<AmendValues>();
  const type = Form.useWatch('type', form);
  const { amend } = useEntryMutations(entry.id);
  const reasonRequired = needsReason(entry);

  const submit = (v: AmendValues) => {
    const next: AmendInput['changes'] = {
      dateFrom: v.dates[0].format('YYYY-MM-DD'),
      dateTo: v.dates[1].format('YYYY-MM-DD'),
      type: v.type,
      mode: v.mode,
      content: v.content.trim(),
      thoughts: v.thoughts.trim(),
      audience: v.type === 'lecture' ? v.audience : null,
      taskItems: v.taskItems,
      supervisionItems: v.type === 'supervision' ? v.supervisionItems : [],
    };
    const changes: AmendInput['changes'] = {};
    for (const [key, value] of Object.entries(next) as [keyof AmendInput['changes'], unknown][]) {
      if (JSON.stringify(value) !== JSON.stringify(entry[key])) Object.assign(changes, { [key]: value });
    }
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    amend.mutate(
      { version: entry.version, reason: v.reason.trim(), changes },
      {
        onSuccess: () => {
          notifySuccess(t('worklog.detail.amended'));
          onClose();
        },
      },
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('worklog.detail.amendTitle')}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={
        <Button
          type="primary"
          block
          loading={amend.isPending}
          onClick={() => form.submit()}
          data-testid="amend-save"
        >
          {t('worklog.actions.save')}
        </Button>
      }
    >
      <Alert
        type={reasonRequired ? 'warning' : 'info'}
        showIcon
        title={t(
          reasonRequired ? 'worklog.detail.amendReasonRequired' : 'worklog.detail.amendReasonOptional',
        )}
        style={{ marginBottom: 12 }}
      />
      <Form<AmendValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          dates: [dayjs(entry.dateFrom), dayjs(entry.dateTo)],
          type: entry.type,
          mode: entry.mode,
          content: entry.content,
          thoughts: entry.thoughts,
          audience: entry.audience,
          taskItems: entry.taskItems,
          supervisionItems: entry.supervisionItems,
          reason: '',
        }}
      >
        <Form.Item
          name="reason"
          label={t('worklog.detail.amendReason')}
          rules={[
            {
              required: reasonRequired,
              whitespace: true,
              min: reasonRequired ? 2 : 0,
              message: t('validation.required'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="amend-reason" />
        </Form.Item>
        <Form.Item name="dates" label={t('worklog.form.date')}>
          <DateField />
        </Form.Item>
        <Form.Item name="type" label={t('worklog.form.type')}>
          <TypeChips order={typeOrder(undefined)} />
        </Form.Item>
        <Form.Item name="mode" label={t('worklog.form.mode')}>
          <Segmented<EntryMode>
            block
            options={entryModes.map((m) => ({ value: m, label: label(entryModeLabels[m]) }))}
          />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('worklog.form.content')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={worklogLimits.contentMax}
            data-testid="amend-content"
          />
        </Form.Item>
        <Form.Item name="thoughts" label={t('worklog.form.thoughts')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={worklogLimits.thoughtsMax} />
        </Form.Item>
        {type === 'lecture' && (
          <Form.Item name="audience" label={t('worklog.form.audience')}>
            <InputNumber min={0} max={100_000} precision={0} style={{ width: 150 }} />
          </Form.Item>
        )}
        {type === 'supervision' && (
          <Form.Item name="supervisionItems" label={t('worklog.form.supervisionItems')}>
            <Checkbox.Group
              style={column}
              options={supervisionItems.map((s) => ({ value: s, label: label(supervisionItemLabels[s]) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="taskItems" label={t('worklog.form.taskItems')}>
          <Checkbox.Group
            style={column}
            options={taskItems.map((k) => ({ value: k, label: label(taskItemLabels[k]) }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** L4: users never delete; a withdrawn entry stays visible, marked, and stops counting. */
export function WithdrawModal({
  entry,
  open,
  onClose,
}: {
  entry: EntryView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { withdraw } = useEntryMutations(entry.id);
  return (
    <Modal
      open={open}
      title={t('worklog.detail.withdrawTitle')}
      onCancel={onClose}
      okText={t('worklog.actions.withdraw')}
      okButtonProps={{ danger: true, loading: withdraw.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('worklog.detail.withdrawHelp')} style={{ marginBottom: 12 }} />
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          withdraw.mutate(
            { version: entry.version, reason: v.reason.trim() },
            {
              onSuccess: () => {
                notifySuccess(t('worklog.detail.withdrawnOk'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('worklog.detail.withdrawReason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            data-testid="withdraw-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
