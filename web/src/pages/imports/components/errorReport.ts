import type { ImportRowError } from '@grassroots/core';

// S4: a cell starting with = + - @ would run as a formula in Excel; prefix it with a quote.
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** R5: the downloadable error report, built in the browser (BOM so Excel reads UTF-8). */
export function errorReportCsv(errors: readonly ImportRowError[], headers: [string, string, string]): Blob {
  const lines = [headers.map(cell).join(',')];
  for (const e of errors) lines.push([e.row, e.column, e.message].map(cell).join(','));
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
