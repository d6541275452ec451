// The record of a consultation (征求意见, Q/JMXZ 10101 6.3) in the model: one round per YAML file
// beside the standard (read and written by src/consult/record.ts), seen by the checker and the handbook.
import type { Position } from './types.ts';

export const DECISIONS = ['采纳', '部分采纳', '未采纳', '待定'] as const;
export type Decision = (typeof DECISIONS)[number];
/** Q/JMXZ 10101 6.3.2: a unit that did not answer in time is recorded as having no comments. */
export const OVERDUE = '逾期未回复，视为无意见';

export interface ConsultedUnit {
  name: string;
  /** YYYY-MM-DD of the first reply imported. */
  replied?: string;
  /** Set to OVERDUE once the deadline passed without a reply. */
  result?: string;
}

export interface ConsultationComment {
  /** `<round>-<n>`, stable: answers refer to it. */
  id: string;
  unit: string;
  person: string;
  /** 章条编号 as the reviewer's file placed it: `4.1.1`, `附录A`, `前言`. */
  clause: string;
  /** The text the comment is about, as it stood in the draft. */
  original: string;
  proposal: string;
  reason: string;
  /** The returned file it came from. */
  source: string;
  answer: Decision;
  /** 理由 of the answer; required for 未采纳. */
  answerReason: string;
  /** Where the comment starts in the YAML file, for diagnostics. */
  position: Position;
}

export interface Consultation {
  /** Repository path of the YAML file. */
  file: string;
  standard: string;
  round: number;
  sent: string;
  deadline: string;
  units: ConsultedUnit[];
  comments: ConsultationComment[];
}

/** A standard's consultation rounds, oldest first, and the records that could not be read. */
export interface ConsultationRecords {
  rounds: Consultation[];
  errors: { file: string; position: Position; message: string }[];
}
