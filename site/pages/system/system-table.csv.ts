// The 明细表 as CSV.
import type { APIRoute } from 'astro';
import { toCsv } from '../../../src/export/xlsx.ts';
import { detailTable } from '../../../src/system/system-table.ts';
import { handbook } from '../../lib/handbook.ts';

export const GET: APIRoute = () => new Response(toCsv(detailTable(handbook().systemTable)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
