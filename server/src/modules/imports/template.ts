import ExcelJS from 'exceljs';
import {
  cadreImportColumns,
  cadreStatuses,
  difficultyTypeLabels,
  grassrootsOrgImportColumns,
  grassrootsOrgTypes,
  importColumns,
  postTypes,
  ranks,
  requiredImportColumns,
  youthGroupLabels,
  youthImportColumns,
  youthRelationLabels,
} from '@grassroots/core';

export type TemplateKind = keyof typeof importColumns;

/** S4: a cell from user data that starts like a formula is written as text (leading quote). */
export const neutralise = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const DATA_ROWS = 2000; // rows that get drop-down lists; more rows may be typed or pasted
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ColumnHelp {
  rule: string;
  example: string;
  /** Allowed values offered as a drop-down list. */
  list?: readonly string[];
  /** Keep what is typed as text (leading digits, dates as typed). */
  text?: boolean;
  width?: number;
}

const countyRule = '6 位县级行政区划代码（GB/T 2260），如 430121（长沙县）';
const yesNo = ['是', '否'] as const;

const cadreHelp: Record<(typeof cadreImportColumns)[number], ColumnHelp> = {
  姓名: { rule: '不超过 50 个字', example: '张三' },
  性别: { rule: '男 或 女，可不填', example: '男', list: ['男', '女'] },
  部门: { rule: '本机关已有的部门名称（见“部门列表”）', example: '组织部', width: 16 },
  职级: { rule: ranks.join('、'), example: '正处', list: ranks },
  岗位类型: {
    rule: `${Object.values(postTypes).join('、')}；不填为专职`,
    example: '专职',
    list: Object.values(postTypes),
  },
  内部管理岗位: { rule: '是 或 否；不填为否', example: '否', list: yesNo },
  入职日期: { rule: '日期，格式 YYYY-MM-DD', example: '2015-09-01', text: true, width: 14 },
  试用期满日期: {
    rule: '日期，格式 YYYY-MM-DD；新入职人员填写',
    example: '2016-09-01',
    text: true,
    width: 14,
  },
  '基层工作经历(月)': { rule: '0 到 600 之间的整数（月数）；不填为 0', example: '30', width: 18 },
  籍贯县代码: { rule: `${countyRule}；用于回避`, example: '430121', text: true, width: 14 },
  曾下沉县代码: {
    rule: `${countyRule}；多个用“、”或“,”分隔`,
    example: '430102、430181',
    text: true,
    width: 20,
  },
  手机号: {
    rule: '11 位手机号；同一机关内用于识别同一干部（重复导入不会重复创建）',
    example: '13900000000',
    text: true,
    width: 16,
  },
  状态: {
    rule: `${Object.values(cadreStatuses).join(' 或 ')}；不填为在岗`,
    example: '在岗',
    list: Object.values(cadreStatuses),
  },
};

const orgHelp: Record<(typeof grassrootsOrgImportColumns)[number], ColumnHelp> = {
  组织名称: {
    rule: '不超过 100 个字；同一县内名称相同视为同一组织',
    example: '长沙县星沙街道青年之家',
    width: 30,
  },
  组织类型: { rule: grassrootsOrgTypes.join('、'), example: '青年之家', list: grassrootsOrgTypes, width: 18 },
  县级行政区划代码: { rule: countyRule, example: '430121', text: true, width: 18 },
  地址: { rule: '不超过 200 个字，可不填', example: '长沙县星沙街道开元路 1 号', width: 30 },
  是否两新组织: {
    rule: '是 或 否（非公有制经济组织、社会组织）；不填为否',
    example: '否',
    list: yesNo,
    width: 14,
  },
  联系人: { rule: '不超过 50 个字，可不填', example: '李四' },
};

const zhOf = (labels: Readonly<Record<string, { zh: string }>>) => Object.values(labels).map((l) => l.zh);
const groups = zhOf(youthGroupLabels);
const relations = zhOf(youthRelationLabels);
const difficulties = zhOf(difficultyTypeLabels);

const youthHelp: Record<(typeof youthImportColumns)[number], ColumnHelp> = {
  姓名: { rule: '不超过 50 个字；无手机号时，姓名与出生年份相同视为同一人', example: '王小明' },
  性别: { rule: '男 或 女，可不填', example: '男', list: ['男', '女'] },
  出生年份: { rule: '四位年份，如 2001；不满 14 周岁的请在系统中记录监护人同意', example: '2001' },
  手机号: {
    rule: '11 位手机号，可不填；在本人的联系人中用于识别同一人（重复导入不会重复创建）',
    example: '13900000000',
    text: true,
    width: 16,
  },
  群体: { rule: `${groups.join('、')}；不填为其他`, example: groups[0] ?? '', list: groups, width: 16 },
  县级行政区划代码: { rule: `${countyRule}；可不填`, example: '430121', text: true, width: 18 },
  单位或学校: { rule: '不超过 100 个字，可不填', example: '星沙街道某科技公司', width: 24 },
  关系: { rule: `${relations.join(' 或 ')}；不填为朋友`, example: '朋友', list: relations },
  困难类型: {
    rule: `帮扶对象填写：${difficulties.join('、')}`,
    example: difficulties[0] ?? '',
    list: difficulties,
  },
  帮扶计划: { rule: '不超过 2000 个字，帮扶对象填写', example: '每月走访一次，对接就业岗位', width: 30 },
  备注: { rule: '不超过 1000 个字，可不填', example: '', width: 24 },
};

const helps: Record<TemplateKind, Record<string, ColumnHelp>> = {
  cadres: cadreHelp,
  'grassroots-orgs': orgHelp,
  youth: youthHelp,
};
const helpOf = (kind: TemplateKind): Record<string, ColumnHelp> => helps[kind];
const titles = { cadres: '干部信息', 'grassroots-orgs': '基层组织', youth: '青年联系人' } as const;
const fileTitles = {
  cadres: '干部导入模板',
  'grassroots-orgs': '基层组织导入模板',
  youth: '青年联系人导入模板',
} as const;

function addGuide(wb: ExcelJS.Workbook, kind: TemplateKind, hasDepartments: boolean) {
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [
    { header: '列名', width: 20 },
    { header: '是否必填', width: 10 },
    { header: '填写要求与可选值', width: 70 },
    { header: '示例', width: 20 },
  ];
  guide.getRow(1).font = { bold: true };
  const required: readonly string[] = requiredImportColumns[kind];
  for (const header of importColumns[kind]) {
    const help = helpOf(kind)[header];
    guide.addRow([header, required.includes(header) ? '是' : '否', help?.rule ?? '', help?.example ?? '']);
  }
  guide.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  const notes = [
    `第一张工作表“${titles[kind]}”的第一行是表头，请勿修改；从第二行起每行填写一条记录。`,
    '日期一律按 YYYY-MM-DD 填写（如 2015-09-01），也可使用 Excel 日期单元格。',
    '县级行政区划代码为 GB/T 2260 的 6 位代码，系统只接受现行有效的县级代码。',
    '也可另存为 CSV（UTF-8）上传；有错误的行会逐行列出（行号、列名、原因），其余行正常导入。',
    '不填的可选列：新建记录取默认值；已有记录保持原值不变。',
  ];
  if (hasDepartments) notes.splice(1, 0, '“部门”须与“部门列表”工作表中的名称完全一致。');
  if (kind === 'youth')
    notes.push('导入的青年联系人只归入您本人的联系人；其他干部和管理员看不到其个人信息。');
  guide.addRow([]);
  for (const note of notes) guide.addRow(['说明', '', note]);
}

/** R5: the downloadable template — Chinese headers, drop-down lists, a guide sheet, the organ's departments. */
export async function buildTemplate(
  kind: TemplateKind,
  format: 'xlsx' | 'csv',
  departments: string[],
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const headers: readonly string[] = importColumns[kind];
  if (format === 'csv') {
    // A BOM makes Excel open the UTF-8 file with the right encoding.
    return {
      body: Buffer.from(`\ufeff${headers.join(',')}\r\n`, 'utf8'),
      fileName: `${fileTitles[kind]}.csv`,
      contentType: 'text/csv; charset=utf-8',
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Grassroots';
  const sheet = wb.addWorksheet(titles[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const required: readonly string[] = requiredImportColumns[kind];
  sheet.columns = headers.map((header) => ({
    header,
    width: helpOf(kind)[header]?.width ?? 12,
    ...(helpOf(kind)[header]?.text ? { style: { numFmt: '@' } } : {}),
  }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
    if (typeof cell.value === 'string' && required.includes(cell.value))
      cell.font = { bold: true, color: { argb: 'FFC00000' } };
  });
  if (kind === 'cadres' && departments.length > 0) {
    const list = wb.addWorksheet('部门列表');
    list.addRow(['部门名称']).font = { bold: true };
    list.getColumn(1).width = 24;
    for (const name of departments) list.addRow([neutralise(name)]);
  }
  headers.forEach((header, i) => {
    const help = helpOf(kind)[header];
    const formula =
      header === '部门' && departments.length > 0
        ? `'部门列表'!$A$2:$A$${departments.length + 1}`
        : help?.list
          ? `"${help.list.join(',')}"`
          : undefined;
    if (!formula) return;
    for (let r = 2; r <= DATA_ROWS + 1; r++) {
      sheet.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: header,
        error: help?.rule ?? '',
      };
    }
  });
  addGuide(wb, kind, kind === 'cadres' && departments.length > 0);
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `${fileTitles[kind]}.xlsx`,
    contentType: XLSX_TYPE,
  };
}

/** RFC 6266/5987: an ASCII fallback name and the UTF-8 name. */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
