// The 意见汇总处理表 of a round (Q/JMXZ 10101 6.3.3): the comments with their answers, as a
// workbook and as a printed PDF, with the counts and the units that did not reply.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthoringError } from '../authoring/errors.ts';
import { writeFileAtomic } from '../authoring/files.ts';
import { codeFileStem, formatCode } from '../model/code.ts';
import type { Corpus, Standard } from '../model/types.ts';
import { summaryWorkbook } from './forms.ts';
import { recordOverdue } from './import.ts';
import { printDocuments, summaryDocument } from './print-documents.ts';
import type { Consultation } from '../model/consultation.ts';
import { loadConsultations, serializeRecord } from './record.ts';

export interface SummaryOptions {
  round?: number;
  outDir: string;
  today: string;
  pdf?: boolean;
}

export async function writeSummary(corpus: Corpus, standard: Standard, options: SummaryOptions): Promise<{ record: Consultation; files: string[] }> {
  const code = formatCode(standard.meta.code!);
  const rounds = loadConsultations(corpus.root, standard.file);
  const record = options.round ? rounds.find((r) => r.round === options.round) : rounds.at(-1);
  if (!record) throw new AuthoringError(`${code} 没有${options.round ? `第${options.round}轮` : ''}征求意见记录；请先运行 npm run consult。`);
  const title = standard.meta.title ?? '';
  if (recordOverdue(record, options.today)) writeFileAtomic(join(corpus.root, record.file), serializeRecord(record, title));
  mkdirSync(options.outDir, { recursive: true });
  const stem = `${codeFileStem(standard.meta.code!)}-意见汇总处理表-第${record.round}轮`;
  const files = [`${stem}.xlsx`];
  writeFileSync(join(options.outDir, files[0]!), await summaryWorkbook({ code, title, round: record.round, deadline: record.deadline }, record));
  if (options.pdf !== false) {
    const [pdf] = await printDocuments([summaryDocument(code, title, record, corpus.system.organization.issuer)]);
    writeFileSync(join(options.outDir, `${stem}.pdf`), pdf!.bytes);
    files.push(`${stem}.pdf`);
  }
  return { record, files };
}
