// The shared renderer: anchors, links, term links, and what it refuses to pass through.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { HandbookUrls, localImagePath } from '../src/render/links.ts';
import { renderStandard } from '../src/render/render-standard.ts';
import { corpusWith, edit, fixtureText, FIXTURE_ROOT } from './helpers.ts';

const COMPLAINTS = 'standards/30501-投诉处理规范.md';

function render(text = fixtureText('30501-投诉处理规范.md')) {
  const corpus = corpusWith({ [COMPLAINTS]: text });
  const urls = new HandbookUrls(new CorpusIndex(corpus), '/kb/');
  const standard = corpus.standards.find((s) => s.file === COMPLAINTS)!;
  return renderStandard(standard, {
    hrefFor: (reference) => urls.reference(reference, standard),
    imageSrc: (src) => (localImagePath(src, standard, FIXTURE_ROOT) ? `/kb/media/${src}` : undefined),
  });
}

describe('renderStandard', () => {
  const { html, toc } = render();

  it('gives every element, clause, table, formula and annex its number as id', () => {
    for (const id of ['前言', '1', '3.1', '4', '4.2', '5.1', '5.1.2', '表1', '公式1', '附录A', '表A.1', '参考文献']) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toMatch(/<p id="4\.2" class="clause"><span class="num">4\.2<\/span>督查考核科/u);
    expect(html).toMatch(/<h2 id="附录A" class="annex"><span class="annex-number">附录A<\/span><span class="annex-mark">（规范性）<\/span><span class="annex-title">投诉回访记录表<\/span><\/h2>/u);
  });

  it('turns references into links: inside the document, to another standard, to an external standard', () => {
    expect(html).toContain('<a href="#4.2" class="ref">4.2</a>');
    // Non-ASCII fragments are percent-encoded in href; browsers match them against the decoded id.
    expect(html).toContain(`<a href="${encodeURI('#表1')}" class="ref">表1</a>`);
    expect(html).toContain(`<a href="${encodeURI('#附录A')}" class="ref">附录A</a>`);
    expect(html).toContain('<a href="/kb/standards/30101/#4.2" class="ref">Q/JMXZ 30101—2025的4.2</a>');
    expect(html).toContain('<a href="/kb/external/#GB-T-36113-2018" class="ref">GB/T 36113—2018</a>');
  });

  it('links the codes listed in chapter 2 to the documents', () => {
    expect(html).toContain('<li><a href="/kb/external/#GB-T-36113-2018" class="ref">GB/T 36113—2018</a> 政务服务中心服务投诉处置规范</li>');
    expect(html).toContain('<li><a href="/kb/standards/30101/" class="ref">Q/JMXZ 30101—2025</a> 窗口服务规范</li>');
  });

  it('links the first mention of a defined term in a paragraph of the core chapters to its definition', () => {
    expect(html.slice(0, html.indexOf('id="4"'))).not.toContain('term-ref');
    expect(html).toMatch(/<a href="#3\.2" class="term-ref">回访<\/a>/u);
    const clause = html.slice(html.indexOf('id="5.2.1"'), html.indexOf('</p>', html.indexOf('id="5.2.1"')));
    expect(clause.match(/class="term-ref">回访/gu)).toHaveLength(1);
  });

  it('lists elements and first-level clauses in the contents, but not terms', () => {
    expect(toc.map((e) => e.label)).toEqual([
      '前言',
      '1　范围',
      '2　规范性引用文件',
      '3　术语和定义',
      '4　受理',
      '5　办理和回访',
      '5.1　办理',
      '5.2　回访',
      '附录A（规范性）投诉回访记录表',
      '参考文献',
    ]);
  });

  it('drops raw HTML, event handlers and javascript: links, and refuses images from outside', () => {
    const hostile = edit(
      fixtureText('30501-投诉处理规范.md'),
      '## 5 办理和回访',
      [
        '<script>alert(1)</script>',
        '',
        '<img src="x" onerror="alert(2)">',
        '',
        '[点我](javascript:alert(3)) 和 <a href="#" onclick="alert(4)">这里</a>',
        '',
        '![外部](https://example.com/x.png) ![越界](../../../etc/passwd)',
        '',
        '## 5 办理和回访',
      ].join('\n'),
    );
    const { html: rendered } = render(hostile);
    expect(rendered).not.toMatch(/<script|onerror|onclick|javascript:|example\.com|etc\/passwd/u);
    expect(rendered).toContain('［图片不可用：外部］');
    expect(rendered).toContain('［图片不可用：越界］');
  });
});
