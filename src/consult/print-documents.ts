// The consultation's printed documents — the 编制说明 and the 意见汇总处理表 — as print documents of
// the project's print pipeline (templates/print, Paged.js in Chromium, pdf-lib to finish).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfPrinter } from '../print/browser.ts';
import { finishPdf } from '../print/pdf.ts';
import { installScripts } from '../print/print-corpus.ts';
import { escapeHtml, printDocument } from '../print/templates.ts';
import { answerText, countsSentence, silentUnits, summaryCounts, SUMMARY_COLUMNS } from './forms.ts';
import type { Consultation } from '../model/consultation.ts';

export interface PrintableDocument {
  title: string;
  runningHead: string;
  /** HTML inside <body>. */
  content: string;
  author: string;
}

/** Prints each document to a PDF; returns the PDFs with their page counts. */
export async function printDocuments(documents: PrintableDocument[]): Promise<{ bytes: Uint8Array; pageCount: number }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jmxz-consult-'));
  const printer = new PdfPrinter();
  try {
    installScripts(dir);
    const results: { bytes: Uint8Array; pageCount: number }[] = [];
    for (const [index, document] of documents.entries()) {
      const file = join(dir, `document-${index}.html`);
      writeFileSync(file, printDocument({ title: document.title, kind: 'consultation', runningHead: document.runningHead, watermark: '', content: document.content }));
      const printed = await printer.print(file);
      results.push(await finishPdf(printed.pdf, printed.layout, { title: document.title, subject: document.title, author: document.author, keywords: [document.runningHead] }, []));
    }
    return results;
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const SUMMARY_STYLE = `<style>
.consultation-summary h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 16pt; text-align: center; margin: 0 0 8mm; font-weight: normal; }
.consultation-summary p { text-indent: 0; margin: 0 0 2mm; }
.consultation-summary table { width: 100%; border-collapse: collapse; font-size: 9pt; margin-top: 4mm; }
.consultation-summary th, .consultation-summary td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; white-space: pre-wrap; }
.consultation-summary th { font-family: "Noto Sans CJK SC", sans-serif; font-weight: normal; text-align: center; }
.consultation-summary td.number, .consultation-summary th { white-space: nowrap; }
.consultation-summary td.number { text-align: center; }
.consultation-summary col.wide { width: 45%; }
</style>`;

/** The 意见汇总处理表 as a print document. */
export function summaryDocument(code: string, title: string, consultation: Consultation, issuer: string): PrintableDocument {
  const rows = consultation.comments.map((comment, index) => {
    const content = `${comment.original ? `原文：${comment.original}\n` : ''}意见：${comment.proposal}${comment.reason ? `\n理由：${comment.reason}` : ''}`;
    return (
      `<tr><td class="number">${index + 1}</td><td class="number">${escapeHtml(comment.clause)}</td><td>${escapeHtml(content)}</td>` +
      `<td>${escapeHtml(comment.unit)}</td><td>${escapeHtml(answerText(comment))}</td><td>${escapeHtml(comment.person ? `联系人：${comment.person}` : '')}</td></tr>`
    );
  });
  const silent = silentUnits(consultation)
    .map((unit) => `<p>${escapeHtml(`${unit.name}：${unit.result}`)}</p>`)
    .join('');
  const content = `${SUMMARY_STYLE}<main class="standard-text consultation-summary" data-folio="arabic">
<h1>${escapeHtml(`《${title}》征求意见汇总处理表`)}</h1>
<p>${escapeHtml(`标准编号：${code}　　征求意见第${consultation.round}轮：${consultation.sent} 发出，${consultation.deadline} 截止`)}</p>
<p>${escapeHtml(countsSentence(summaryCounts(consultation)))}</p>
${silent}
<table><colgroup><col><col><col class="wide"><col><col><col></colgroup><thead><tr>${SUMMARY_COLUMNS.map((column) => `<th>${escapeHtml(column)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</main>`;
  return { title: `${code} ${title} 征求意见汇总处理表`, runningHead: code, content, author: issuer };
}
