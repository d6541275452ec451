import { undatedKey } from '../../model/code.ts';
import { defineRule, frontMatterText } from '../rule.ts';

const WINDOW = 'standards/30101-窗口服务规范.md';

export const titleUnique = defineRule({
  id: 'title-unique',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '6.1', detail: '文件名称' }],
  description: '现行标准之间名称不重复',
  messages: {
    duplicate: '名称"{title}"与现行标准 {code}（{file}）相同；请修改名称以区分二者的对象或范围。',
  },
  fixable: false,
  docs: {
    rationale: '文件名称应准确区分文件的对象和范围；两项现行标准同名，使用者无法从名称判断该用哪一项。同一标准的先后版本同名不在此列。',
    howToFix: '在名称中写明各自的对象或范围（如"窗口服务规范"与"自助服务区服务规范"），或把两份文件合并。',
  },
  examples: {
    valid: [
      {
        name: '名称各不相同',
        text: frontMatterText('code: Q/JMXZ 30501—2025\ntitle: 投诉处理规范\nstatus: current'),
        files: { [WINDOW]: frontMatterText('code: Q/JMXZ 30101—2025\ntitle: 窗口服务规范\nstatus: current') },
      },
    ],
    invalid: [
      {
        name: '两项现行标准同名',
        text: frontMatterText('code: Q/JMXZ 30501—2025\ntitle: 窗口服务规范\nstatus: current'),
        files: { [WINDOW]: frontMatterText('code: Q/JMXZ 30101—2025\ntitle: 窗口服务规范\nstatus: current') },
        errors: [
          { messageId: 'duplicate', line: 3, column: 8, file: WINDOW },
          { messageId: 'duplicate', line: 3, column: 8 },
        ],
      },
    ],
  },
  check(standard, { index, report }) {
    const { title, status, code } = standard.meta;
    const entry = standard.frontMatter?.entries.get('title');
    if (!title || status !== 'current' || !code || !entry) return;
    const clash = index.currentWithTitle(title).find((other) => other !== standard && other.meta.code && undatedKey(other.meta.code) !== undatedKey(code));
    if (clash) report({ messageId: 'duplicate', data: { title, code: clash.meta.code?.raw ?? '', file: clash.file }, at: entry });
  },
});
