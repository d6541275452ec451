// The drafting group answers every comment of a consultation before the 送审稿 (Q/JMXZ 10101
// 6.3.3–6.3.4): a draft that has moved past 征求意见稿 may have no comment still 待定, and a comment
// not taken (未采纳) needs its reason. The records are the YAML files beside the standard.
import { STATUS_LABELS, type Status } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

/** Stages after the consultation: its comments must all be answered by then. */
const AFTER_CONSULTATION: readonly Status[] = ['review', 'approval', 'current'];

const STANDARD = (status: string): string => `---\ncode: Q/JMXZ 30206—2027\ntitle: 并联审批规程\nstatus: ${status}\n---\n\n## 1 范围\n\n本文件规定了并联审批的程序。\n`;
const RECORD = 'standards/示例.征求意见-1.yaml';
const record = (answer: string, reason = ''): string =>
  `standard: Q/JMXZ 30206—2027\nround: 1\nsent: 2026-11-02\ndeadline: 2026-11-16\nunits: [办公室]\ncomments:\n  - id: 1-1\n    unit: 办公室\n    clause: "1"\n    original: 本文件规定了并联审批的程序。\n    proposal: 增加适用范围\n    answer: ${answer}\n    answer-reason: "${reason}"\n`;

export const consultationAnswers = defineRule({
  id: 'consultation-answers',
  severity: 'error',
  scope: 'document',
  basis: [{ document: 'Q/JMXZ 10101—2025', clause: '6.3.3、6.3.4', detail: '征求意见逐条处理，未采纳的说明理由' }],
  description: '征求意见已逐条处理：征求意见稿之后的阶段没有待定的意见，未采纳的意见写明理由，征求意见记录可以读取',
  messages: {
    pending: '状态已是{status}，但征求意见第{round}轮还有 {count} 条意见待定（{ids}，见 {file}）；请先逐条处理（Q/JMXZ 10101 6.3.3）。',
    noReason: '征求意见 {id}（{file} 第 {line} 行）未采纳，但没有写明理由 answer-reason（Q/JMXZ 10101 6.3.3）。',
    unreadable: '征求意见记录 {file} 第 {line} 行无法读取：{message}',
  },
  fixable: false,
  docs: {
    rationale: '10101 6.3.3 要求起草工作组逐条处理征求意见并填写意见汇总处理表，未采纳的说明理由；6.3.4 在此基础上形成送审稿。意见处理完才能送审，汇总处理表才是完整的。',
    howToFix: '在标准旁的征求意见记录（*.征求意见-N.yaml）中为每条意见填写 answer（采纳、部分采纳、未采纳）和 answer-reason；未采纳的必须写理由。',
  },
  examples: {
    valid: [
      { name: '送审稿，意见均已处理', text: STANDARD('review'), files: { [RECORD]: record('未采纳', '与10101的规定不一致') } },
      { name: '征求意见稿，意见待定', text: STANDARD('consultation'), files: { [RECORD]: record('待定') } },
    ],
    invalid: [
      { name: '送审稿仍有待定意见', text: STANDARD('review'), files: { [RECORD]: record('待定') }, errors: [{ messageId: 'pending', line: 4, column: 9 }] },
      { name: '未采纳没有理由', text: STANDARD('consultation'), files: { [RECORD]: record('未采纳') }, errors: [{ messageId: 'noReason', line: 4, column: 9 }] },
      { name: '记录写错', text: STANDARD('consultation'), files: { [RECORD]: record('同意') }, errors: [{ messageId: 'unreadable', line: 4, column: 9 }] },
    ],
  },
  check(standard, { corpus, report }) {
    const records = corpus.consultations?.get(standard.file);
    if (!records) return;
    const entries = standard.frontMatter?.entries;
    const at = entries?.get('status') ?? { line: 1, column: 1 };
    for (const error of records.errors) report({ messageId: 'unreadable', data: { file: error.file, line: error.position.line, message: error.message }, at });
    const status = standard.meta.status;
    for (const round of records.rounds) {
      if (status && AFTER_CONSULTATION.includes(status)) {
        const pending = round.comments.filter((c) => c.answer === '待定');
        if (pending.length > 0) {
          const ids =
            pending
              .slice(0, 5)
              .map((c) => c.id)
              .join('、') + (pending.length > 5 ? ' 等' : '');
          report({ messageId: 'pending', data: { status: STATUS_LABELS[status], round: round.round, count: pending.length, ids, file: round.file }, at });
        }
      }
      for (const comment of round.comments) {
        if (comment.answer === '未采纳' && !comment.answerReason) report({ messageId: 'noReason', data: { id: comment.id, file: round.file, line: comment.position.line }, at });
      }
    }
  },
});
