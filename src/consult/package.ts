// `npm run consult`: the package a draft goes out with (Q/JMXZ 10101 6.3.1) — the text as .docx and
// PDF, the 编制说明 when the standard has one, the 征求意见表 — and the record of the round beside
// the standard, listing the units asked and the deadline.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EXPLANATION_SUFFIX } from '../corpus.ts';
import { AuthoringError } from '../authoring/errors.ts';
import { writeFileAtomic } from '../authoring/files.ts';
import { standardToDocx } from '../export/docx.ts';
import { SvgRasterizer } from '../export/rasterize.ts';
import { codeFileStem, formatCode } from '../model/code.ts';
import { STATUS_LABELS, type Corpus, type Standard } from '../model/types.ts';
import { parseStandard } from '../parse/parse-standard.ts';
import { printCorpus } from '../print/print-corpus.ts';
import { escapeHtml } from '../print/templates.ts';
import { renderStandard } from '../render/render-standard.ts';
import { clauseTexts } from './clauses.ts';
import { consultationForm } from './forms.ts';
import { printDocuments } from './print-documents.ts';
import type { Consultation } from '../model/consultation.ts';
import { loadConsultations, recordPath, serializeRecord } from './record.ts';

export function explanationPath(standardPath: string): string {
  return join(dirname(standardPath), `${basename(standardPath, '.md')}${EXPLANATION_SUFFIX}`);
}

/** YYYY-MM-DD plus `days` working days (Monday to Friday; public holidays are not known here). */
export function addWorkingDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** The center's sections (科室) named as departments in the corpus: the default units to ask. */
export function defaultUnits(corpus: Corpus): string[] {
  return [...new Set(corpus.standards.map((s) => s.meta.department).filter((d): d is string => Boolean(d)))].sort((a, b) => a.localeCompare(b, 'zh'));
}

export interface ConsultOptions {
  deadline: string;
  units: string[];
  outDir: string;
  today: string;
  /** Skip the PDFs (no Chromium). */
  pdf?: boolean;
}

export interface ConsultResult {
  files: string[];
  record: Consultation;
  recordFile: string;
}

/** The record for a new round, or the latest one again when nothing has come back for it yet. */
function nextRound(corpus: Corpus, standard: Standard, options: ConsultOptions): Consultation {
  const rounds = loadConsultations(corpus.root, standard.file);
  const latest = rounds.at(-1);
  const reissue = latest && latest.comments.length === 0 && latest.units.every((u) => !u.replied);
  const round = reissue ? latest.round : (latest?.round ?? 0) + 1;
  return {
    file: recordPath(standard.file, round),
    standard: formatCode(standard.meta.code!),
    round,
    sent: options.today,
    deadline: options.deadline,
    units: options.units.map((name) => ({ name })),
    comments: [],
  };
}

export async function writeConsultationPackage(corpus: Corpus, standard: Standard, options: ConsultOptions): Promise<ConsultResult> {
  const { meta } = standard;
  if (!meta.code || !meta.title) throw new AuthoringError(`${standard.file} 缺少标准编号或名称，无法征求意见。`);
  if (meta.status !== 'draft' && meta.status !== 'consultation') {
    throw new AuthoringError(`${formatCode(meta.code)} 的状态是${meta.status ? STATUS_LABELS[meta.status] : '未填写'}；只有草案和征求意见稿可以征求意见（Q/JMXZ 10101 6.3）。`);
  }
  if (options.deadline < options.today) throw new AuthoringError(`反馈截止日期 ${options.deadline} 早于今天（${options.today}）。`);
  if (options.units.length === 0) throw new AuthoringError('没有征求意见的单位；请用 --to 给出单位。');
  const code = formatCode(meta.code);
  const stem = codeFileStem(meta.code);
  const record = nextRound(corpus, standard, options);
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, data: Uint8Array): void => {
    writeFileSync(join(options.outDir, name), data);
    files.push(name);
  };

  const rasterizer = new SvgRasterizer();
  const explanationFile = explanationPath(join(corpus.root, standard.file));
  const explanation = existsSync(explanationFile) ? parseStandard(explanationPath(standard.file), readFileSync(explanationFile)) : undefined;
  try {
    const docxOptions = { organization: corpus.system.organization, root: corpus.root, rasterizeSvg: (svg: Buffer) => rasterizer.rasterize(svg) };
    write(`${stem}-征求意见稿.docx`, await standardToDocx(standard, { ...docxOptions, consultation: { deadline: options.deadline, round: record.round } }));
    if (explanation) write(`${stem}-编制说明.docx`, await standardToDocx(explanation, { ...docxOptions, explanation: { code, title: meta.title } }));
  } finally {
    await rasterizer.close();
  }
  write(`${stem}-征求意见表.xlsx`, await consultationForm({ code, title: meta.title, round: record.round, deadline: options.deadline }, clauseTexts(standard)));

  if (options.pdf !== false) {
    const printDir = mkdtempSync(join(tmpdir(), 'jmxz-consult-print-'));
    try {
      const printed = await printCorpus(corpus, { outDir: printDir, codes: [code], today: options.today });
      if (printed.failures.length > 0) throw new AuthoringError(`排版 PDF 失败：${printed.failures.map((f) => f.message).join('；')}`);
      copyFileSync(join(printDir, `${stem}.pdf`), join(options.outDir, `${stem}-征求意见稿.pdf`));
      files.push(`${stem}-征求意见稿.pdf`);
    } finally {
      rmSync(printDir, { recursive: true, force: true });
    }
    if (explanation) {
      const rendered = renderStandard(explanation, { hrefFor: () => undefined, imageSrc: () => undefined });
      const [pdf] = await printDocuments([
        {
          title: `${code} ${meta.title} 编制说明`,
          runningHead: code,
          author: corpus.system.organization.issuer,
          content: `<main class="standard-text" data-folio="arabic"><p style="font: 16pt var(--hei); text-align: center; text-indent: 0; margin: 0 0 8mm">《${escapeHtml(meta.title)}》编制说明</p>${rendered.html}</main>`,
        },
      ]);
      write(`${stem}-编制说明.pdf`, pdf!.bytes);
    }
  }

  const recordFile = join(corpus.root, record.file);
  writeFileAtomic(recordFile, serializeRecord(record, meta.title));
  return { files, record, recordFile };
}
