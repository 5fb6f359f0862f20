import { Alert, Button, Card, Descriptions, Form, Input, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { researchBody } from '@grassroots/core';
import { zodRule } from '../../../components/zodRule';
import { notifySuccess } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import { useContactMutations, useResearch, useTaskList } from '../api';
import { currentYear, today, useCardStyles } from '../shared';

interface Values {
  topic: string;
  summary: string;
}

/** C4/C5: the year's research report (调研报告), due by the rule set's date (Oct 31; Dec 31 in 2018). */
export function ResearchCard({ year, cadreId }: { year: number; cadreId: string }) {
  const { t } = useTranslation();
  const research = useResearch(year, cadreId);
  const cardStyles = useCardStyles();
  const list = useTaskList(year, cadreId);
  const { research: save } = useContactMutations(year, cadreId);
  const data = research.data;
  if (!data || !list.data) return <Skeleton active />;
  const report = data.report;
  const overdue = !report && !data.credited && (year < currentYear() || today() > data.due);

  return (
    <Card
      styles={cardStyles}
      title={t('contact.research.title')}
      data-testid="research-card"
      extra={
        report ? (
          <Tag color="success">{t('contact.research.submittedTag')}</Tag>
        ) : (
          <Tag color={overdue ? 'error' : 'default'}>
            {overdue ? t('contact.research.overdue') : t('contact.research.notYet')}
          </Tag>
        )
      }
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('contact.research.due')}>{data.due}</Descriptions.Item>
        {report && (
          <Descriptions.Item label={t('contact.research.submittedAt')}>
            {formatDateTime(report.submittedAt)}
          </Descriptions.Item>
        )}
        {report?.review && (
          <Descriptions.Item label={t('contact.research.review')}>{report.review}</Descriptions.Item>
        )}
        {report?.award && (
          <Descriptions.Item label={t('contact.research.award')}>{report.award}</Descriptions.Item>
        )}
      </Descriptions>
      {data.credited && (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('contact.research.credited')} />
      )}
      <Form<Values>
        key={report?.version ?? 0}
        layout="vertical"
        initialValues={{
          topic: report?.topic ?? list.data.proposal.researchTopic,
          summary: report?.summary ?? '',
        }}
        onFinish={(values) =>
          save.mutate(
            { version: report?.version ?? null, topic: values.topic, summary: values.summary },
            { onSuccess: () => notifySuccess(t('contact.research.saved')) },
          )
        }
      >
        <Form.Item
          name="topic"
          label={t('contact.research.topic')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            zodRule(researchBody.shape.topic, t),
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('contact.research.summary')}
          rules={[zodRule(researchBody.shape.summary, t)]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {report ? t('contact.research.update') : t('contact.research.submit')}
        </Button>
      </Form>
    </Card>
  );
}
