import { useState } from 'react';
import { Button, Col, Empty, Form, Input, InputNumber, Row, Space, Table, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { departmentBody, type DepartmentView, type OrganView } from '@grassroots/core';
import { api } from '../../../app/api';
import { can } from '../../../app/access';
import { notifySuccess } from '../../../app/errors';
import { useUser } from '../../../app/session';
import {
  departmentsKey,
  organTree,
  useDepartments,
  useOrgans,
  type OrganNode,
} from '../../../components/referenceData';
import { zodRule } from '../../../components/zodRule';

const organLevelKeys = [
  'organLevel.l1',
  'organLevel.l2',
  'organLevel.l3',
  'organLevel.l4',
  'organLevel.l5',
] as const;

interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}

function toTreeData(nodes: OrganNode[], label: (o: OrganView) => string): TreeItem[] {
  return nodes.map((n) => ({ key: n.key, title: label(n.organ), children: toTreeData(n.children, label) }));
}

function AddDepartment({ organId }: { organId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<{ name: string; sort: number }>();
  const add = useMutation({
    mutationFn: (body: { name: string; sort: number }) =>
      api.post<DepartmentView>(`/organs/${organId}/departments`, body),
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      form.resetFields();
      await client.invalidateQueries({ queryKey: departmentsKey(organId) });
    },
  });
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ sort: 0 }}
      onFinish={(v) => add.mutate(v)}
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="name"
        rules={[{ required: true, whitespace: true }, zodRule(departmentBody.shape.name, t)]}
        style={{ minWidth: 160 }}
      >
        <Input placeholder={t('organization.departmentName')} maxLength={50} />
      </Form.Item>
      <Form.Item name="sort" label={t('organization.sort')}>
        <InputNumber min={0} max={999} precision={0} style={{ width: 80 }} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
          {t('organization.addDepartment')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** R2: the organ tree the user can see, and the departments of the selected organ. */
export function OrgansPanel() {
  const { t } = useTranslation();
  const user = useUser();
  const organs = useOrgans();
  const [selected, setSelected] = useState<string>(user.organId);
  const departments = useDepartments(selected);
  const organ = organs.data?.find((o) => o.id === selected);
  const label = (o: OrganView) => `${o.name}（${t(organLevelKeys[o.level - 1] ?? 'organLevel.l5')}）`;
  const tree = toTreeData(organTree(organs.data ?? []), label);
  const mayAdd = can(user, 'addDepartment') && selected === user.organId;

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={10}>
        <Typography.Title level={5}>{t('organization.organs')}</Typography.Title>
        {tree.length ? (
          <Tree<TreeItem>
            treeData={tree}
            defaultExpandAll
            selectedKeys={[selected]}
            onSelect={(keys) => {
              const key = keys[0];
              if (typeof key === 'string') setSelected(key);
            }}
          />
        ) : (
          <Empty />
        )}
      </Col>
      <Col xs={24} md={14}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={5}>
            {t('organization.departmentsOf', { organ: organ?.name ?? '' })}
          </Typography.Title>
          {mayAdd && <AddDepartment organId={selected} />}
          <Table<DepartmentView>
            rowKey="id"
            size="small"
            loading={departments.isFetching}
            dataSource={departments.data ?? []}
            pagination={false}
            columns={[
              { title: t('organization.departmentName'), dataIndex: 'name' },
              { title: t('organization.sort'), dataIndex: 'sort', width: 80 },
            ]}
          />
        </Space>
      </Col>
    </Row>
  );
}
