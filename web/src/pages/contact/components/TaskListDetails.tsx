import type { ReactNode } from 'react';
import { Flex, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { taskItems, type TaskItem, type TaskListView } from '@grassroots/core';
import { ItemBlock } from './ItemBlock';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {children}
    </div>
  );
}

/** C3: a task list as submitted or approved, the organ's guidance beside each item (read-only). */
export function TaskListDetails({ view }: { view: TaskListView }) {
  const { t } = useTranslation();
  const p = view.proposal;
  const none = <Typography.Text type="secondary">{t('contact.tasks.empty')}</Typography.Text>;
  const extra: Partial<Record<TaskItem, ReactNode>> = {
    lecture: (
      <Field label={t('contact.tasks.lectureTopics')}>
        {p.lectureTopics.length === 0
          ? none
          : p.lectureTopics.map((topic) => (
              <Tag key={topic} style={{ whiteSpace: 'normal' }}>
                {topic}
              </Tag>
            ))}
      </Field>
    ),
    research: <Field label={t('contact.tasks.researchTopic')}>{p.researchTopic || none}</Field>,
    advance: (
      <Field label={t('contact.tasks.concreteTasksShort')}>
        {p.concreteTasks.length === 0 ? (
          none
        ) : (
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {p.concreteTasks.map((task, i) => (
              <li key={i}>
                {task.title}{' '}
                {task.done && (
                  <Tag color="success" icon={<CheckOutlined />}>
                    {t('contact.tasks.done')}
                  </Tag>
                )}
              </li>
            ))}
          </ol>
        )}
      </Field>
    ),
  };
  return (
    <Flex vertical gap={12} data-testid="task-list-details">
      {taskItems.map((item, index) => (
        <ItemBlock
          key={item}
          item={item}
          index={index}
          guidance={view.assignment.items[item]}
          organTopics={item === 'lecture' ? view.assignment.lectureTopics : undefined}
        >
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {p.items[item] || none}
          </Typography.Paragraph>
          {extra[item]}
        </ItemBlock>
      ))}
    </Flex>
  );
}
