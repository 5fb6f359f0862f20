import { Button, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { taskItemLabels, taskItems, type AssignmentBody, type TaskItem } from '@grassroots/core';
import { notifySuccess } from '../../../app/errors';
import { useAssignment, useOrganMutations } from '../api';
import { useLabel } from '../shared';

interface Values {
  items: Record<TaskItem, string>;
  lectureTopics: string[];
}

const topicsMax = 20;

/** C3 单位指: the organ's guidance on each of the four items and the lecture topics it sets (C4). */
export function AssignmentForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  const reply = useAssignment(year);
  const { assignment: save } = useOrganMutations(year);
  if (!reply.data) return <Skeleton active />;
  const { assignment, version } = reply.data;

  const submit = (v: Values) => {
    const body: AssignmentBody = {
      items: v.items,
      lectureTopics: v.lectureTopics.map((s) => s.trim()).filter(Boolean),
    };
    save.mutate({ ...body, version }, { onSuccess: () => notifySuccess(t('common.saved')) });
  };

  return (
    <Form<Values>
      key={version ?? 'none'}
      layout="vertical"
      initialValues={{
        items: assignment.items,
        lectureTopics: assignment.lectureTopics,
      }}
      onFinish={submit}
      data-testid="assignment-form"
    >
      <Typography.Paragraph type="secondary">{t('contact.assignment.help')}</Typography.Paragraph>
      {taskItems.map((item, i) => (
        <Form.Item
          key={item}
          name={['items', item]}
          label={t('contact.tasks.itemTitle', { n: i + 1, label: label(taskItemLabels[item]) })}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} showCount />
        </Form.Item>
      ))}
      <Typography.Text strong>{t('contact.assignment.lectureTopics')}</Typography.Text>
      <Form.List name="lectureTopics">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8}>
                <Form.Item
                  name={field.name}
                  style={{ flex: 1, marginBottom: 0 }}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input maxLength={100} placeholder={t('contact.assignment.topicN', { n: i + 1 })} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            {fields.length < topicsMax && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                {t('contact.assignment.addTopic')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
