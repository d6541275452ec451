// Prints the office's working documents (检查表, 应知应会手册, 复审意见表) through the project's print
// entry point (DocumentPrinter). For a command writing one PDF where the office wants it, the print
// preview and its scripts stay in a temporary folder and only the PDF is copied out.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dutiesOf } from '../evaluation/duties.ts';
import { codeFileStem } from '../model/code.ts';
import type { Corpus, Standard } from '../model/types.ts';
import { bookletDocument, reviewFormDocument } from './office-documents.ts';
import { DocumentPrinter } from './print-html.ts';
import { monthLabel } from './system-table-document.ts';

export class OfficePrinter {
  private readonly work = mkdtempSync(join(tmpdir(), 'office-print-'));
  private readonly printer = new DocumentPrinter({ outDir: this.work });
  private readonly author: string;
  private count = 0;

  constructor(author: string) {
    this.author = author;
  }

  /** Prints one document to `outFile`; returns its number of pages. */
  async print(html: string, outFile: string, title: string): Promise<number> {
    const printed = await this.printer.print({ stem: `document-${++this.count}`, html, info: { title, subject: title, author: this.author, keywords: [title] } });
    copyFileSync(join(this.work, printed.file), outFile);
    return printed.pages;
  }

  async close(): Promise<void> {
    await this.printer.close();
    rmSync(this.work, { recursive: true, force: true });
  }
}

/** File stems of the office documents the build prints into dist/print/, shared with the handbook's links. */
export function bookletStem(name: string): string {
  return `booklet-${name}`;
}

export function reviewFormStem(standard: Standard): string {
  return `review-form-${codeFileStem(standard.meta.code!)}`;
}

/** Standards whose front matter records a 复审, in code order. */
export function reviewedStandards(corpus: Corpus): Standard[] {
  return corpus.standards.filter((s) => s.meta.review?.outcome && s.meta.code?.year).sort((a, b) => a.meta.code!.raw.localeCompare(b.meta.code!.raw));
}

/**
 * The build's office documents: the 应知应会手册 of every post and department and the 复审意见表 of
 * every recorded review, as PDF with print preview in `outDir` (the handbook's print/ folder).
 */
export async function printOfficeDocuments(corpus: Corpus, outDir: string, today: string): Promise<string[]> {
  const printer = new DocumentPrinter({ outDir });
  const author = corpus.system.organization.issuer;
  const info = (title: string) => ({ title, subject: title, author, keywords: [title] });
  try {
    const jobs = [
      ...[...corpus.system.posts, ...corpus.system.departments].map((entry) => {
        const duties = dutiesOf(corpus, entry.name)!;
        const html = bookletDocument(duties, corpus.system.organization, monthLabel(today));
        return printer.print({ stem: bookletStem(entry.name), html, info: info(`${entry.name}应知应会手册`) });
      }),
      ...reviewedStandards(corpus).map((standard) =>
        printer.print({
          stem: reviewFormStem(standard),
          html: reviewFormDocument(standard, corpus.system.organization),
          info: info(`${standard.meta.code!.raw} 标准复审意见表`),
        }),
      ),
    ];
    return (await Promise.all(jobs)).map((printed) => printed.file);
  } finally {
    await printer.close();
  }
}
