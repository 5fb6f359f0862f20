import { useMemo, useState } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DispatchMapView } from '@grassroots/core';
import type { Batch } from '@grassroots/core/dispatch/index';
import { useDispatchMap } from '../../api';
import { DispatchMap, type Region } from './DispatchMap';
import { hasProvinceMap } from './mapData';

// A5: where the cadres of a saved version are posted — China by province, a click drills down to
// the province's prefectures (with their counties listed); one batch or the whole round.

interface Props {
  roundId: string;
  version: number | null;
  batches: readonly Batch[];
  dirty: boolean;
}

type County = DispatchMapView['counties'][number];

export default function MapTab({ roundId, version, batches, dirty }: Props) {
  const { t } = useTranslation();
  const [batch, setBatch] = useState<number | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const map = useDispatchMap(roundId, version, batch);
  const data = map.data;

  const regions: Region[] = useMemo(() => {
    if (!data) return [];
    return province === null ? data.provinces : data.prefectures.filter((p) => p.provinceCode === province);
  }, [data, province]);
  const provinceName = data?.provinces.find((p) => p.code === province)?.name ?? province ?? '';
  const drill = (code: string) => {
    if (province === null && hasProvinceMap(code)) setProvince(code);
  };

  if (version === null)
    return <Empty description={t('dispatch.map.noVersion')} style={{ margin: '48px 0' }} />;

  const counties = (prefecture: string): County[] =>
    data?.counties.filter((c) => c.prefectureCode === prefecture) ?? [];
  const columns: TableColumnsType<Region> = [
    {
      title: province === null ? t('dispatch.map.province') : t('dispatch.map.prefecture'),
      dataIndex: 'name',
    },
    { title: t('dispatch.map.cadres'), dataIndex: 'cadres', align: 'end' },
    { title: t('dispatch.map.groups'), dataIndex: 'groups', align: 'end' },
  ];

  return (
    <Flex vertical gap={12}>
      {dirty && <Alert type="warning" showIcon title={t('dispatch.map.draftNote', { v: version })} />}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          {province !== null && (
            <Button icon={<ArrowLeftOutlined />} onClick={() => setProvince(null)} data-testid="map-back">
              {t('dispatch.map.back')}
            </Button>
          )}
          <Tag>{t('dispatch.versions.label', { v: version })}</Tag>
          <Breadcrumb
            items={[
              {
                title:
                  province === null ? (
                    t('dispatch.map.china')
                  ) : (
                    <Typography.Link onClick={() => setProvince(null)}>
                      {t('dispatch.map.china')}
                    </Typography.Link>
                  ),
              },
              ...(province === null ? [] : [{ title: provinceName }]),
            ]}
          />
        </Flex>
        <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
          <Segmented<number>
            value={batch ?? 0}
            onChange={(v) => setBatch(v === 0 ? null : v)}
            options={[
              { value: 0, label: t('dispatch.map.allBatches') },
              ...batches.map((b) => ({ value: b.id, label: t('dispatch.batchName', { n: b.id }) })),
            ]}
            data-testid="map-batch"
          />
        </div>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            <DispatchMap mapKey={province ?? 'china'} regions={regions} onRegion={drill} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Table<Region>
            rowKey="code"
            size="small"
            loading={map.isFetching}
            columns={columns}
            dataSource={regions}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="map-table"
            locale={{ emptyText: t('dispatch.map.empty') }}
            onRow={(r) => ({
              onClick: () => drill(r.code),
              style: province === null ? { cursor: 'pointer' } : undefined,
            })}
            summary={(rows) => {
              // The expand column of the province view takes the first cell.
              const shift = province === null ? 0 : 1;
              return (
                <Table.Summary.Row>
                  {shift === 1 && <Table.Summary.Cell index={0} />}
                  <Table.Summary.Cell index={shift}>{t('dispatch.map.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={shift + 1} align="end">
                    {rows.reduce((n, r) => n + r.cadres, 0)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={shift + 2} align="end">
                    {rows.reduce((n, r) => n + r.groups, 0)}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              );
            }}
            expandable={
              province === null
                ? undefined
                : {
                    rowExpandable: (r) => counties(r.code).length > 0,
                    expandedRowRender: (r) =>
                      counties(r.code)
                        .map((c) => `${c.name} ${c.cadres}`)
                        .join('、'),
                  }
            }
          />
        </Col>
      </Row>
    </Flex>
  );
}
