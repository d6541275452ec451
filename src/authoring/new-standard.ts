// `npm run new`: a new draft standard from the template of its document type, with the next free
// code of its framework node. Everything that can go wrong is an AuthoringError in Chinese.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusIndex } from '../model/corpus-index.ts';
import type { Corpus, FrameworkNode } from '../model/types.ts';
import { AuthoringError } from './errors.ts';
import { standardPath } from './paths.ts';

/** Document types with a template, and the word their titles end with (GB/T 1.1—2020 8.2). */
export const DOCUMENT_TYPES = { 规范: '规范', 规程: '规程', 指南: '指南', 岗位: '岗位工作规范' } as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** The templates ship with the toolchain, whichever repository the corpus is in. */
const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/standards/', import.meta.url));

export interface NewStandardRequest {
  node: string;
  title: string;
  type?: string;
  /** The year of the draft's code: the current year. */
  year: string;
}

export interface NewStandard {
  code: string;
  /** Repository path of the file to create. */
  file: string;
  content: string;
  /** A planned standard (待制定) of the node with the same title, which the draft now realizes. */
  plannedTitle?: string;
}

function isDocumentType(type: string): type is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, type);
}

/** The type a title announces: 岗位工作规范 before 规范, since it ends with both. */
function typeOfTitle(title: string): DocumentType {
  const types = (Object.keys(DOCUMENT_TYPES) as DocumentType[]).sort((a, b) => DOCUMENT_TYPES[b].length - DOCUMENT_TYPES[a].length);
  return types.find((type) => title.endsWith(DOCUMENT_TYPES[type])) ?? '规范';
}

function leafNodes(corpus: Corpus): string {
  return [...corpus.system.nodes.values()]
    .filter((n) => n.children.length === 0)
    .map((n) => `${n.code} ${n.name}`)
    .join('、');
}

function frameworkNode(corpus: Corpus, code: string): FrameworkNode {
  const node = corpus.system.nodes.get(code);
  if (!node) throw new AuthoringError(`标准体系框架中没有节点 ${code}；请从 ${corpus.system.file} 的框架节点中选择：${leafNodes(corpus)}。`);
  if (node.children.length > 0) {
    throw new AuthoringError(`节点 ${code}（${node.name}）下设子节点，标准应编入其子节点：${node.children.map((c) => `${c.code} ${c.name}`).join('、')}。`);
  }
  return node;
}

/**
 * The next serial of a node: one more than the highest sequence number any edition in the node has
 * used (withdrawn and superseded codes are not given out again), in the shortest form the
 * configured serial pattern accepts.
 */
export function nextSerial(corpus: Corpus, node: string): string {
  const index = new CorpusIndex(corpus);
  const used = corpus.standards.flatMap((standard) => {
    const code = standard.meta.code;
    if (!code || !index.isInternal(code) || index.nodeOf(code) !== node) return [];
    const sequence = Number(index.sequenceOf(code));
    return Number.isInteger(sequence) ? [sequence] : [];
  });
  const next = Math.max(0, ...used) + 1;
  const pattern = corpus.system.organization.serialPattern;
  for (let width = 1; width <= 4; width++) {
    const serial = `${node}${String(next).padStart(width, '0')}`;
    const groups = pattern.exec(serial)?.groups;
    if (groups?.node === node && Number(groups.seq) === next) return serial;
  }
  throw new AuthoringError(`节点 ${node} 中已没有可用的顺序号（下一个序号为 ${next}，编号规则为 ${pattern.source}）；请与标准化办公室商定调整框架节点。`);
}

function fillTemplate(template: string, values: Record<string, string>, templateFile: string): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${templateFile} 中的占位符 ${placeholder} 没有对应的值`);
    return value;
  });
}

/** Works out the new standard without writing anything. */
export function planNewStandard(corpus: Corpus, request: NewStandardRequest): NewStandard {
  const title = request.title.trim();
  if (!title) throw new AuthoringError('缺少标准名称：请用 --title 给出，如 --title "窗口服务规范"。');
  if (/[/\\:*?"<>|]/u.test(title)) throw new AuthoringError(`标准名称"${title}"含有不能用于文件名的字符（/ \\ : * ? " < > |），请去掉。`);
  if (request.type !== undefined && !isDocumentType(request.type)) {
    throw new AuthoringError(`文件类型"${request.type}"无效；--type 可选：${Object.keys(DOCUMENT_TYPES).join('、')}。`);
  }
  const type = request.type ?? typeOfTitle(title);
  const ending = DOCUMENT_TYPES[type];
  if (!title.endsWith(ending) || title === ending) {
    throw new AuthoringError(`${type}类文件的名称应以"${ending}"结尾，以体现文件类型（GB/T 1.1—2020 8.2）；请改为 --title "${title}${ending}"，或用 --type 选择其他类型。`);
  }
  const node = frameworkNode(corpus, request.node);
  const namesakes = corpus.standards.filter((s) => s.meta.title === title && s.meta.status !== 'withdrawn');
  const namesake = namesakes.find((s) => s.meta.status === 'current') ?? namesakes[0];
  if (namesake) {
    throw new AuthoringError(
      `已有同名标准 ${namesake.meta.code?.raw ?? ''}（${namesake.file}）；修订已有标准时不新建编号，而是复制原文件作为新版本（顺序号不变、年号改为今年，并在 replaces 中写明旧版本）。`,
    );
  }
  const serial = nextSerial(corpus, node.code);
  const { codePrefix, name: organization } = corpus.system.organization;
  const code = `${codePrefix} ${serial}—${request.year}`;
  const file = standardPath(corpus, node, `${serial}-${title}.md`);
  if (existsSync(join(corpus.root, file))) throw new AuthoringError(`文件 ${file} 已存在；请换一个名称，或直接编辑该文件。`);
  const templateFile = join(TEMPLATES_DIR, `${type}.md`);
  const template = readFileSync(templateFile, 'utf8');
  const content = fillTemplate(template, { code, title, subject: title.slice(0, -ending.length), organization }, templateFile);
  const plannedTitle = corpus.system.planned.find((p) => p.node === node.code && p.title.replace(/\s+/gu, '') === title.replace(/\s+/gu, ''))?.title;
  return { code, file, content, plannedTitle };
}
