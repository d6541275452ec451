// Reads a reviewer's .docx: Word comments (批注) and tracked changes (修订), each placed at the
// 章条编号 it stands in. The document is walked once with a streaming XML parser (saxes); every
// paragraph that opens a clause of the standard — a numbered heading, an untitled clause
// (`4.2.1 ……`), `附录A`, 前言 … — moves the current clause on, read from the text as the draft had it
// (deleted text counts, inserted text does not). Tables and the 目次 never open a clause.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PROPERTY_CODE, PROPERTY_ROUND } from '../export/docx.ts';
import type { OfficeParts } from './safe-zip.ts';
import { UnsafeFileError } from './safe-zip.ts';

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

function parse(xml: string, part: string, handlers: { open?(tag: SaxesTagPlain): void; close?(name: string): void; text?(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => handlers.open?.(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => handlers.close?.(tag.name));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('doctype', () => {
    throw new UnsafeFileError(`部件 ${part} 含 DOCTYPE，拒绝读取。`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof UnsafeFileError) throw error;
    throw new UnsafeFileError(`部件 ${part} 不是有效的 XML：${(error as Error).message.split('\n')[0]}`);
  }
}

/** Word comments by id: author and text (paragraphs joined by line breaks). */
function readComments(xml: string | undefined): Map<string, { author: string; text: string }> {
  const comments = new Map<string, { author: string; text: string }>();
  if (!xml) return comments;
  let current: { id: string; author: string; paragraphs: string[] } | undefined;
  let inText = false;
  parse(xml, 'word/comments.xml', {
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
  parse(xml, 'docProps/custom.xml', {
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

/** Every comment and tracked change of a returned Word file, placed at its clause. */
export function readReturnedDocx(parts: OfficeParts, opensClause: ClauseOpener): ReturnedComment[] {
  const document = parts.get('word/document.xml');
  if (!document) throw new UnsafeFileError('文件缺少 word/document.xml，不是 Word 文档。');
  const comments = readComments(parts.get('word/comments.xml'));

  const paragraphs: { text: string; opens?: string }[] = [];
  const ranges = new Map<string, CommentRange>();
  const referenced: { id: string; paragraph: number }[] = [];
  const changes: Change[] = [];
  let paragraph: { text: string; style: string } | undefined;
  let change: Change | undefined;
  let group = 0;
  let tableDepth = 0;
  let sdtDepth = 0;
  let inText = false;

  const addOriginal = (text: string): void => {
    if (!paragraph) return;
    paragraph.text += text;
    for (const range of ranges.values()) if (range.open) range.quoted += text;
  };

  parse(document, 'word/document.xml', {
    open(tag) {
      switch (tag.name) {
        case 'w:tbl':
          tableDepth += 1;
          break;
        case 'w:sdt':
          sdtDepth += 1;
          break;
        case 'w:p':
          paragraph = { text: '', style: '' };
          break;
        case 'w:pStyle':
          if (paragraph) paragraph.style = attribute(tag, 'w:val');
          break;
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom':
          if (!paragraph) break; // a paragraph mark's own revision, inside w:rPr of w:pPr
          change = { kind: tag.name === 'w:ins' || tag.name === 'w:moveTo' ? 'ins' : 'del', author: attribute(tag, 'w:author'), text: '', paragraph: paragraphs.length, before: paragraph.text, group };
          break;
        case 'w:t':
        case 'w:delText':
          inText = true;
          break;
        case 'w:tab':
        case 'w:br':
          if (!change || change.kind === 'del') addOriginal(' ');
          break;
        case 'w:r':
          // A run outside any change separates the changes before it from those after it.
          if (!change) group += 1;
          break;
        case 'w:commentRangeStart':
          ranges.set(attribute(tag, 'w:id'), { id: attribute(tag, 'w:id'), paragraph: paragraphs.length, quoted: '', open: true });
          break;
        case 'w:commentRangeEnd': {
          const range = ranges.get(attribute(tag, 'w:id'));
          if (range) range.open = false;
          break;
        }
        case 'w:commentReference':
          referenced.push({ id: attribute(tag, 'w:id'), paragraph: paragraphs.length });
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'w:tbl':
          tableDepth -= 1;
          break;
        case 'w:sdt':
          sdtDepth -= 1;
          break;
        case 'w:t':
        case 'w:delText':
          inText = false;
          break;
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom':
          if (change && change.text) changes.push(change);
          change = undefined;
          break;
        case 'w:p':
          if (paragraph) {
            const inToc = sdtDepth > 0 || /^TOC|^toc/u.test(paragraph.style);
            paragraphs.push({ text: paragraph.text, opens: tableDepth === 0 && !inToc ? opensClause(paragraph.text) : undefined });
          }
          paragraph = undefined;
          break;
      }
    },
    text(text) {
      if (!inText) return;
      if (change) change.text += text;
      if (!change || change.kind === 'del') addOriginal(text);
    },
  });

  const clauseAt: string[] = [];
  let current = '封面';
  for (const p of paragraphs) {
    if (p.opens) current = p.opens;
    clauseAt.push(current);
  }
  const clauseOf = (index: number): string => clauseAt[Math.min(index, clauseAt.length - 1)] ?? '封面';

  const found: ReturnedComment[] = [];
  const seen = new Set<string>();
  for (const { id, paragraph: at } of referenced) {
    if (seen.has(id)) continue;
    seen.add(id);
    const comment = comments.get(id);
    if (!comment || !comment.text) continue;
    const range = ranges.get(id);
    const index = range?.paragraph ?? at;
    const original = range?.quoted.trim() || paragraphs[index]?.text.trim() || '';
    found.push({ kind: 'comment', clause: clauseOf(index), original, ...splitReason(comment.text), person: comment.author, key: `批注${id}` });
  }
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = `${c.paragraph}:${c.group}:${c.author}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let revision = 0;
  for (const group of groups.values()) {
    revision += 1;
    const first = group[0]!;
    found.push({
      kind: 'revision',
      clause: clauseOf(first.paragraph),
      original: quote(withoutNumber(paragraphs[first.paragraph]?.text ?? '', clauseOf(first.paragraph)), 300),
      proposal: describeChanges(group),
      reason: '',
      person: first.author,
      key: `修订${revision}`,
    });
  }
  return found;
}
