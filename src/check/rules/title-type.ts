import type { LegacyRule } from '../rule.ts';

const DOCUMENT_TYPES = ['规范', '规程', '指南', '术语', '符号', '标志', '分类', '编码', '要求', '导则', '规则', '方法', '总则', '通则'];

export const titleType: LegacyRule = {
  id: 'title-type',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.2（文件名称体现文件类型）',
  description: '标准名称以文件类型结尾（规范、规程、指南、术语……），且不含"标准"二字',
  check(standard, { report }) {
    const title = standard.meta.title;
    if (!title) return;
    const position = standard.frontMatter!.entries.get('title')!.valuePosition;
    if (!DOCUMENT_TYPES.some((type) => title.endsWith(type))) {
      report(position, `名称"${title}"未体现文件类型；应以 ${DOCUMENT_TYPES.slice(0, 6).join('、')} 等结尾，如"${title}规范"。`);
    }
    // "…服务标准" names the document a standard; "数据标准属性框架" is about data standards, its subject.
    if (/标准$/u.test(title)) {
      report(position, `名称"${title}"含"标准"二字；文件名称不宜含"标准"，请改为体现类型的名称。`);
    }
  },
};
