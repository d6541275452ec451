import { defineRule, frontMatterText } from '../rule.ts';

const DOCUMENT_TYPES = ['规范', '规程', '指南', '术语', '符号', '标志', '分类', '编码', '要求', '导则', '规则', '方法', '总则', '通则'];

export const titleType = defineRule({
  id: 'title-type',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '6.1', detail: '文件名称体现文件类型' }],
  description: '标准名称以文件类型结尾（规范、规程、指南、术语……），且不以"标准"二字结尾',
  messages: {
    noType: '名称"{title}"未体现文件类型；应以 {types} 等结尾，如"{title}规范"。',
    containsStandard: '名称"{title}"含"标准"二字；文件名称不宜含"标准"，请改为体现类型的名称。',
  },
  fixable: false,
  docs: {
    rationale: '文件名称的最后部分表明文件的类型：规范规定要求，规程规定程序，指南给出指导。使用者据此知道条款的性质。名称中的"标准"二字是多余的——它本身就是标准。',
    howToFix: '在名称末尾写明文件类型（如"投诉处理规范""档案管理规程""服务评价指南"）；去掉名称末尾的"标准"二字（作为对象的"数据标准"等不在此列）。',
  },
  examples: {
    valid: [
      { name: '以文件类型结尾', text: frontMatterText('title: 投诉处理规范') },
      { name: '"标准化"不算"标准"', text: frontMatterText('title: 标准化工作管理规范') },
      { name: '名称中作为对象的"标准"', text: frontMatterText('title: 数据标准属性框架规范') },
    ],
    invalid: [
      { name: '没有文件类型', text: frontMatterText('title: 投诉处理'), errors: [{ messageId: 'noType', line: 2, column: 8, endLine: 2, endColumn: 12 }] },
      {
        name: '以"标准"结尾的名称',
        text: frontMatterText('title: 窗口服务标准'),
        errors: [
          { messageId: 'noType', line: 2, column: 8 },
          { messageId: 'containsStandard', line: 2, column: 8 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    const title = standard.meta.title;
    const entry = standard.frontMatter?.entries.get('title');
    if (!title || !entry) return;
    if (!DOCUMENT_TYPES.some((type) => title.endsWith(type))) report({ messageId: 'noType', data: { title, types: DOCUMENT_TYPES.slice(0, 6).join('、') }, at: entry });
    // "…服务标准" names the document a standard; "数据标准属性框架" is about data standards, its subject.
    if (/标准$/u.test(title)) report({ messageId: 'containsStandard', data: { title }, at: entry });
  },
});
