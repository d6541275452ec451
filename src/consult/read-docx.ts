// Reads a reviewer's .docx: Word comments (批注) and tracked changes (修订), each placed at the
// 章条编号 it stands in. The document is walked once with a streaming XML parser (saxes); every
// paragraph that opens a clause of the standard — a numbered heading, an untitled clause
// (`4.2.1 ……`), `附录A`, 前言 … — moves the current clause on, read from the text as the draft had it
// (deleted text counts, inserted text does not). Tables and the 目次 never open a clause.
import type { SaxesTagPlain } from 'saxes';
import { PROPERTY_CODE, PROPERTY_ROUND } from '../export/docx.ts';
import type { OfficeParts } from './safe-zip.ts';
import { parseOfficeXml, UnsafeFileError } from './safe-zip.ts';

export interface ReturnedComment {
  kind: 'comment' | 'revision';
  /** The 章条编号, or `封面`/`目次` before the first element. */
  clause: string;
  original: string;
  proposal: string;
  reason: string;
  person: string;
  /** Which comment or change of the file it is, for the record's source. */
  key: string;
}

interface Change {
  kind: 'ins' | 'del';
  author: string;
  text: string;
  paragraph: number;
  /** Original paragraph text before the change. */
  before: string;
  /** Index of the run group: consecutive changes with nothing between them share one. */
  group: number;
}

interface CommentRange {
  id: string;
  paragraph: number;
  quoted: string;
  open: boolean;
}

/** How a paragraph of the draft opens a clause: the label, or undefined. */
export type ClauseOpener = (text: string) => string | undefined;

/** A clause opener for the given labels (`1`, `4.1.1`, `附录A`, `前言` …). */
export function clauseOpener(labels: Iterable<string>): ClauseOpener {
  const known = new Set(labels);
  return (raw) => {
    const text = raw.replace(/^[\s\u3000]+/u, '');
    const annex = /^附录\s*([A-Z])(?![A-Za-z])/u.exec(text);
    if (annex) return known.has(`附录${annex[1]}`) ? `附录${annex[1]}` : undefined;
    const compact = text.replace(/[\s\u3000]/gu, '');
    for (const element of ['前言', '引言', '参考文献', '索引', '目次']) if (compact === element) return element;
    const numbered = /^((?:[A-Z]|\d{1,2})(?:\.\d{1,3})*)(?=[\s\u3000]|[^\d.A-Za-z]|$)/u.exec(text);
    if (numbered && known.has(numbered[1]!)) return numbered[1];
    return undefined;
  };
}

function attribute(tag: SaxesTagPlain, name: string): string {
  return tag.attributes[name] ?? '';
}

/** Word comments by id: author and text (paragraphs joined by line breaks). */
function readComments(xml: string | undefined): Map<string, { author: string; text: string }> {
  const comments = new Map<string, { author: string; text: string }>();
  if (!xml) return comments;
  let current: { id: string; author: string; paragraphs: string[] } | undefined;
  let inText = false;
  parseOfficeXml(xml, 'word/comments.xml', {
    open(tag) {
      if (tag.name === 'w:comment') current = { id: attribute(tag, 'w:id'), author: attribute(tag, 'w:author'), paragraphs: [] };
      else if (tag.name === 'w:p' && current) current.paragraphs.push('');
      else if (tag.name === 'w:t') inText = true;
    },
    close(name) {
      if (name === 'w:t') inText = false;
      if (name === 'w:comment' && current) {
        comments.set(current.id, { author: current.author, text: current.paragraphs.join('\n').trim() });
        current = undefined;
      }
    },
    text(text) {
      if (inText && current && current.paragraphs.length > 0) current.paragraphs[current.paragraphs.length - 1] += text;
    },
  });
  return comments;
}

function customProperties(xml: string | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (!xml) return properties;
  let name: string | undefined;
  parseOfficeXml(xml, 'docProps/custom.xml', {
    open(tag) {
      if (tag.name === 'property') name = attribute(tag, 'name');
    },
    close(tagName) {
      if (tagName === 'property') name = undefined;
    },
    text(text) {
      if (name) properties.set(name, (properties.get(name) ?? '') + text);
    },
  });
  return properties;
}

/** A comment's text split into proposal and reason at `理由：`, as the 征求意见表 asks reviewers to write. */
export function splitReason(text: string): { proposal: string; reason: string } {
  const match = /^(?<proposal>[\s\S]*?)[\s\n]*(?:理由|原因)[:：]\s*(?<reason>[\s\S]*)$/u.exec(text);
  if (!match) return { proposal: text.trim(), reason: '' };
  return { proposal: match.groups!.proposal!.replace(/^(?:修改意见|建议)[:：]\s*/u, '').trim(), reason: match.groups!.reason!.trim() };
}

function quote(text: string, max = 60): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max)}……` : trimmed;
}

/** A clause's text without the number it opens with. */
function withoutNumber(text: string, clause: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith(clause) ? trimmed.slice(clause.length).replace(/^[\s\u3000]+/u, '') : trimmed;
}

/** The proposal a group of tracked changes makes, in the words of a 征求意见表. */
function describeChanges(changes: Change[]): string {
  const deleted = changes
    .filter((c) => c.kind === 'del')
    .map((c) => c.text)
    .join('');
  const inserted = changes
    .filter((c) => c.kind === 'ins')
    .map((c) => c.text)
    .join('');
  if (deleted && inserted) return `将“${deleted}”改为“${inserted}”`;
  if (deleted) return `删除“${deleted}”`;
  const before = changes[0]!.before.trim();
  return before ? `在“${quote(before.slice(-12), 12)}”后增加“${inserted}”` : `在段首增加“${inserted}”`;
}

/** The standard and round the exporter wrote into the file, when the file still has them. */
export function docxIdentity(parts: OfficeParts): { code?: string; round?: number } {
  const properties = customProperties(parts.get('docProps/custom.xml'));
  const round = Number(properties.get(PROPERTY_ROUND));
  return { code: properties.get(PROPERTY_CODE), ...(Number.isInteger(round) && round > 0 ? { round } : {}) };
}

/** What one pass over word/document.xml finds: the paragraphs (and the clause each opens), comment ranges and anchors, tracked changes. */
class DocumentScan {
  readonly paragraphs: { text: string; opens?: string }[] = [];
  readonly ranges = new Map<string, CommentRange>();
  readonly referenced: { id: string; paragraph: number }[] = [];
  readonly changes: Change[] = [];
  private paragraph: { text: string; style: string } | undefined;
  private change: Change | undefined;
  private group = 0;
  private tableDepth = 0;
  private sdtDepth = 0;
  private inText = false;

  private readonly opensClause: ClauseOpener;

  constructor(opensClause: ClauseOpener) {
    this.opensClause = opensClause;
  }

  open(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case 'w:tbl':
        this.tableDepth += 1;
        break;
      case 'w:sdt':
        this.sdtDepth += 1;
        break;
      case 'w:p':
        this.paragraph = { text: '', style: '' };
        break;
      case 'w:pStyle':
        if (this.paragraph) this.paragraph.style = attribute(tag, 'w:val');
        break;
      case 'w:ins':
      case 'w:moveTo':
      case 'w:del':
      case 'w:moveFrom':
        if (!this.paragraph) break; // a paragraph mark's own revision, inside w:rPr of w:pPr
        this.change = {
          kind: tag.name === 'w:ins' || tag.name === 'w:moveTo' ? 'ins' : 'del',
          author: attribute(tag, 'w:author'),
          text: '',
          paragraph: this.paragraphs.length,
          before: this.paragraph.text,
          group: this.group,
        };
        break;
      case 'w:t':
      case 'w:delText':
        this.inText = true;
        break;
      case 'w:tab':
      case 'w:br':
        if (!this.change || this.change.kind === 'del') this.addOriginal(' ');
        break;
      case 'w:r':
        // A run outside any change separates the changes before it from those after it.
        if (!this.change) this.group += 1;
        break;
      default:
        this.openComment(tag);
    }
  }

  private openComment(tag: SaxesTagPlain): void {
    const id = attribute(tag, 'w:id');
    if (tag.name === 'w:commentRangeStart') this.ranges.set(id, { id, paragraph: this.paragraphs.length, quoted: '', open: true });
    else if (tag.name === 'w:commentRangeEnd') {
      const range = this.ranges.get(id);
      if (range) range.open = false;
    } else if (tag.name === 'w:commentReference') this.referenced.push({ id, paragraph: this.paragraphs.length });
  }

  close(name: string): void {
    switch (name) {
      case 'w:tbl':
        this.tableDepth -= 1;
        break;
      case 'w:sdt':
        this.sdtDepth -= 1;
        break;
      case 'w:t':
      case 'w:delText':
        this.inText = false;
        break;
      case 'w:ins':
      case 'w:moveTo':
      case 'w:del':
      case 'w:moveFrom':
        if (this.change && this.change.text) this.changes.push(this.change);
        this.change = undefined;
        break;
      case 'w:p':
        if (this.paragraph) {
          const inToc = this.sdtDepth > 0 || /^TOC|^toc/u.test(this.paragraph.style);
          this.paragraphs.push({ text: this.paragraph.text, opens: this.tableDepth === 0 && !inToc ? this.opensClause(this.paragraph.text) : undefined });
        }
        this.paragraph = undefined;
        break;
    }
  }

  text(text: string): void {
    if (!this.inText) return;
    if (this.change) this.change.text += text;
    if (!this.change || this.change.kind === 'del') this.addOriginal(text);
  }

  private addOriginal(text: string): void {
    if (!this.paragraph) return;
    this.paragraph.text += text;
    for (const range of this.ranges.values()) if (range.open) range.quoted += text;
  }

  /** The clause a paragraph stands in: the last one opened before it (the cover before any). */
  clauseFinder(): (index: number) => string {
    const clauseAt: string[] = [];
    let current = '封面';
    for (const p of this.paragraphs) {
      if (p.opens) current = p.opens;
      clauseAt.push(current);
    }
    return (index) => clauseAt[Math.min(index, clauseAt.length - 1)] ?? '封面';
  }
}

function placeComments(scan: DocumentScan, comments: ReturnType<typeof readComments>, clauseOf: (index: number) => string): ReturnedComment[] {
  const found: ReturnedComment[] = [];
  const seen = new Set<string>();
  for (const { id, paragraph: at } of scan.referenced) {
    if (seen.has(id)) continue;
    seen.add(id);
    const comment = comments.get(id);
    if (!comment || !comment.text) continue;
    const range = scan.ranges.get(id);
    const index = range?.paragraph ?? at;
    const original = range?.quoted.trim() || scan.paragraphs[index]?.text.trim() || '';
    found.push({ kind: 'comment', clause: clauseOf(index), original, ...splitReason(comment.text), person: comment.author, key: `批注${id}` });
  }
  return found;
}

/** Tracked changes grouped by paragraph, adjacent runs and author: each group is one proposal. */
function placeRevisions(scan: DocumentScan, clauseOf: (index: number) => string): ReturnedComment[] {
  const groups = new Map<string, Change[]>();
  for (const c of scan.changes) {
    const key = `${c.paragraph}:${c.group}:${c.author}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group, index) => {
    const first = group[0]!;
    return {
      kind: 'revision',
      clause: clauseOf(first.paragraph),
      original: quote(withoutNumber(scan.paragraphs[first.paragraph]?.text ?? '', clauseOf(first.paragraph)), 300),
      proposal: describeChanges(group),
      reason: '',
      person: first.author,
      key: `修订${index + 1}`,
    };
  });
}

/** Every comment and tracked change of a returned Word file, placed at its clause. */
export function readReturnedDocx(parts: OfficeParts, opensClause: ClauseOpener): ReturnedComment[] {
  const document = parts.get('word/document.xml');
  if (!document) throw new UnsafeFileError('文件缺少 word/document.xml，不是 Word 文档。');
  const comments = readComments(parts.get('word/comments.xml'));
  const scan = new DocumentScan(opensClause);
  parseOfficeXml(document, 'word/document.xml', scan);
  const clauseOf = scan.clauseFinder();
  return [...placeComments(scan, comments, clauseOf), ...placeRevisions(scan, clauseOf)];
}
