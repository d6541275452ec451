// Random and mutated Markdown for the property test and the benchmark's long fuzzing run.
import fc from 'fast-check';

const FRAGMENTS = [
  '---',
  'code: Q/JMXZ 30501—2025',
  'code: [',
  'status: current',
  'status: 42',
  'issued: 2025-13-45',
  'replaces: [Q/JMXZ 30501—2020, 7]',
  'title: &a [*a, *a]',
  '## 前言',
  '## 1 范围',
  '## 2 规范性引用文件',
  '## 3 术语和定义',
  '### 3.1 术语 term',
  '## 4 要求',
  '### 4.1 总则',
  '#### 4.1.1 细则',
  '###### 4.1.1.1.1.1 过深',
  '4.1.2 应按4.9执行。',
  '## 附录A（规范性）表格',
  '## 附录',
  '### A.1 条',
  '## 参考文献',
  '- [1] 法规',
  '表1 标题',
  '表A.1 标题',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '![图](x.svg)',
  '图1 流程',
  'x = y　(1)',
  '注：说明',
  '注2：说明',
  '示例1：',
  '见第9章、附录Z和表7',
  '应符合GB/T 36113—2018的5.2和5.3的规定',
  'Q/JMXZ 30101的4.2',
  'GB/T 32169（所有部分）',
  '<!-- check-ignore ref-internal -->',
  '<!-- check-ignore nonexistent: x -->',
  '<script>alert(1)</script>',
  '- 一层',
  '  - 二层',
  '    - 三层',
  '必须不得严禁',
  '',
  '```',
  '> 引用',
];

export const line = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
export const randomDocument = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

/** A standard with lines deleted, duplicated or replaced by random ones. */
export function mutatedStandard(text: string): fc.Arbitrary<string> {
  const base = text.split('\n');
  return fc.array(fc.tuple(fc.nat(base.length), fc.constantFrom('delete', 'duplicate', 'insert'), line), { minLength: 1, maxLength: 8 }).map((edits) => {
    const lines = [...base];
    for (const [at, kind, inserted] of edits) {
      const index = at % (lines.length + 1);
      if (kind === 'delete') lines.splice(index, 1);
      else if (kind === 'duplicate') lines.splice(index, 0, lines[index] ?? '');
      else lines.splice(index, 0, inserted);
    }
    return lines.join('\n');
  });
}
