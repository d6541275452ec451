// The 复审 register as an Excel workbook, for the office's January list (Q/JMXZ 10101 9.2.1).
import type { APIRoute } from 'astro';
import writeXlsxFile from 'write-excel-file/node';
import { registerRecords } from '../../../src/evaluation/review-register.ts';
import { evaluation } from '../../lib/evaluation.ts';

export const GET: APIRoute = async () => {
  const records = registerRecords(evaluation().register);
  const data = records.map((record, row) => record.map((value) => ({ value, fontWeight: row === 0 ? ('bold' as const) : undefined, wrap: true })));
  const buffer = await writeXlsxFile(data, { sheet: '复审登记', columns: [6, 20, 28, 12, 12, 12, 16, 60].map((width) => ({ width })) }).toBuffer();
  return new Response(new Uint8Array(buffer));
};
