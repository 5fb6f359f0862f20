import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert, App, Button, Checkbox, Collapse, Form, Input, InputNumber, Segmented } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  dispatchTaskLabels,
  dispatchTasks,
  entryModeLabels,
  entryModes,
  supervisionItemLabels,
  supervisionItems,
  taskItemLabels,
  taskItems,
  worklogLimits,
  type CountsView,
  type EntryMode,
} from '@grassroots/core';
import { PageCard } from '../../../components/PageCard';
import { notifyError, notifySuccess } from '../../../app/errors';
import { useUser } from '../../../app/session';
import { rejectedItems } from '../../../offline/outbox';
import { useOnline } from '../../../offline/useOutbox';
import { useContactPoints, useCounts, useRecent, worklogKeys } from '../api';
import { fromItem, initialValues, suggestedFor, toBody, typeOrder, type EntryFormValues } from '../formModel';
import { useLabel } from '../labels';
import { useSaveEntry } from '../useSaveEntry';
import { DateField } from './DateField';
import { FilesField } from './FilesField';
import { PeopleField } from './PeopleField';
import { PlaceField } from './PlaceField';
import { TypeChips } from './TypeChips';

const column: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 6 };

/** L1/L2: one ordinary entry, on one phone screen, in under 30 seconds; works offline (L3). */
export function EntryForm() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const online = useOnline();
  const save = useSaveEntry();
  const [form] = Form.useForm<EntryFormValues>();
  const [saving, setSaving] = useState(false);
  const [showThoughts, setShowThoughts] = useState(false);
  const year = new Date().getFullYear();
  const counts = useCounts(year, null, Boolean(user.cadreId));
  const recent = useRecent();
  const points = useContactPoints(year, user.cadreId);
  const type = Form.useWatch('type', form);
  const mode = Form.useWatch('mode', form);
  const replaces = (location.state as { replaces?: string } | null)?.replaces;

  // The chip order is fixed once the user starts choosing, so nothing jumps under a finger.
  const [order, setOrder] = useState(() =>
    typeOrder(client.getQueryData<CountsView>(worklogKeys.counts(year, null))?.counts),
  );
  useEffect(() => {
    if (counts.data && !form.getFieldValue('type')) setOrder(typeOrder(counts.data.counts));
  }, [counts.data, form]);

  // "Edit again" of an entry the server refused: the text comes back from the device.
  useEffect(() => {
    if (!replaces) return;
    void rejectedItems(user.id).then((items) => {
      const item = items.find((i) => i.key === replaces);
      if (!item) return;
      const values = fromItem(item);
      form.setFieldsValue(values);
      setShowThoughts(Boolean(values.thoughts));
    });
  }, [replaces, user.id, form]);

  const onFinish = async () => {
    // Every value, also of the fields not on screen (collapsed thoughts, the closed "more" panel).
    const stored = form.getFieldsValue(true) as Partial<EntryFormValues>;
    const values: EntryFormValues = { ...initialValues(), ...stored };
    const built = toBody(values);
    if (!built) {
      notifyError(t('validation.invalid'));
      return;
    }
    setSaving(true);
    try {
      const result = await save(built.body, built.display, values.files, replaces);
      if (result.kind === 'sent') notifySuccess(t('worklog.form.saved'));
      if (result.kind === 'queued')
        void message.warning({ content: t('worklog.form.queued'), key: 'queued' });
      if (result.kind === 'rejected') notifyError(result.message);
      if (result.kind === 'noStore') notifyError(t('worklog.form.noStore'));
      if (result.kind === 'sent' || result.kind === 'queued') void navigate('/logs');
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageCard
      title={t('worklog.form.title')}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/logs')}>
          {t('worklog.actions.back')}
        </Button>
      }
    >
      {!online && (
        <Alert
          type="warning"
          showIcon
          title={t('worklog.outbox.offlineBanner')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<EntryFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues()}
        onValuesChange={(changed: Partial<EntryFormValues>) => {
          if (changed.type) form.setFieldsValue({ taskItems: suggestedFor(changed.type) });
        }}
        onFinish={() => void onFinish()}
        data-testid="entry-form"
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="dates" label={t('worklog.form.date')} style={{ marginBottom: 12 }}>
          <DateField />
        </Form.Item>
        <Form.Item
          name="type"
          label={t('worklog.form.type')}
          rules={[{ required: true, message: t('validation.required') }]}
          style={{ marginBottom: 12 }}
        >
          <TypeChips order={order} />
        </Form.Item>
        <Form.Item name="mode" label={t('worklog.form.mode')} style={{ marginBottom: 12 }}>
          <Segmented<EntryMode>
            block
            options={entryModes.map((m) => ({ value: m, label: label(entryModeLabels[m]) }))}
            data-testid="mode"
          />
        </Form.Item>
        <Form.Item name="place" label={t('worklog.form.place')} style={{ marginBottom: 12 }}>
          <PlaceField recent={recent.data?.places ?? []} points={points.data?.points ?? []} />
        </Form.Item>
        <Form.Item name="people" label={t('worklog.form.people')} style={{ marginBottom: 12 }}>
          <PeopleField recent={recent.data} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('worklog.form.content')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: worklogLimits.contentMax, message: t('validation.tooBig') },
          ]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            placeholder={t('worklog.form.contentPlaceholder')}
            data-testid="content"
          />
        </Form.Item>
        {showThoughts ? (
          <Form.Item
            name="thoughts"
            label={t('worklog.form.thoughts')}
            rules={[{ max: worklogLimits.thoughtsMax, message: t('validation.tooBig') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} autoFocus />
          </Form.Item>
        ) : (
          <Button
            type="link"
            icon={<PlusOutlined />}
            onClick={() => setShowThoughts(true)}
            style={{ padding: 0, marginBottom: 12 }}
          >
            {t('worklog.form.addThoughts')}
          </Button>
        )}
        {type === 'lecture' && (
          <Form.Item name="audience" label={t('worklog.form.audience')}>
            <InputNumber min={0} max={100_000} precision={0} inputMode="numeric" style={{ width: 150 }} />
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
        <Form.Item name="files" label={t('worklog.form.files')} extra={t('worklog.form.filesHelp')}>
          <FilesField />
        </Form.Item>
        <Collapse
          ghost
          size="small"
          style={{ marginBottom: 12, marginInline: -16 }}
          items={[
            {
              key: 'more',
              label: t('worklog.form.more'),
              forceRender: true,
              children: (
                <>
                  {mode === 'face_to_face' && (
                    <Form.Item name="onSite" valuePropName="checked" style={{ marginBottom: 8 }}>
                      <Checkbox>{t('worklog.form.onSite')}</Checkbox>
                    </Form.Item>
                  )}
                  <Form.Item name="placeText" label={t('worklog.form.placeText')}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name="dispatchTasks" label={t('worklog.form.dispatchTasks')}>
                    <Checkbox.Group
                      style={column}
                      options={dispatchTasks.map((d) => ({ value: d, label: label(dispatchTaskLabels[d]) }))}
                    />
                  </Form.Item>
                  <Form.Item name="proposeCase" valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t('worklog.form.proposeCase')}</Checkbox>
                  </Form.Item>
                </>
              ),
            },
          ]}
        />
        <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0', zIndex: 2 }}>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={saving}
            data-testid="save-entry"
          >
            {t('worklog.actions.save')}
          </Button>
        </div>
      </Form>
    </PageCard>
  );
}
