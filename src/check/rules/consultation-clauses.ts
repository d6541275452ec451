// A comment names the clause it was made on. When the text is edited after the consultation, the
// clause may be renumbered or gone: the comment then points at the clause where the text it quotes
// now stands, found by content as `npm run changes` matches clauses (rarity-weighted bigrams).
import { bigrams, comparable, Similarity } from '../../authoring/changes.ts';
import { clauseTexts } from '../../consult/clauses.ts';
import { defineRule } from '../rule.ts';

/** Below this similarity the quoted text is taken to be gone rather than moved. */
const MOVED_AT_LEAST = 0.5;
/** The clause named still holds the text when it is at least this similar. */
const STILL_THERE = 0.6;

const TEXT =
  '---\ncode: Q/JMXZ 30206—2027\ntitle: 并联审批规程\nstatus: consultation\n---\n\n## 1 范围\n\n本文件规定了并联审批的程序。\n\n## 2 规范性引用文件\n\n本文件没有规范性引用文件。\n\n## 3 术语和定义\n\n本文件没有需要界定的术语和定义。\n\n## 4 要求\n\n';
const RECORD = 'standards/示例.征求意见-1.yaml';
const record = (clause: string): string =>
  `standard: Q/JMXZ 30206—2027\nround: 1\nsent: 2026-11-02\ndeadline: 2026-11-16\nunits: [办公室]\ncomments:\n  - id: 1-1\n    unit: 办公室\n    clause: "${clause}"\n    original: 牵头部门应在受理后1个工作日内将申请材料推送各协办部门。\n    proposal: 改为当日推送\n    answer: 待定\n`;

export const consultationClauses = defineRule({
  id: 'consultation-clauses',
  severity: 'warning',
  scope: 'document',
  basis: [{ document: 'Q/JMXZ 10101—2025', clause: '6.3.3', detail: '意见汇总处理表逐条对应条款' }],
  description: '征求意见所针对的条款仍然存在；条款改号或删除后，指出意见原文现在所在的条款',
  messages: {
    moved: '征求意见 {id}（{file}）针对的{clause}已不存在或内容已变，意见引用的原文现在在{now}；请在记录中把 clause 改为 {now}。',
    gone: '征求意见 {id}（{file}）针对的{clause}已不存在，意见引用的原文也找不到了；请核对该意见的处理结果。',
  },
  fixable: false,
  docs: {
    rationale: '意见汇总处理表按章条编号列出意见；修改条文后条款改号或删除，表中的章条编号就指向了别的内容，审查时无法对照。',
    howToFix: '按提示把征求意见记录中该意见的 clause 改为原文现在所在的条款；原文已删除的，在 answer-reason 中写明。',
  },
  examples: {
    valid: [{ name: '条款未变', text: `${TEXT}4.1 牵头部门应在受理后1个工作日内将申请材料推送各协办部门。\n`, files: { [RECORD]: record('4.1') } }],
    invalid: [
      {
        name: '条款改号',
        text: `${TEXT}4.1 窗口应一次性收取全部申请材料。\n\n4.2 牵头部门应在受理后1个工作日内将申请材料推送各协办部门。\n`,
        files: { [RECORD]: record('4.3') },
        errors: [{ messageId: 'moved', line: 4, column: 9 }],
      },
      { name: '条款删除', text: `${TEXT}4.1 窗口应一次性收取全部申请材料。\n`, files: { [RECORD]: record('4.2') }, errors: [{ messageId: 'gone', line: 4, column: 9 }] },
    ],
  },
  check(standard, { corpus, report }) {
    const records = corpus.consultations?.get(standard.file);
    if (!records || standard.loadError) return;
    const clauses = clauseTexts(standard).map((clause) => ({ ...clause, grams: bigrams(comparable(clause.text)) }));
    const similarity = new Similarity(clauses.map((c) => c.grams));
    const byLabel = new Map(clauses.map((c) => [c.label, c]));
    const at = standard.frontMatter?.entries.get('status') ?? { line: 1, column: 1 };
    const name = (label: string): string => (/^\d+$/u.test(label) ? `第${label}章` : label);
    for (const round of records.rounds) {
      for (const comment of round.comments) {
        const named = byLabel.get(comment.clause);
        if (!comment.original) {
          if (!named && /^[\dA-Z]/u.test(comment.clause)) report({ messageId: 'gone', data: { id: comment.id, file: round.file, clause: name(comment.clause) }, at });
          continue;
        }
        const grams = bigrams(comparable(comment.original));
        if (named && similarity.of(grams, named.grams) >= STILL_THERE) continue;
        if (!named && !/^[\dA-Z附前引参索]/u.test(comment.clause)) continue; // 封面, 目次: no clause to lose
        let best: { label: string; score: number } | undefined;
        for (const clause of clauses) {
          const score = similarity.of(grams, clause.grams);
          if (!best || score > best.score) best = { label: clause.label, score };
        }
        if (best && best.score >= MOVED_AT_LEAST && best.label !== comment.clause) {
          report({ messageId: 'moved', data: { id: comment.id, file: round.file, clause: name(comment.clause), now: name(best.label) }, at });
        } else if (!named) {
          report({ messageId: 'gone', data: { id: comment.id, file: round.file, clause: name(comment.clause) }, at });
        }
      }
    }
  },
});
