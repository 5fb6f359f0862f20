import {
  difficultyTypeLabels,
  youthBody,
  youthGroupLabels,
  youthRelationLabels,
  limits,
  type DifficultyType,
  type Label,
  type YouthBody,
  type youthImportColumns,
} from '@grassroots/core';
import type { Db } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto';
import { sealed } from '../youth/youth.service';
import { cellText, parseChoice, parseCounty, parseInteger, parsePhone, parseText } from './cells';
import { checkRows, into, type Checked, type ColumnReader } from './check';
import * as repo from './imports.repo';
import type { Upserted } from './imports.repo';
import type { Table } from './table';

type YouthColumn = (typeof youthImportColumns)[number];
/** The fields a youth template column can fill (help outcome and guardian consent are edited by hand). */
type ImportedField = Exclude<keyof YouthBody, 'helpOutcome' | 'guardianConsent'>;

export interface YouthLookups {
  counties: ReadonlySet<string>;
  thisYear: number;
}

/** The record field each template column fills (Y1/Y2). */
export const youthFieldOf = {
  姓名: 'name',
  性别: 'gender',
  出生年份: 'birthYear',
  手机号: 'phone',
  群体: 'group',
  县级行政区划代码: 'countyCode',
  单位或学校: 'organization',
  关系: 'relation',
  困难类型: 'difficultyType',
  帮扶计划: 'helpPlan',
  备注: 'notes',
} as const satisfies Record<YouthColumn, ImportedField>;

const byZh = <T extends string>(labels: Readonly<Record<T, Label>>): Record<string, T> =>
  Object.fromEntries(Object.entries<Label>(labels).map(([value, label]) => [label.zh, value])) as Record<
    string,
    T
  >;
const groupOf = byZh<YouthBody['group']>(youthGroupLabels);
const difficultyOf = byZh<DifficultyType>(difficultyTypeLabels);
// The youth pages call a friend 青年朋友; both words are accepted.
const relationOf: Record<string, YouthBody['relation']> = {
  ...byZh<YouthBody['relation']>(youthRelationLabels),
  青年朋友: 'friend',
};

const readers: Record<YouthColumn, ColumnReader<YouthBody, YouthLookups>> = {
  姓名: (c) => into(parseText(c, { required: true, max: limits.nameMax }), (name) => ({ name })),
  性别: (c) =>
    into(parseChoice<YouthBody['gender']>(c, { 男: '男', 女: '女' }, null), (gender) => ({ gender })),
  出生年份: (c, lk) =>
    cellText(c) === ''
      ? { ok: true, value: { birthYear: null } }
      : into(parseInteger(c, 1940, lk.thisYear, 0), (birthYear) => ({ birthYear })),
  手机号: (c) =>
    cellText(c) === '' ? { ok: true, value: { phone: null } } : into(parsePhone(c), (phone) => ({ phone })),
  群体: (c) => into(parseChoice(c, groupOf, 'other'), (group) => ({ group })),
  县级行政区划代码: (c, lk) => into(parseCounty(c, lk.counties, false), (countyCode) => ({ countyCode })),
  单位或学校: (c) => into(parseText(c, { required: false, max: 100 }), (organization) => ({ organization })),
  关系: (c) => into(parseChoice(c, relationOf, 'friend'), (relation) => ({ relation })),
  困难类型: (c) =>
    into(parseChoice<DifficultyType | null>(c, difficultyOf, null), (difficultyType) => ({
      difficultyType,
    })),
  帮扶计划: (c) => into(parseText(c, { required: false, max: 2000 }), (helpPlan) => ({ helpPlan })),
  备注: (c) => into(parseText(c, { required: false, max: 1000 }), (notes) => ({ notes })),
};

const columnOfField = (field: PropertyKey): string =>
  Object.entries(youthFieldOf).find(([, f]) => f === field)?.[0] ?? '姓名';

/** Y5 within one cadre: the same phone is the same person; without a phone, the same name and birth year. */
const personKey = (y: Pick<YouthBody, 'name' | 'birthYear' | 'phone'>): string =>
  y.phone ? `phone\u0000${y.phone}` : `name\u0000${y.name}\u0000${y.birthYear ?? ''}`;

export function checkYouth(table: Table, lookups: YouthLookups): Checked<YouthBody> {
  return checkRows(table, readers, youthBody, columnOfField, lookups, {
    column: '姓名',
    key: personKey,
    message: (row) => ({ key: 'duplicateYouth', params: { row } }),
  });
}

type Sealed = ReturnType<typeof sealed>;

/** The stored contact a row stands for: by phone hash, else (name, birth year) among contacts without a phone. */
function matcher(existing: repo.StoredYouth[]) {
  const byHash = new Map<string, repo.StoredYouth>();
  const byName = new Map<string, repo.StoredYouth>();
  for (const y of existing) {
    if (y.phoneHash) byHash.set(y.phoneHash, y);
    else byName.set(personKey({ name: y.name, birthYear: y.birthYear, phone: null }), y);
  }
  // A phone-less contact matched by name once (a row adding its phone) is not matched again.
  const taken = new Set<string>();
  return (row: Sealed): repo.StoredYouth | undefined => {
    const byPhone = row.phoneHash ? byHash.get(row.phoneHash) : undefined;
    if (byPhone) return byPhone;
    const found = byName.get(personKey({ name: row.name, birthYear: row.birthYear, phone: null }));
    if (!found || taken.has(found.id)) return undefined;
    taken.add(found.id);
    return found;
  };
}

/** The changed columns of a matched contact; an empty phone cell never erases a stored phone. */
function changesOf(row: Sealed, stored: repo.StoredYouth, fields: ImportedField[]) {
  const set: Partial<repo.YouthWrite> = {};
  for (const field of fields) {
    if (field === 'phone') {
      if (row.phoneHash && row.phoneHash !== stored.phoneHash) {
        set.phoneEnc = row.phoneEnc;
        set.phoneHash = row.phoneHash;
      }
    } else if (row[field] !== stored[field]) Object.assign(set, { [field]: row[field] });
  }
  return set;
}

/**
 * R5/Y4: what an import of youth contacts into one cadre's own list will do. Rows matching a contact of
 * that cadre update it (only the columns the file has, only when something differs); the others are new.
 */
export async function prepareYouth(
  db: Db,
  cipher: FieldCipher,
  owner: { organId: string; cadreId: string },
  table: Table,
  now: Date,
) {
  const checked = checkYouth(table, {
    counties: await repo.countyCodes(db),
    thisYear: now.getUTCFullYear(),
  });
  const fields = [...table.columns.keys()].flatMap((header) => {
    const field = (youthFieldOf as Record<string, ImportedField | undefined>)[header];
    return field === undefined ? [] : [field];
  });
  return {
    checked,
    apply: async (tx: Db): Promise<Upserted> => {
      const match = matcher(await repo.youthOf(tx, owner.cadreId));
      const inserts: repo.YouthInsert[] = [];
      let updated = 0;
      for (const { value } of checked.good) {
        const row = sealed(value, cipher);
        const stored = match(row);
        if (!stored) inserts.push({ ...owner, ...row });
        else {
          const set = changesOf(row, stored, fields);
          if (Object.keys(set).length > 0) {
            await repo.updateYouth(tx, owner.cadreId, stored.id, set);
            updated += 1;
          }
        }
      }
      await repo.insertYouth(tx, inserts);
      return { created: inserts.length, updated };
    },
  };
}
