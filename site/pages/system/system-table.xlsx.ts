// The 体系表 as an Excel workbook: 明细表 and 统计表 on separate sheets.
import type { APIRoute } from 'astro';
import writeXlsxFile from 'write-excel-file/node';
import { detailRecords, statisticsRecords } from '../../../src/system/system-table.ts';
import { handbook } from '../../lib/handbook.ts';

export const GET: APIRoute = async () => {
  const table = handbook().systemTable;
  const sheet = (records: string[][]) => records.map((record, row) => record.map((value) => ({ value, fontWeight: row === 0 ? ('bold' as const) : undefined })));
  const buffer = await writeXlsxFile([
    { data: sheet(detailRecords(table)), sheet: '标准明细表' },
    { data: sheet(statisticsRecords(table)), sheet: '标准统计表' },
  ]).toBuffer();
  return new Response(new Uint8Array(buffer));
};
