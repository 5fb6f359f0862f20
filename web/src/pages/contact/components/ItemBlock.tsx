import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { taskItemLabels, type TaskItem } from '@grassroots/core';
import { useLabel } from '../shared';

/**
 * C3 单位指、个人提: one of the four items, the organ's guidance read-only beside what the cadre
 * proposes (a form or the proposal as text).
 */
export function ItemBlock({
  item,
  index,
  guidance,
  organTopics,
  children,
}: {
  item: TaskItem;
  index: number;
  guidance: string;
  organTopics?: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Card
      size="small"
      data-testid={`item-${item}`}
      title={t('contact.tasks.itemTitle', { n: index + 1, label: label(taskItemLabels[item]) })}
    >
      <Row gutter={[16, 12]}>
        <Col xs={24} md={9}>
          <Flex vertical gap={4} style={{ background: '#fafafa', borderRadius: 6, padding: '8px 12px' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('contact.tasks.assigned')}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {guidance || (
                <Typography.Text type="secondary">{t('contact.tasks.noGuidance')}</Typography.Text>
              )}
            </Typography.Paragraph>
            {organTopics && organTopics.length > 0 && (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('contact.tasks.organTopics')}
                </Typography.Text>
                <Flex wrap gap={4} style={{ marginTop: 4 }}>
                  {organTopics.map((topic) => (
                    <Tag key={topic} color="red" style={{ whiteSpace: 'normal' }}>
                      {topic}
                    </Tag>
                  ))}
                </Flex>
              </div>
            )}
          </Flex>
        </Col>
        <Col xs={24} md={15}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('contact.tasks.proposed')}
          </Typography.Text>
          <div style={{ marginTop: 4 }}>{children}</div>
        </Col>
      </Row>
    </Card>
  );
}
