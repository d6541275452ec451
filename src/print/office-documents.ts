// The office's working documents as print HTML: the 检查表 of a checklist, a post's or department's
// 应知应会手册, and the 复审意见表 of Q/JMXZ 10101 附录B filled from a standard's front matter.
import type { Checklist } from '../evaluation/checklist.ts';
import type { Duties } from '../evaluation/duties.ts';
import { formatCode } from '../model/code.ts';
import { PROVISION_TYPES, type Standard, type SystemConfig } from '../model/types.ts';

type Organization = SystemConfig['organization'];
import { escapeHtml, printDocument, readTemplate } from './templates.ts';

const cell = (value: string, className = '') => `<td${className ? ` class="${className}"` : ''}>${escapeHtml(value)}</td>`;

function officeDocument(kind: string, title: string, runningHead: string, body: string): string {
  return printDocument({ title, kind: `office ${kind}`, runningHead, watermark: '', content: `<style>${readTemplate('office.css')}</style>\n${body}` });
}

/** 检查表: one row per requirement with blank result, evidence and correction cells to fill in. */
export function checklistDocument(checklist: Checklist, organization: Organization): string {
  // The PDF shows the serial for the code and the provision id under the clause, to fit portrait A4.
  const rows = checklist.rows.map(
    (row) =>
      `<tr>${cell(String(row.serialNo))}${cell(row.code.replace(/^\S+\s+/u, ''))}<td>${escapeHtml(row.clause)}<span class="id">${escapeHtml(row.provisionId)}</span></td>${cell(row.requirement)}${cell(row.method)}${cell('□符合\n□不符合\n□不适用', 'blank')}${cell('')}${cell('')}</tr>`,
  );
  const body = `<main class="office-document checklist" data-folio="arabic">
<h1 id="检查表">${escapeHtml(checklist.title)}</h1>
<p class="meta">检查范围：${escapeHtml(checklist.scope)}　　条款 ${checklist.rows.length} 项（要求）　　检查日期：__________　检查人：__________　被检查单位：______________</p>
<table class="print-table">
<colgroup><col class="narrow"><col class="code"><col class="clause"><col><col class="method"><col class="result"><col class="fill"><col class="fill"></colgroup>
<thead><tr>${['序号', '标准编号', '条款', '要求', '检查方法', '结果', '证据', '整改措施'].map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="meta">注：结果为不符合的应写明证据；条款本身不适用、不明确或相互矛盾的，在证据栏说明，按 Q/JMXZ 10101—2025 的 8.3.2 提前复审。条款符合率按该标准的公式(1)计算。</p>
</main>`;
  return officeDocument('checklist', checklist.title, `${organization.name}　${checklist.title}`, body);
}

/** 应知应会手册: a title page, then every provision that applies, by standard and clause. */
export function bookletDocument(duties: Duties, organization: Organization, date: string): string {
  const title = duties.kind === 'post' ? `${duties.name}岗位应知应会手册` : `${duties.name}标准条款汇编`;
  const counts = PROVISION_TYPES.map((type) => `${type} ${duties.counts[type]} 条`).join('，');
  const sections = duties.standards.map((group, index) => {
    const code = formatCode(group.standard.meta.code!);
    const clauses = group.clauses.map(
      (clause) => `<h3>${escapeHtml(clause.clause)}　${escapeHtml(clause.title)}</h3>
<ol class="provisions">${clause.provisions.map((p) => `<li><span class="type">${p.type}</span>${escapeHtml(p.text)}</li>`).join('')}</ol>`,
    );
    return `<section class="standard"><h2 id="标准${index + 1}">${escapeHtml(code)}　${escapeHtml(group.standard.meta.title ?? '')}</h2>\n${clauses.join('\n')}</section>`;
  });
  const body = `<section class="document-title-page" data-folio="none">
  <p class="organization">${escapeHtml(organization.name)}</p>
  <p class="document-title">${escapeHtml(title)}</p>
  <p class="document-note">适用条款 ${duties.total} 条，来自 ${duties.standards.length} 项现行标准（${counts}）</p>
  <p class="document-date">${escapeHtml(date)}</p>
</section>
<main class="office-document booklet" data-folio="arabic">
<p class="meta">本手册从现行标准中汇集适用于${escapeHtml(duties.name)}的全部条款，供岗前培训和日常自查使用；条款以标准正式文本为准，每条后的编号为标准编号和条款号。</p>
${sections.join('\n')}
</main>`;
  return officeDocument('booklet', title, `${organization.name}　${title}`, body);
}

/** 标准复审意见表 (Q/JMXZ 10101—2025 表B.1), filled from the review recorded in the front matter. */
export function reviewFormDocument(standard: Standard, organization: Organization): string {
  const { meta } = standard;
  const review = meta.review!;
  const box = (options: readonly string[], chosen?: string) => options.map((o) => `${o === chosen ? '☑' : '□'}${o}`).join('　');
  const rows: [string, string, string?][] = [
    ['标准编号', formatCode(meta.code!)],
    ['标准名称', meta.title ?? ''],
    ['主办科室', meta.department ?? ''],
    ['实施日期', meta.effective ?? ''],
    ['复审类型', review.earlyReason ? `□定期复审　☑提前复审（原因：${review.earlyReason}）` : '☑定期复审　□提前复审（原因：　　　　）'],
    ['复审依据和方法', review.basis ?? '', 'tall'],
    ['主要问题', review.problems ?? '', 'tall'],
    ['复审结论', box(['继续有效', '修订', '废止'], review.outcome)],
    ['修订或废止的理由及建议', review.proposal ?? '', 'tall'],
    ['复审人员（签名）', review.reviewers.join('　')],
    ['主办科室负责人意见（签名、日期）', ''],
    ['标准化办公室意见（签名、日期）', ''],
    ['领导小组审定意见（修订或废止时填写）', ''],
  ];
  const body = `<main class="office-document review-form" data-folio="none">
<h1 id="复审意见表">标准复审意见表</h1>
<p class="meta">复审日期：${escapeHtml(review.date ?? '')}　　（Q/JMXZ 10101—2025 附录B 表B.1）</p>
<table class="print-table">
<thead><tr><th>项目</th><td>内容</td></tr></thead>
<tbody>
${rows.map(([item, content, tall]) => `<tr><th>${escapeHtml(item)}</th>${cell(content, tall)}</tr>`).join('\n')}
</tbody>
</table>
<p class="meta">复审意见表填写后，原件归入该标准的标准化工作档案，扫描件上传标准信息平台。</p>
</main>`;
  return officeDocument('review-form', `${formatCode(meta.code!)} 标准复审意见表`, `${organization.name}　标准复审意见表`, body);
}
