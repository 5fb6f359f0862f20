import { useMemo, useState } from 'react';
import { Flex, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ContactPointsView } from '@grassroots/core';
import { CountyCascader } from '../../../components/CountyCascader';
import { useGrassrootsOrgSearch, type RecentView } from '../api';
import { emptyPlace, type PlaceValue } from '../formModel';

export const chipStyle: React.CSSProperties = {
  fontSize: 14,
  lineHeight: '20px',
  padding: '5px 10px',
  marginInlineEnd: 0,
  border: '1px solid #d9d9d9',
  borderRadius: 16,
  userSelect: 'none',
};

const samePlace = (a: PlaceValue, b: PlaceValue) =>
  a.countyCode === b.countyCode && a.grassrootsOrgId === b.grassrootsOrgId;

/** L2: recent places and the cadre's contact points as chips; any other county or organization below. */
export function PlaceField({
  value = emptyPlace,
  onChange,
  recent,
  points,
}: {
  value?: PlaceValue;
  onChange?: (place: PlaceValue) => void;
  recent: RecentView['places'];
  points: ContactPointsView['points'];
}) {
  const { t } = useTranslation();
  const [other, setOther] = useState(false);
  const [q, setQ] = useState('');
  const orgs = useGrassrootsOrgSearch(q, value.countyCode, other);

  const chips = useMemo(() => {
    const list: PlaceValue[] = recent.map((p) => ({
      countyCode: p.countyCode,
      grassrootsOrgId: p.grassrootsOrgId,
      label: p.grassrootsOrgName ?? p.countyName ?? p.countyCode,
    }));
    for (const p of points) {
      const place = { countyCode: p.countyCode, grassrootsOrgId: p.grassrootsOrgId, label: p.name };
      if (!list.some((x) => samePlace(x, place))) list.push(place);
    }
    if (value.label && !list.some((x) => samePlace(x, value))) list.unshift(value);
    return list;
  }, [recent, points, value]);

  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} data-testid="place-chips">
        {chips.map((place) => (
          <Tag.CheckableTag
            key={`${place.countyCode ?? ''}|${place.grassrootsOrgId ?? ''}`}
            checked={samePlace(place, value)}
            onChange={(checked) => onChange?.(checked ? place : emptyPlace)}
            style={chipStyle}
          >
            {place.label}
          </Tag.CheckableTag>
        ))}
        <Tag.CheckableTag
          checked={other}
          onChange={() => setOther(!other)}
          style={{ ...chipStyle, borderStyle: 'dashed' }}
          data-testid="place-other"
        >
          <PlusOutlined /> {t('worklog.form.otherPlace')}
        </Tag.CheckableTag>
      </Flex>
      {other && (
        <Flex vertical gap={8}>
          <CountyCascader
            value={value.countyCode}
            placeholder={t('worklog.form.county')}
            onChange={(code) => onChange?.({ countyCode: code ?? null, grassrootsOrgId: null, label: null })}
            style={{ width: '100%' }}
          />
          <Select<string>
            showSearch={{ filterOption: false, onSearch: setQ }}
            allowClear
            placeholder={t('worklog.form.orgPlaceholder')}
            value={value.grassrootsOrgId ?? undefined}
            loading={orgs.isFetching}
            options={(orgs.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}${o.countyName ? ` · ${o.countyName}` : ''}`,
            }))}
            onChange={(id) => {
              const org = orgs.data?.items.find((o) => o.id === id);
              onChange?.(
                org
                  ? { countyCode: org.countyCode, grassrootsOrgId: org.id, label: org.name }
                  : { ...value, grassrootsOrgId: null, label: null },
              );
            }}
            style={{ width: '100%' }}
          />
        </Flex>
      )}
    </Flex>
  );
}
