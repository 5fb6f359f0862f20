import { useState } from 'react';
import { Badge, Button, Grid, Input, Select } from 'antd';
import { FilterOutlined, PlusOutlined, ImportOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cadreStatus, postType, ranks } from '@grassroots/core';
import type { CadreFilter } from '../api';
import { useDepartments } from '../../../components/referenceData';
import { useUser } from '../../../app/session';
import { can } from '../../../app/access';

interface Props {
  filter: CadreFilter;
  onChange: (filter: CadreFilter) => void;
}

/** New cadre / import, for those who maintain the roster (organ admin). */
export function CadreActions({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  if (!can(user, 'editCadres')) return null;
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => void navigate('/imports?kind=cadres')}>
        {t('cadres.import')}
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
        {t('cadres.create')}
      </Button>
    </>
  );
}

export function CadreFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const departments = useDepartments(user.organId);
  const mobile = Grid.useBreakpoint().md === false;
  const [expanded, setExpanded] = useState(false);
  const active = [filter.departmentId, filter.rank, filter.postType, filter.status].filter(Boolean).length;
  const set = (patch: Partial<CadreFilter>) => onChange({ ...filter, ...patch });
  const showSelects = !mobile || expanded;
  return (
    <div className="page-toolbar">
      <Input.Search
        allowClear
        placeholder={t('cadres.searchPlaceholder')}
        defaultValue={filter.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="cadre-search"
      />
      {mobile && (
        <Badge count={active} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
            {t('common.filters')}
          </Button>
        </Badge>
      )}
      {showSelects && (
        <>
          <Select
            allowClear
            placeholder={t('cadres.department')}
            value={filter.departmentId}
            onChange={(departmentId?: string) => set({ departmentId })}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            style={{ width: 180 }}
          />
          <Select
            allowClear
            placeholder={t('cadres.rank')}
            value={filter.rank}
            onChange={(rank?: string) => set({ rank })}
            options={ranks.map((r) => ({ value: r, label: t(`rank.${r}`) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t('cadres.postType')}
            value={filter.postType}
            onChange={(value?: string) => set({ postType: value })}
            options={postType.options.map((p) => ({ value: p, label: t(`postType.${p}`) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t('cadres.status')}
            value={filter.status}
            onChange={(status?: string) => set({ status })}
            options={cadreStatus.options.map((s) => ({ value: s, label: t(`cadreStatus.${s}`) }))}
            style={{ width: 120 }}
          />
        </>
      )}
    </div>
  );
}
