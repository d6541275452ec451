// Prints the office's working documents (检查表, 应知应会手册, 复审意见表) through the project's print
// entry point (DocumentPrinter). For a command writing one PDF where the office wants it, the print
// preview and its scripts stay in a temporary folder and only the PDF is copied out.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentPrinter } from './print-html.ts';

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
