// The fields of a standard's front matter, listed once: the parser, the front-matter rules, the
// authoring commands and the authoring guide's table all read this list.
/** `choice` fields have their own rule for the allowed values (review-outcome). */
export type FieldType = 'code' | 'text' | 'status' | 'date' | 'codes' | 'texts' | 'choice';

export interface FrontMatterField {
  key: string;
  type: FieldType;
  /** `always`: every standard; `published`: current, superseded and withdrawn ones; else optional. */
  required?: 'always' | 'published';
  /** What the field holds, in Chinese. */
  label: string;
  /** Fields of the record of the last 复审 (Q/JMXZ 10101 9.2, 附录B). */
  review?: true;
}

export const FRONT_MATTER_FIELDS: readonly FrontMatterField[] = [
  { key: 'code', type: 'code', required: 'always', label: '标准编号' },
  { key: 'title', type: 'text', required: 'always', label: '标准名称' },
  { key: 'title-en', type: 'text', label: '英文名称' },
  { key: 'status', type: 'status', required: 'always', label: '状态' },
  { key: 'issued', type: 'date', required: 'published', label: '发布日期' },
  { key: 'effective', type: 'date', required: 'published', label: '实施日期' },
  { key: 'replaces', type: 'codes', label: '被代替文件编号' },
  { key: 'review-due', type: 'date', label: '下次复审日期' },
  { key: 'proposer', type: 'text', label: '提出单位' },
  { key: 'department', type: 'text', label: '归口科室' },
  { key: 'drafting-units', type: 'texts', label: '起草单位' },
  { key: 'drafters', type: 'texts', label: '主要起草人' },
  { key: 'drafting-rules', type: 'code', label: '起草所依据的 GB/T 1.1 版本（早于 2020 版时）' },
  { key: 'applies-to', type: 'texts', label: '适用的岗位和科室' },
  { key: 'reviewed', type: 'date', label: '复审日期', review: true },
  { key: 'review-outcome', type: 'choice', label: '复审结论', review: true },
  { key: 'review-reason', type: 'text', label: '提前复审的理由', review: true },
  { key: 'review-basis', type: 'text', label: '复审依据', review: true },
  { key: 'review-problems', type: 'text', label: '复审发现的问题', review: true },
  { key: 'review-proposal', type: 'text', label: '复审处理建议', review: true },
  { key: 'reviewers', type: 'texts', label: '复审人员', review: true },
  { key: 'ics', type: 'text', label: 'ICS 分类号（封面）' },
  { key: 'ccs', type: 'text', label: 'CCS 分类号（封面）' },
  { key: 'filing-number', type: 'text', label: '备案号（封面）' },
  { key: 'completed', type: 'date', label: '草案完成日期（封面）' },
];

export const FRONT_MATTER_KEYS: readonly string[] = FRONT_MATTER_FIELDS.map((field) => field.key);

/** The keys of the 复审 record. */
export const REVIEW_KEYS: readonly string[] = FRONT_MATTER_FIELDS.filter((field) => field.review).map((field) => field.key);

export function fieldsOfType(type: FieldType): readonly FrontMatterField[] {
  return FRONT_MATTER_FIELDS.filter((field) => field.type === type);
}
