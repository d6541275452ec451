// The 复审 register as an Excel workbook, for the office's January list (Q/JMXZ 10101 9.2.1).
import type { APIRoute } from 'astro';
import { writeXlsx } from '../../../src/export/xlsx.ts';
import { registerTable } from '../../../src/evaluation/review-register.ts';
import { evaluation } from '../../lib/evaluation.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await writeXlsx([registerTable(evaluation().register)])), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
