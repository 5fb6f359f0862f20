import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReply } from '@grassroots/core';

export function Counts({ reply }: { reply: ImportReply }) {
  const { t } = useTranslation();
  const items = [
    { key: 'created', title: t('imports.created'), value: reply.created },
    { key: 'updated', title: t('imports.updated'), value: reply.updated },
    { key: 'unchanged', title: t('imports.unchanged'), value: reply.unchanged },
    { key: 'errors', title: t('imports.errors'), value: new Set(reply.errors.map((e) => e.row)).size },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="import-counts">
      {items.map((i) => (
        <Col key={i.key} xs={12} sm={6} data-testid={`count-${i.key}`}>
          <Statistic
            title={i.title}
            value={i.value}
            styles={{ content: i.key === 'errors' && i.value > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Col>
      ))}
    </Row>
  );
}
