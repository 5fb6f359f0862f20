import {
  cadreBody,
  cadreStatuses,
  limits,
  postTypes,
  ranks,
  type CadreBody,
  type CadreStatus,
  type cadreImportColumns,
  type PostType,
  type Rank,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto';
import { storedCadre } from '../people/people.service';
import {
  cellText,
  parseChoice,
  parseCounty,
  parseCountyList,
  parseDate,
  parseInteger,
  parsePhone,
  parseText,
  parseYesNo,
  shown,
} from './cells';
import { checkRows, into, type Checked, type ColumnReader } from './check';
import * as repo from './imports.repo';
import type { Table } from './table';

type CadreColumn = (typeof cadreImportColumns)[number];

export interface CadreLookups {
  departments: ReadonlyMap<string, string>;
  counties: ReadonlySet<string>;
}

const labelsOf = <T extends string>(byValue: Record<T, string>): Record<string, T> =>
  Object.fromEntries(Object.entries(byValue).map(([value, label]) => [label, value])) as Record<string, T>;
const postTypeOf = labelsOf<PostType>(postTypes);
const statusOf = labelsOf<CadreStatus>(cadreStatuses);
const rankOf: Record<string, Rank> = Object.fromEntries(ranks.map((r) => [r, r]));

/** The record field each template column fills (R4). */
export const cadreFieldOf = {
  姓名: 'name',
  性别: 'gender',
  部门: 'departmentId',
  职级: 'rank',
  岗位类型: 'postType',
  内部管理岗位: 'internalPost',
  入职日期: 'hireDate',
  试用期满日期: 'probationEnd',
  '基层工作经历(月)': 'grassrootsMonths',
  籍贯县代码: 'nativeCountyCode',
  曾下沉县代码: 'previousCountyCodes',
  手机号: 'phone',
  状态: 'status',
} as const satisfies Record<CadreColumn, keyof CadreBody>;

const readers: Record<CadreColumn, ColumnReader<CadreBody, CadreLookups>> = {
  姓名: (c) => into(parseText(c, { required: true, max: limits.nameMax }), (name) => ({ name })),
  性别: (c) =>
    into(parseChoice<CadreBody['gender']>(c, { 男: '男', 女: '女' }, null), (gender) => ({ gender })),
  部门: (c, lk) => {
    const name = cellText(c);
    if (name === '') return { ok: false, error: { key: 'required' } };
    const departmentId = lk.departments.get(name);
    return departmentId
      ? { ok: true, value: { departmentId } }
      : { ok: false, error: { key: 'unknownDepartment', params: { value: shown(name) } } };
  },
  职级: (c) =>
    cellText(c) === ''
      ? { ok: false, error: { key: 'required' } }
      : into(parseChoice<Rank | null>(c, rankOf, null), (rank) => (rank ? { rank } : {})),
  岗位类型: (c) => into(parseChoice<PostType>(c, postTypeOf, 'full_time'), (postType) => ({ postType })),
  内部管理岗位: (c) => into(parseYesNo(c), (internalPost) => ({ internalPost })),
  入职日期: (c) => into(parseDate(c), (hireDate) => ({ hireDate })),
  试用期满日期: (c) => into(parseDate(c), (probationEnd) => ({ probationEnd })),
  '基层工作经历(月)': (c) => into(parseInteger(c, 0, 600, 0), (grassrootsMonths) => ({ grassrootsMonths })),
  籍贯县代码: (c, lk) =>
    into(parseCounty(c, lk.counties, false), (nativeCountyCode) => ({ nativeCountyCode })),
  曾下沉县代码: (c, lk) =>
    into(parseCountyList(c, lk.counties, 20), (previousCountyCodes) => ({ previousCountyCodes })),
  手机号: (c) => into(parsePhone(c), (phone) => ({ phone })),
  状态: (c) => into(parseChoice<CadreStatus>(c, statusOf, 'active'), (status) => ({ status })),
};

const columnOfField = (field: PropertyKey): string =>
  Object.entries(cadreFieldOf).find(([, f]) => f === field)?.[0] ?? '手机号';

export function checkCadres(table: Table, lookups: CadreLookups): Checked<CadreBody> {
  return checkRows(table, readers, cadreBody, columnOfField, lookups, {
    column: '手机号',
    key: (c) => c.phone,
    message: (row) => ({ key: 'duplicatePhone', params: { row } }),
  });
}

/** What an import of cadres will do, ready to apply inside the caller's transaction. */
export async function prepareCadres(db: Db, cipher: FieldCipher, organId: string, table: Table) {
  const [departments, counties] = await Promise.all([
    repo.departmentIdsByName(db, organId),
    repo.countyCodes(db),
  ]);
  const checked = checkCadres(table, { departments, counties });
  // A column the file lacks keeps the stored value on update (new rows get the contract's default).
  const update = [...table.columns.keys()].flatMap((header) => {
    const field = (cadreFieldOf as Record<string, keyof CadreBody | undefined>)[header];
    return field === undefined || field === 'phone' ? [] : [field];
  });
  return {
    checked,
    apply: (tx: Db, now: Date) =>
      repo.upsertCadres(
        tx,
        checked.good.map(({ value }) => ({ organId, ...storedCadre(value, cipher) })),
        update,
        now,
      ),
  };
}
