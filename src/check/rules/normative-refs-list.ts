import { toString } from 'mdast-util-to-string';
import { codeCovers, formatCode } from '../../model/code.ts';
import type { LegacyRule } from '../rule.ts';

export const normativeRefsList: LegacyRule = {
  id: 'normative-refs-list',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.6（规范性引用文件清单与正文中的规范性引用一一对应）',
  description: '第2章列出的文件都在正文中被规范性引用，正文中规范性引用的文件都列入第2章',
  check(standard, { report }) {
    const chapter = standard.sections.get('2');
    if (!chapter || chapter.kind !== 'chapter') return;
    const normative = standard.references.filter((r) => r.normative && r.document);
    for (const entry of standard.normativeList) {
      if (!normative.some((r) => codeCovers(entry.code, r.document!))) {
        report(entry.position, `第2章列出了 ${formatCode(entry.code)}，但正文中没有对它的规范性引用（如"应符合${formatCode(entry.code, false)}的规定"）；请在正文中引用它，或将它移入参考文献。`);
      }
    }
    const reported = new Set<string>();
    for (const reference of normative) {
      const code = reference.document!;
      if (code.prefix === standard.meta.code?.prefix && code.serial === standard.meta.code.serial) continue;
      if (standard.normativeList.some((entry) => codeCovers(entry.code, code))) continue;
      const key = formatCode(code);
      if (reported.has(key)) continue;
      reported.add(key);
      report(reference.position, `正文规范性引用了 ${key}，但第2章没有列出；请在第2章列表中加入"${key} 文件名称"。`);
    }
    for (const block of chapter.blocks) {
      if (block.type !== 'list') continue;
      for (const item of block.children) {
        const text = toString(item).trim();
        if (!standard.normativeList.some((e) => e.position.line === item.position?.start.line)) {
          report({ line: item.position!.start.line, column: item.position!.start.column }, `"${text}"不是"编号 名称"形式的标准；第2章只列标准文件，法律法规、政策文件列入参考文献。`);
        } else if (/[。；，;,.]$/u.test(text)) {
          report({ line: item.position!.start.line, column: item.position!.start.column }, '第2章的列项末尾不加标点。');
        }
      }
    }
  },
};
