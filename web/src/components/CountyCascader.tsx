import { useMemo, useState } from 'react';
import { Cascader } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DivisionView } from '@grassroots/core';
import { divisionsKey, fetchDivisions, useDivisions } from './referenceData';

// R1: province → prefecture → county, loaded level by level from /divisions.
interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Allow a province or prefecture as the value (filters); forms need a county. */
  anyLevel?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}

/** Parent codes on the way to a division code: '430121' → ['43', '4301']. */
export function divisionPath(code: string): string[] {
  const path: string[] = [];
  for (let len = 2; len <= code.length; len += 2) path.push(code.slice(0, len));
  return path;
}

export function CountyCascader({ value, onChange, anyLevel = false, placeholder, style, id }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<string[]>([]);
  const provinces = useDivisions(null);
  const parents = useMemo(() => {
    const fromValue = value ? divisionPath(value).slice(0, -1) : [];
    return [...new Set([...fromValue, ...opened])];
  }, [value, opened]);
  const children = useQueries({
    queries: parents.map((parent) => ({
      queryKey: divisionsKey(parent),
      queryFn: () => fetchDivisions(parent),
      staleTime: Infinity,
    })),
  });

  const options = useMemo(() => {
    const byParent = new Map<string, DivisionView[]>();
    parents.forEach((parent, i) => {
      const data = children[i]?.data;
      if (data) byParent.set(parent, data);
    });
    const toOption = (d: DivisionView): Option => {
      const leaf = d.code.length >= 6;
      const kids = byParent.get(d.code);
      return { value: d.code, label: d.name, isLeaf: leaf, children: kids?.map(toOption) };
    };
    return (provinces.data ?? []).map(toOption);
  }, [provinces.data, parents, children]);

  return (
    <Cascader<Option>
      id={id}
      style={style}
      options={options}
      value={value ? divisionPath(value) : undefined}
      placeholder={placeholder ?? t('division.pick')}
      changeOnSelect={anyLevel}
      showSearch={false}
      loading={provinces.isPending}
      allowClear
      loadData={(selected) => {
        const last = selected[selected.length - 1];
        if (last && !opened.includes(last.value)) setOpened((o) => [...o, last.value]);
      }}
      onChange={(path) => {
        const list = Array.isArray(path) ? path : [];
        const last = list[list.length - 1];
        onChange?.(typeof last === 'string' ? last : undefined);
      }}
    />
  );
}

/** '430121' → 湖南省 / 长沙市 / 长沙县 (falls back to the code while the names load). */
export function DivisionName({ code }: { code: string | null | undefined }) {
  const path = code ? divisionPath(code) : [];
  const levels = useQueries({
    queries: [null, ...path.slice(0, -1)].map((parent) => ({
      queryKey: divisionsKey(parent),
      queryFn: () => fetchDivisions(parent),
      staleTime: Infinity,
      enabled: Boolean(code),
    })),
  });
  if (!code) return null;
  const names = path.map((c, i) => levels[i]?.data?.find((d) => d.code === c)?.name);
  return <span title={code}>{names.every(Boolean) ? names.join(' / ') : code}</span>;
}
