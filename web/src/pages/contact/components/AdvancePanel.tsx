import { Card, Checkbox, Col, Flex, List, Row, Tag, Typography } from 'antd';
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { supervisionItemLabels, supervisionItems, type SupervisionItem } from '@grassroots/core';
import { useContactMutations, useSupervisionEntries, useTaskList } from '../api';
import { logsLink, useLabel } from '../shared';

function DoneTag({ done, yes, no }: { done: boolean; yes: string; no: string }) {
  return done ? (
    <Tag color="success" icon={<CheckCircleFilled />}>
      {yes}
    </Tag>
  ) : (
    <Tag icon={<MinusCircleOutlined />}>{no}</Tag>
  );
}

/**
 * C4 推动工作抓实效: the four supervision items (done when a 督导 entry names them) and the concrete
 * tasks of the approved list, which the cadre marks done.
 */
export function AdvancePanel({ year, cadreId, own }: { year: number; cadreId: string; own: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const entries = useSupervisionEntries(year, cadreId);
  const list = useTaskList(year, cadreId);
  const { markTask } = useContactMutations(year, cadreId);
  const lastDate = new Map<SupervisionItem, string>();
  for (const e of entries.data?.items ?? []) {
    if (e.status !== 'active') continue;
    for (const s of e.supervisionItems) {
      const prev = lastDate.get(s);
      if (!prev || e.dateTo > prev) lastDate.set(s, e.dateTo);
    }
  }
  const approved = list.data?.status === 'approved';
  const tasks = list.data?.proposal.concreteTasks ?? [];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('contact.advance.supervision')} style={{ height: '100%' }}>
          <List
            size="small"
            loading={entries.isLoading}
            dataSource={[...supervisionItems]}
            renderItem={(item) => {
              const date = lastDate.get(item);
              return (
                <List.Item
                  data-testid={`supervision-${item}`}
                  actions={[
                    <DoneTag
                      key="done"
                      done={Boolean(date)}
                      yes={t('contact.advance.supervised')}
                      no={t('contact.advance.notYet')}
                    />,
                  ]}
                >
                  <Flex vertical>
                    <Typography.Text>{label(supervisionItemLabels[item])}</Typography.Text>
                    {date && (
                      <Link to={logsLink('byType.supervision', year)} style={{ fontSize: 12 }}>
                        {t('contact.advance.lastOn', { date })}
                      </Link>
                    )}
                  </Flex>
                </List.Item>
              );
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          id="concrete-tasks"
          title={t('contact.advance.tasks')}
          style={{ height: '100%' }}
          data-testid="concrete-tasks"
        >
          {!approved && (
            <Typography.Paragraph type="secondary">
              {t('contact.advance.tasksAfterApproval')}
            </Typography.Paragraph>
          )}
          <List
            size="small"
            loading={list.isLoading}
            dataSource={tasks.map((task, index) => ({ ...task, index }))}
            locale={{ emptyText: t('contact.advance.noTasks') }}
            renderItem={(task) => (
              <List.Item
                actions={[
                  own && approved ? (
                    <Checkbox
                      key="done"
                      checked={task.done}
                      disabled={markTask.isPending}
                      onChange={(e) => markTask.mutate({ index: task.index, done: e.target.checked })}
                    >
                      {t('contact.tasks.done')}
                    </Checkbox>
                  ) : (
                    <DoneTag
                      key="done"
                      done={task.done}
                      yes={t('contact.tasks.done')}
                      no={t('contact.advance.notDone')}
                    />
                  ),
                ]}
              >
                {task.title}
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
