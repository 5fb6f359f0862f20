import ExcelJS from 'exceljs';

export type SheetRow = Record<string, string | number>;

/** Fills the downloaded template: keeps its header row, drops any sample rows, appends ours. */
export async function fillTemplate(template: Buffer, rows: readonly SheetRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; hand it an exact copy of the bytes.
  await book.xlsx.load(new Uint8Array(template).buffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('template has no worksheet');
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(cell.text.trim(), col));
  if (sheet.rowCount > 1) sheet.spliceRows(2, sheet.rowCount - 1);
  rows.forEach((data, i) => {
    const row = sheet.getRow(i + 2);
    for (const [header, value] of Object.entries(data)) {
      const col = headers.get(header);
      if (col === undefined)
        throw new Error(`template has no column ${header}; it has ${[...headers.keys()].join(', ')}`);
      row.getCell(col).value = value;
    }
    row.commit();
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
