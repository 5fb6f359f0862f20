import type { ReactNode } from 'react';
import { Alert, Button, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  concreteTask,
  supervisionItemLabels,
  supervisionItems,
  taskItems,
  taskProposal,
  type QuotaNumbers,
  type TaskItem,
  type TaskListView,
  type TaskProposal,
} from '@grassroots/core';
import { zodRule } from '../../../components/zodRule';
import { notifySuccess } from '../../../app/errors';
import { useContactMutations } from '../api';
import { useLabel } from '../shared';
import { ItemBlock } from './ItemBlock';

interface FormValues {
  items: Record<TaskItem, string>;
  researchTopic: string;
  lectureTopics: string[];
  concreteTasks: { title: string }[];
}

function initialValues(view: TaskListView, min: number): FormValues {
  const p = view.proposal;
  const tasks = p.concreteTasks.map((c) => ({ title: c.title }));
  while (tasks.length < min) tasks.push({ title: '' });
  return {
    items: p.items,
    researchTopic: p.researchTopic,
    lectureTopics: p.lectureTopics,
    concreteTasks: tasks,
  };
}

/**
 * C3 个人提: the cadre writes the four items beside the organ's guidance, the research topic, the
 * lecture topics and 2–3 concrete tasks (C4), and submits them for the department's approval.
 */
export function TaskListForm({
  view,
  quotas,
  requestChange,
  onCancel,
}: {
  view: TaskListView;
  quotas: QuotaNumbers;
  requestChange: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<FormValues>();
  const { propose } = useContactMutations(view.year, view.cadreId);
  const min = quotas.concreteTasksMin;
  const max = quotas.concreteTasksMax;
  const itemText = taskProposal.shape.items.valueType;

  const submit = (values: FormValues) => {
    const proposal: TaskProposal = {
      items: values.items,
      researchTopic: values.researchTopic.trim(),
      lectureTopics: values.lectureTopics.map((s) => s.trim()).filter(Boolean),
      concreteTasks: values.concreteTasks.map((c) => ({ title: c.title.trim(), done: false })),
    };
    propose.mutate(
      { version: view.version, proposal, requestChange },
      {
        onSuccess: () => {
          notifySuccess(t('contact.tasks.submitted'));
          onCancel?.();
        },
      },
    );
  };

  const required = { required: true, whitespace: true, message: t('validation.required') };
  const extra: Partial<Record<TaskItem, ReactNode>> = {
    lecture: (
      <Form.Item name="lectureTopics" label={t('contact.tasks.lectureTopics')} style={{ marginTop: 12 }}>
        <Select
          mode="tags"
          open={false}
          suffix={null}
          placeholder={t('contact.tasks.lectureTopicsHelp')}
          data-testid="lecture-topics"
        />
      </Form.Item>
    ),
    research: (
      <Form.Item name="researchTopic" label={t('contact.tasks.researchTopic')} rules={[required]}>
        <Input maxLength={200} data-testid="research-topic" />
      </Form.Item>
    ),
    advance: (
      <>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('contact.tasks.supervisionHint')}
        </Typography.Text>
        <Flex wrap gap={4} style={{ margin: '4px 0 12px' }}>
          {supervisionItems.map((s) => (
            <Tag key={s}>{label(supervisionItemLabels[s])}</Tag>
          ))}
        </Flex>
        <Typography.Text>{t('contact.tasks.concreteTasks', { min, max })}</Typography.Text>
        <Form.List
          name="concreteTasks"
          rules={[
            {
              validator: (_r, value: unknown[] | undefined) =>
                (value?.length ?? 0) >= min && (value?.length ?? 0) <= max
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('contact.tasks.concreteTasksCount', { min, max }))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[required, zodRule(concreteTask.shape.title, t)]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('contact.tasks.concreteTaskN', { n: i + 1 })}
                      data-testid={`concrete-task-${i}`}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    disabled={fields.length <= min}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              {fields.length < max && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '' })}>
                  {t('contact.tasks.addConcreteTask')}
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </>
    ),
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(view, min)}
      onFinish={submit}
      data-testid="task-list-form"
    >
      {requestChange && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('contact.tasks.changeHint')} />
      )}
      <Flex vertical gap={12}>
        {taskItems.map((item, index) => (
          <ItemBlock
            key={item}
            item={item}
            index={index}
            guidance={view.assignment.items[item]}
            organTopics={item === 'lecture' ? view.assignment.lectureTopics : undefined}
          >
            <Form.Item
              name={['items', item]}
              rules={[required, zodRule(itemText, t)]}
              style={{ marginBottom: item === 'talk' ? 0 : 12 }}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 8 }}
                maxLength={2000}
                placeholder={t(`contact.tasks.placeholder.${item}`)}
                data-testid={`item-text-${item}`}
              />
            </Form.Item>
            {extra[item]}
          </ItemBlock>
        ))}
      </Flex>
      <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 16 }}>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        <Button type="primary" htmlType="submit" loading={propose.isPending} data-testid="submit-task-list">
          {requestChange ? t('contact.tasks.submitChange') : t('contact.tasks.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
