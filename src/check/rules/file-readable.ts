import { defineRule } from '../rule.ts';

export const fileReadable = defineRule({
  id: 'file-readable',
  severity: 'error',
  scope: 'document',
  basis: [{ tool: '标准为 UTF-8 编码的 Markdown 文本' }],
  description: '文件可作为标准读取：UTF-8 编码、不含 NUL 字节、不超过大小上限',
  messages: {
    unreadable: '文件无法作为标准读取：{reason}',
  },
  fixable: false,
  docs: {
    rationale: '工具链把每个 .md 文件当作标准文本读取；二进制文件、非 UTF-8 编码的文件或超大文件无法解析，其他规则也就无从检查。',
    howToFix: '确认该文件确是标准文本：用 UTF-8 编码另存；若是误放进 standards/ 的其他文件（如 Word 文档改了扩展名），把它移出 standards/。',
  },
  examples: {
    valid: [{ name: 'UTF-8 文本', text: '---\ntitle: 投诉处理规范\n---\n' }],
    invalid: [{ name: '含 NUL 字节的文件', text: '---\ntitle: 投诉\u0000处理规范\n---\n', errors: [{ messageId: 'unreadable', line: 2, column: 10 }] }],
  },
  check(standard, { report }) {
    if (standard.loadError) report({ messageId: 'unreadable', data: { reason: standard.loadError.message }, at: standard.loadError.position });
  },
});
