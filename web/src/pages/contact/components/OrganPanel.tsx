import { useState } from 'react';
import { Card, Col, Flex, Row, Segmented, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParticipants } from '../api';
import { AssignmentForm } from './AssignmentForm';
import { ParticipantsTable } from './ParticipantsTable';
import { PlansTable } from './PlansTable';
import { RuleSetForm } from './RuleSetForm';

const sections = ['rules', 'assignment', 'plans', 'participants'] as const;
type Section = (typeof sections)[number];

function ParticipantsOverview({ year }: { year: number }) {
  const { t } = useTranslation();
  const participants = useParticipants(year);
  const items = participants.data?.items ?? [];
  const taking = items.filter((p) => p.participating);
  const stats = [
    { key: 'participants', value: taking.length },
    { key: 'withPoints', value: taking.filter((p) => p.contactPoints > 0).length },
    { key: 'pending', value: taking.filter((p) => p.taskListStatus === 'proposed').length },
    { key: 'approved', value: taking.filter((p) => p.taskListStatus === 'approved').length },
  ] as const;
  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`contact.overview.${s.key}`)} value={s.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <ParticipantsTable year={year} items={items} loading={participants.isLoading} showDepartment />
    </Flex>
  );
}

/** C1/C3/C4/C5/C9 for the organization department: the year's rules, the 单位指, plans and participants. */
export function OrganPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('rules');
  return (
    <Flex vertical gap={16}>
      <Segmented<Section>
        value={section}
        onChange={setSection}
        options={sections.map((s) => ({ value: s, label: t(`contact.organ.${s}`) }))}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        data-testid="organ-sections"
      />
      {section === 'rules' && <RuleSetForm year={year} />}
      {section === 'assignment' && <AssignmentForm year={year} />}
      {section === 'plans' && <PlansTable year={year} />}
      {section === 'participants' && <ParticipantsOverview year={year} />}
    </Flex>
  );
}
