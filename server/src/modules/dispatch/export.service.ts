import ExcelJS from 'exceljs';
import type { Plan } from '@grassroots/core/dispatch/index';
import { requirePermission, type Actor } from '../../platform/access';
import { auditChange } from '../../platform/audit';
import { neutralise } from '../imports/template';
import { versionToRead, visibleRound, type DispatchDeps } from './dispatch.common';
import { buildProblem, groupNames, type ProblemBook } from './problem';

// D7: the plan as an Excel workbook (what league organs exchange); S4: no cell is read as a formula.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const EXPORT_HEADERS = [
  '批次',
  '省份',
  '地市',
  '县区',
  '工作小组',
  '姓名',
  '部门',
  '职级',
  '组长',
  '起止日期',
] as const;

const REASONS: Record<string, string> = {
  exempt: '不参加',
  'probation-after-round': '试用期满晚于本轮最后一批开始',
  'infeasible-batch': '无法安排批次',
  'infeasible-group': '无法编入工作小组',
  'infeasible-county': '无可派驻的县（区）',
};

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
}

// Every cell is text from the plan or the organ's records: neutralised whatever its column.
const textRow = (values: (string | number)[]) =>
  values.map((v) => (typeof v === 'string' ? neutralise(v) : v));

/** D7: one row per dispatched cadre (batch, place, group, leader first), then who is left out and why. */
export async function planWorkbook(book: ProblemBook, plan: Plan, batch?: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Grassroots';
  const sheet = wb.addWorksheet('下沉安排', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [8, 12, 14, 14, 20, 10, 16, 8, 6, 26];
  sheet.columns = EXPORT_HEADERS.map((header, i) => ({ header, width: widths[i] ?? 12 }));
  const group = groupNames(plan.groups, (code) => book.prefectures.get(code) ?? code);
  const rows = plan.assignments
    .filter((a) => batch === undefined || a.batch === batch)
    .map((a) => {
      const county = book.counties.get(a.countyCode);
      const cadre = book.cadres.get(a.cadreId);
      return {
        a,
        sort: [
          String(a.batch).padStart(3, '0'),
          county?.prefectureCode ?? '',
          a.groupId ?? '',
          a.leader ? '0' : '1',
          a.countyCode,
        ].join('|'),
        values: [
          `第${a.batch}批`,
          county ? (book.provinces.get(county.provinceCode) ?? county.provinceCode) : '',
          county ? (book.prefectures.get(county.prefectureCode) ?? county.prefectureCode) : '',
          county?.name ?? a.countyCode,
          a.groupId ? (group.get(a.groupId) ?? a.groupId) : '',
          cadre?.name ?? a.cadreId,
          cadre?.department ?? '',
          cadre?.rank ?? '',
          a.leader ? '是' : '否',
          `${a.start} 至 ${a.end}`,
        ],
      };
    })
    .sort((x, y) => (x.sort < y.sort ? -1 : x.sort > y.sort ? 1 : 0));
  for (const r of rows) sheet.addRow(textRow(r.values));
  styleHeader(sheet);

  if (plan.unassigned.length > 0 && batch === undefined) {
    const left = wb.addWorksheet('未安排', { views: [{ state: 'frozen', ySplit: 1 }] });
    left.columns = ['姓名', '部门', '职级', '原因'].map((header, i) => ({
      header,
      width: [10, 16, 8, 50][i] ?? 12,
    }));
    for (const u of plan.unassigned) {
      const cadre = book.cadres.get(u.cadreId);
      const reason = REASONS[u.reason] ?? u.reason;
      const detail = u.reason === 'exempt' && cadre?.exemptReason ? `：${cadre.exemptReason}` : '';
      left.addRow(
        textRow([cadre?.name ?? u.cadreId, cadre?.department ?? '', cadre?.rank ?? '', reason + detail]),
      );
    }
    styleHeader(left);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** D7: the workbook of a version (default: the published one, else the newest); the export is audited. */
export async function exportPlan(
  deps: DispatchDeps,
  actor: Actor,
  roundId: string,
  q: { version?: number; batch?: number },
): Promise<{ body: Buffer; fileName: string; asciiName: string }> {
  requirePermission(actor, 'dispatch.read');
  const round = await visibleRound(deps.db, actor, roundId);
  const { row, plan } = await versionToRead(deps.db, round, q.version);
  const book = await buildProblem(deps.db, round);
  const body = await planWorkbook(book, plan, q.batch);
  const now = deps.now();
  await deps.db.transaction((tx) =>
    auditChange(
      tx,
      actor,
      now,
      'dispatch.export',
      { type: 'dispatch_round', id: roundId },
      {
        version: row.version,
        batch: q.batch ?? null,
      },
    ),
  );
  const batchPart = q.batch === undefined ? '' : `-第${q.batch}批`;
  const safeName = round.name.replace(/[\\/:*?"<>|\r\n\t]/g, '_');
  return {
    body,
    fileName: `${safeName}-下沉方案v${row.version}${batchPart}.xlsx`,
    asciiName: `dispatch-plan-v${row.version}${q.batch === undefined ? '' : `-batch${q.batch}`}.xlsx`,
  };
}
