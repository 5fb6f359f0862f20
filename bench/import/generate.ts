import ExcelJS from 'exceljs';
import { cadreImportColumns, ranks } from '@grassroots/core';

/** A cell the generator writes: text, a number, or an Excel date cell. */
export type GenCell = string | number | Date | null;

export interface GeneratedCadres {
  headers: readonly string[];
  rows: GenCell[][];
  /** The rows made bad on purpose: spreadsheet row number (header = 1) and the column at fault. */
  bad: { row: number; column: string; why: string }[];
}

// Hunan counties present in the GB/T 2260 (2023) division list.
const counties = [
  '430102',
  '430103',
  '430104',
  '430105',
  '430111',
  '430121',
  '430181',
  '430182',
  '430211',
  '430302',
];
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
const given = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
];

const col = (name: string): number => {
  const i = cadreImportColumns.indexOf(name as (typeof cadreImportColumns)[number]);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
};

/** Twenty different ways a row can be wrong; each breaks exactly one cell. */
const defects: { column: string; why: string; value: (row: GenCell[], previous: GenCell[]) => GenCell }[] = [
  { column: '姓名', why: 'missing name', value: () => null },
  { column: '部门', why: 'unknown department', value: () => '不存在的部门' },
  { column: '入职日期', why: 'impossible date', value: () => '2019-02-30' },
  {
    column: '手机号',
    why: 'duplicate phone in file',
    value: (_, previous) => previous[col('手机号')] ?? null,
  },
  { column: '职级', why: 'rank not in list', value: () => '处长' },
  { column: '手机号', why: 'phone with 10 digits', value: () => '1380013800' },
  { column: '籍贯县代码', why: 'unknown county code', value: () => '999999' },
  { column: '岗位类型', why: 'post type not in list', value: () => '临时' },
  { column: '基层工作经历(月)', why: 'months not a number', value: () => '三十' },
  { column: '曾下沉县代码', why: 'one unknown county in a list', value: () => '430121、990101' },
  { column: '状态', why: 'status not in list', value: () => '退休' },
  { column: '性别', why: 'gender not in list', value: () => '未知' },
  { column: '试用期满日期', why: 'month 13', value: () => '2020/13/01' },
  { column: '内部管理岗位', why: 'yes/no not in list', value: () => '也许' },
  { column: '籍贯县代码', why: 'county code with 4 digits', value: () => '4301' },
  { column: '姓名', why: 'name over 50 characters', value: () => '长'.repeat(51) },
  { column: '职级', why: 'missing rank', value: () => null },
  { column: '手机号', why: 'missing phone', value: () => null },
  { column: '部门', why: 'missing department', value: () => null },
  { column: '基层工作经历(月)', why: 'negative months', value: () => -5 },
];

/**
 * R5 benchmark and test data: `count` cadre rows in template order over the given departments, with
 * `badRows` (≤ 20, spread evenly) each wrong in one cell. Deterministic; phones are 137 + 8 digits.
 */
export function generateCadreRows(opts: {
  count: number;
  departments: string[];
  badRows?: number;
  phoneBase?: number;
}): GeneratedCadres {
  const badCount = Math.min(opts.badRows ?? 0, defects.length);
  const badAt = new Map<number, number>();
  for (let k = 0; k < badCount; k++) badAt.set(Math.floor(((k + 0.5) * opts.count) / badCount), k);
  const rows: GenCell[][] = [];
  const bad: GeneratedCadres['bad'] = [];
  for (let i = 0; i < opts.count; i++) {
    const phone = `137${String((opts.phoneBase ?? 0) + i).padStart(8, '0')}`;
    const hire = new Date(Date.UTC(2005 + (i % 15), i % 12, 1 + (i % 28)));
    const row: GenCell[] = [
      `${surnames[i % surnames.length] ?? '王'}${given[(i * 7) % given.length] ?? '伟'}${i}`,
      i % 2 === 0 ? '男' : '女',
      opts.departments[i % opts.departments.length] ?? null,
      ranks[i % ranks.length] ?? '科员',
      ['专职', '专职', '专职', '挂职', '兼职'][i % 5] ?? '专职',
      i % 23 === 3 ? '是' : '否',
      i % 3 === 0 ? hire : hire.toISOString().slice(0, 10), // some Excel date cells, some text
      i % 17 === 5 ? '2027-07-01' : null,
      i % 61,
      counties[i % counties.length] ?? null,
      i % 4 === 0
        ? `${counties[(i + 1) % counties.length] ?? ''}、${counties[(i + 2) % counties.length] ?? ''}`
        : null,
      i % 7 === 0 ? Number(phone) : phone,
      i % 50 === 49 ? '离岗' : '在岗',
    ];
    const defect = badAt.get(i);
    const d = defect === undefined ? undefined : defects[defect];
    if (d) {
      row[col(d.column)] = d.value(row, rows[rows.length - 1] ?? []);
      bad.push({ row: i + 2, column: d.column, why: d.why });
    }
    rows.push(row);
  }
  return { headers: cadreImportColumns, rows, bad };
}

/** The rows as an .xlsx workbook (first sheet, header in row 1). */
export async function toXlsx(
  headers: readonly string[],
  rows: GenCell[][],
  sheetName = '干部信息',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  sheet.addRow([...headers]);
  for (const row of rows) {
    const added = sheet.addRow(row);
    row.forEach((cell, c) => {
      if (cell instanceof Date) added.getCell(c + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvField = (cell: GenCell): string => {
  const text = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The rows as UTF-8 CSV with a BOM and CRLF line ends, as Excel saves "CSV UTF-8". */
export function toCsv(headers: readonly string[], rows: GenCell[][]): Buffer {
  const lines = [headers.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The file the benchmark and the Done-when test import: 10,000 cadres, 20 of them bad. */
export async function generateCadreFile(
  departments: string[],
  opts: { count?: number; badRows?: number } = {},
) {
  const generated = generateCadreRows({
    count: opts.count ?? 10_000,
    departments,
    badRows: opts.badRows ?? 20,
  });
  return { ...generated, xlsx: await toXlsx(generated.headers, generated.rows) };
}
