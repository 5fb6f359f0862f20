import type { z } from 'zod';
import {
  grassrootsOrgBody,
  grassrootsOrgTypes,
  limits,
  type grassrootsOrgImportColumns,
  type GrassrootsOrgType,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import { cellText, parseChoice, parseCounty, parseText, parseYesNo } from './cells';
import { checkRows, into, type Checked, type ColumnReader } from './check';
import * as repo from './imports.repo';
import type { Table } from './table';

type OrgColumn = (typeof grassrootsOrgImportColumns)[number];
type OrgFields = z.infer<typeof grassrootsOrgBody>;

export interface OrgLookups {
  counties: ReadonlySet<string>;
}

/** The record field each template column fills (R3). */
export const orgFieldOf = {
  组织名称: 'name',
  组织类型: 'type',
  县级行政区划代码: 'countyCode',
  地址: 'address',
  是否两新组织: 'twoNew',
  联系人: 'contactPerson',
} as const satisfies Record<OrgColumn, keyof OrgFields>;

const typeOf: Record<string, GrassrootsOrgType> = Object.fromEntries(grassrootsOrgTypes.map((t) => [t, t]));

const readers: Record<OrgColumn, ColumnReader<OrgFields, OrgLookups>> = {
  组织名称: (c) => into(parseText(c, { required: true, max: 100 }), (name) => ({ name })),
  组织类型: (c) =>
    cellText(c) === ''
      ? { ok: false, error: { key: 'required' } }
      : into(parseChoice<GrassrootsOrgType | null>(c, typeOf, null), (type) => (type ? { type } : {})),
  县级行政区划代码: (c, lk) =>
    into(parseCounty(c, lk.counties, true), (countyCode) => (countyCode ? { countyCode } : {})),
  地址: (c) => into(parseText(c, { required: false, max: 200 }), (address) => ({ address })),
  是否两新组织: (c) => into(parseYesNo(c), (twoNew) => ({ twoNew })),
  联系人: (c) =>
    into(parseText(c, { required: false, max: limits.nameMax }), (contactPerson) => ({ contactPerson })),
};

const columnOfField = (field: PropertyKey): string =>
  Object.entries(orgFieldOf).find(([, f]) => f === field)?.[0] ?? '组织名称';

export function checkGrassrootsOrgs(table: Table, lookups: OrgLookups): Checked<OrgFields> {
  return checkRows(table, readers, grassrootsOrgBody, columnOfField, lookups, {
    column: '组织名称',
    key: (o) => `${o.countyCode}\u0000${o.name}`,
    message: (row) => ({ key: 'duplicateOrg', params: { row } }),
  });
}

/** What an import of grassroots organizations will do; (organ, county, name) identifies one. */
export async function prepareGrassrootsOrgs(db: Db, organId: string, table: Table) {
  const checked = checkGrassrootsOrgs(table, { counties: await repo.countyCodes(db) });
  const update = [...table.columns.keys()].flatMap((header) => {
    const field = (orgFieldOf as Record<string, keyof OrgFields | undefined>)[header];
    return field === 'type' || field === 'address' || field === 'twoNew' || field === 'contactPerson'
      ? [field]
      : [];
  });
  return {
    checked,
    apply: (tx: Db, now: Date) =>
      repo.upsertGrassrootsOrgs(
        tx,
        checked.good.map(({ value }) => ({ organId, ...value })),
        update,
        now,
      ),
  };
}
