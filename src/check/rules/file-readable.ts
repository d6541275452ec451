import type { LegacyRule } from '../rule.ts';

export const fileReadable: LegacyRule = {
  id: 'file-readable',
  severity: 'error',
  scope: 'document',
  basis: '本工具要求：标准为 UTF-8 编码的 Markdown 文本',
  description: '文件可作为标准读取：UTF-8 编码、不含 NUL 字节、不超过大小上限',
  check(standard, { report }) {
    if (standard.loadError) report(standard.loadError.position, standard.loadError.message);
  },
};
