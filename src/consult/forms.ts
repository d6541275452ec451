// The consultation's spreadsheets: the 征求意见表 reviewers fill in, and the 意见汇总处理表 the
// drafting group answers with, through the project's spreadsheet writer (src/export/xlsx.ts):
// every text is a text cell, so a cell that begins with = + - @ stays text.
import { writeXlsx, type SheetCell } from '../export/xlsx.ts';
import type { ClauseText } from './clauses.ts';
import type { Consultation, ConsultationComment } from '../model/consultation.ts';

export const FORM_SHEET = '征求意见表';
export const FORM_INFO_SHEET = '说明';
export const FORM_COLUMNS = ['序号', '章条编号', '原文', '修改意见', '理由', '提出单位', '联系人'] as const;
export const SUMMARY_COLUMNS = ['序号', '章条编号', '意见内容', '提出单位', '处理意见', '备注'] as const;
const INFO_COLUMNS = ['项目', '内容'];
/** Clause texts in the form are cut here; reviewers see the whole text in the draft. */
const ORIGINAL_MAX = 300;

export interface FormInfo {
  code: string;
  title: string;
  round: number;
  deadline: string;
}

export const INFO_LABELS = { code: '标准编号', title: '标准名称', round: '征求意见轮次', deadline: '反馈截止日期' } as const;

/** The 征求意见表: one row per clause with its text, and the columns reviewers fill in. */
export function consultationForm(info: FormInfo, clauses: readonly ClauseText[]): Promise<Buffer> {
  const rows: SheetCell[][] = clauses.map((clause, index) => {
    const original = clause.text.length > ORIGINAL_MAX ? `${clause.text.slice(0, ORIGINAL_MAX)}……` : clause.text;
    return [index + 1, clause.label, original, '', '', '', ''];
  });
  return writeXlsx([
    { name: FORM_SHEET, header: [...FORM_COLUMNS], rows },
    {
      name: FORM_INFO_SHEET,
      header: INFO_COLUMNS,
      rows: [
        [INFO_LABELS.code, info.code],
        [INFO_LABELS.title, info.title],
        [INFO_LABELS.round, info.round],
        [INFO_LABELS.deadline, info.deadline],
        [
          '填写说明',
          `请在“${FORM_SHEET}”工作表中对需要修改的条款填写修改意见和理由，并填写提出单位和联系人；不需修改的条款留空。可以增加行，请保留章条编号。请于${info.deadline}前反馈；逾期未回复的，视为无意见。`,
        ],
      ],
    },
  ]);
}

export interface SummaryCounts {
  units: number;
  comments: number;
  adopted: number;
  partly: number;
  rejected: number;
  pending: number;
}

export function summaryCounts(consultation: Consultation): SummaryCounts {
  const count = (decision: string): number => consultation.comments.filter((c) => c.answer === decision).length;
  return {
    units: new Set(consultation.comments.map((c) => c.unit)).size,
    comments: consultation.comments.length,
    adopted: count('采纳'),
    partly: count('部分采纳'),
    rejected: count('未采纳'),
    pending: count('待定'),
  };
}

/** 收到 N 个单位的 M 条意见，采纳 a 条，部分采纳 b 条，未采纳 c 条（待定 d 条）。 */
export function countsSentence(counts: SummaryCounts): string {
  const pending = counts.pending > 0 ? `，待定 ${counts.pending} 条` : '';
  return `收到 ${counts.units} 个单位的 ${counts.comments} 条意见，采纳 ${counts.adopted} 条，部分采纳 ${counts.partly} 条，未采纳 ${counts.rejected} 条${pending}。`;
}

export function commentContent(comment: ConsultationComment): string {
  const reason = comment.reason ? `\n理由：${comment.reason}` : '';
  const original = comment.original ? `原文：${comment.original}\n` : '';
  return `${original}意见：${comment.proposal}${reason}`;
}

export function answerText(comment: ConsultationComment): string {
  return comment.answerReason ? `${comment.answer}。${comment.answerReason}` : comment.answer;
}

/** Units asked that did not answer, with OVERDUE once recorded. */
export function silentUnits(consultation: Consultation): { name: string; result: string }[] {
  return consultation.units.filter((u) => !u.replied).map((u) => ({ name: u.name, result: u.result ?? '未回复' }));
}

/** The 意见汇总处理表 as a workbook: the table, then the counts and the units that did not answer. */
export function summaryWorkbook(info: FormInfo, consultation: Consultation): Promise<Buffer> {
  const rows: SheetCell[][] = consultation.comments.map((comment, index) => [
    index + 1,
    comment.clause,
    commentContent(comment),
    comment.unit,
    answerText(comment),
    comment.person ? `联系人：${comment.person}` : '',
  ]);
  return writeXlsx([
    { name: '意见汇总处理表', header: [...SUMMARY_COLUMNS], rows },
    {
      name: '统计',
      header: INFO_COLUMNS,
      rows: [
        [INFO_LABELS.code, info.code],
        [INFO_LABELS.title, info.title],
        [INFO_LABELS.round, info.round],
        [INFO_LABELS.deadline, info.deadline],
        ['统计', countsSentence(summaryCounts(consultation))],
        ...silentUnits(consultation).map((unit): SheetCell[] => ['未回复单位', `${unit.name}：${unit.result}`]),
      ],
    },
  ]);
}
