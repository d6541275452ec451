// One standard as a print document: cover, 目次 and the text from the shared renderer, filled into
// the templates of templates/print/. The layout itself lives in the templates and print.css.
import { formatCode } from '../model/code.ts';
import { STATUS_LABELS, type Standard, type Status } from '../model/types.ts';
import { renderStandard, type RenderOptions, type TocEntry } from '../render/render-standard.ts';
import { escapeHtml, fillTemplate, printDocument } from './templates.ts';

const DRAFT_STATUSES: readonly Status[] = ['draft', 'consultation', 'review', 'approval'];

/** Printed across every page of texts that are not, or no longer, in force. */
const WATERMARKS: Partial<Record<Status, string>> = {
  draft: STATUS_LABELS.draft,
  consultation: STATUS_LABELS.consultation,
  review: STATUS_LABELS.review,
  approval: STATUS_LABELS.approval,
  superseded: '已被代替',
  withdrawn: '已废止',
};

export interface Organization {
  name: string;
  issuer: string;
}

export interface StandardDocument {
  code: string;
  title: string;
  html: string;
  /** 目次 entries: also the PDF outline. */
  toc: TocEntry[];
}

/** Asked on the cover of a 征求意见稿 (GB/T 1.1—2020 附录E). */
export const PATENT_REQUEST = '在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。';

/** A standard that cannot be printed (no code or title); the message is for the office. */
export class PrintError extends Error {}

function cover(standard: Standard, code: string, title: string, organization: Organization): string {
  const { meta } = standard;
  const status = meta.status ?? 'draft';
  const draft = DRAFT_STATUSES.includes(status);
  const line = (className: string, text: string): string => `<p class="${className}">${escapeHtml(text)}</p>`;
  return fillTemplate('cover.html', {
    prefix: escapeHtml(meta.code!.prefix),
    organizationLine: escapeHtml(`${organization.name}标准`),
    code: escapeHtml(code),
    replacesLine: meta.replaces.length > 0 ? line('cover-replaces', `代替 ${meta.replaces.map((r) => formatCode(r)).join('、')}`) : '',
    title: escapeHtml(title),
    titleEnLine: meta.titleEn ? line('cover-title-en', meta.titleEn) : '',
    classificationLines: [meta.ics && `ICS ${meta.ics.replace(/^ICS\s*/u, '')}`, meta.ccs && `CCS ${meta.ccs.replace(/^CCS\s*/u, '')}`, meta.filingNumber && `备案号：${meta.filingNumber}`]
      .filter((text): text is string => !!text)
      .map((text) => line('cover-class-line', text))
      .join(''),
    stageLine: draft ? line('cover-stage', `（${STATUS_LABELS[status]}）`) : '',
    completedLine: draft && meta.completed ? line('cover-completed', `（本稿完成日期：${meta.completed}）`) : '',
    patentLine: status === 'consultation' ? line('cover-patent', PATENT_REQUEST) : '',
    issued: escapeHtml(meta.issued ?? 'XXXX-XX-XX'),
    effective: escapeHtml(meta.effective ?? 'XXXX-XX-XX'),
    issuer: escapeHtml(organization.issuer),
  });
}

export function standardDocument(standard: Standard, organization: Organization, renderOptions: RenderOptions): StandardDocument {
  if (standard.loadError) throw new PrintError(`无法读取文件：${standard.loadError.message}`);
  const { meta } = standard;
  if (!meta.code) throw new PrintError('文件头缺少标准编号（code），无法排版。');
  if (!meta.title) throw new PrintError('文件头缺少标准名称（title），无法排版。');
  const code = formatCode(meta.code);
  const rendered = renderStandard(standard, { ...renderOptions, footnotesAtCall: true });
  const tocEntries = rendered.toc.map((entry) => fillTemplate('toc-entry.html', { level: String(entry.level), target: escapeHtml(entry.id), label: escapeHtml(entry.label) })).join('\n');
  const content = fillTemplate('standard.html', {
    cover: cover(standard, code, meta.title, organization),
    tocEntries,
    title: escapeHtml(meta.title),
    text: rendered.html,
  });
  const html = printDocument({
    title: `${code} ${meta.title}`,
    kind: 'standard',
    runningHead: code,
    watermark: WATERMARKS[meta.status ?? 'draft'] ?? '',
    content,
  });
  return { code, title: meta.title, html, toc: rendered.toc };
}
