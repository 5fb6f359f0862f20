import { useState } from 'react';
import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DivisionView } from '@grassroots/core';
import { CountyCascader, DivisionName } from '../../../components/CountyCascader';
import { useDivisions } from '../../../components/referenceData';

/** R1: browse province → prefecture → county (GB/T 2260 codes); the table lists the next level down. */
export function DivisionsPanel() {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | undefined>();
  const parent = code && code.length < 6 ? code : null;
  const children = useDivisions(parent);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <CountyCascader anyLevel value={code} onChange={setCode} style={{ width: '100%', maxWidth: 420 }} />
      <Typography.Text type="secondary">
        {parent ? (
          <>
            <DivisionName code={parent} /> › {t('division.children')}
          </>
        ) : (
          t('division.provinces')
        )}
      </Typography.Text>
      <Table<DivisionView>
        rowKey="code"
        size="small"
        loading={children.isFetching}
        dataSource={children.data ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(d) => ({ onClick: () => d.code.length < 6 && setCode(d.code), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('division.code'), dataIndex: 'code', width: 120 },
          { title: t('division.name'), dataIndex: 'name' },
        ]}
      />
    </Space>
  );
}
