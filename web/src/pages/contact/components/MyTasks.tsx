import { Col, Flex, Row } from 'antd';
import { ContactPoints } from './ContactPoints';
import { ResearchCard } from './ResearchCard';
import { TaskListCard } from './TaskListCard';

/** C2–C4 for the cadre: the year's task list, the contact points and the research report. */
export function MyTasks({ year, cadreId }: { year: number; cadreId: string }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <TaskListCard year={year} cadreId={cadreId} />
      </Col>
      <Col xs={24} xl={8}>
        <Flex vertical gap={16}>
          <ContactPoints
            year={year}
            cadreId={cadreId}
            sources={['individual', 'department', 'city_recommended']}
          />
          <ResearchCard year={year} cadreId={cadreId} />
        </Flex>
      </Col>
    </Row>
  );
}
