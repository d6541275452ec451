// The 体系表 as an Excel workbook: 明细表 and 统计表 on separate sheets.
import type { APIRoute } from 'astro';
import { writeXlsx } from '../../../src/export/xlsx.ts';
import { detailTable, statisticsTable } from '../../../src/system/system-table.ts';
import { handbook } from '../../lib/handbook.ts';

export const GET: APIRoute = async () => {
  const table = handbook().systemTable;
  return new Response(new Uint8Array(await writeXlsx([detailTable(table), statisticsTable(table)])), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
