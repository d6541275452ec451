// How the search reads staff's questions and ranks pages (site/scripts/search-query.ts), with the
// office's real synonyms file and Node's ICU segmenter (the same data as the browser's).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeQuery, codeKey, contentWords, groupWeights, orderResults, rankPage, splitHighlights, type FragmentText } from '../site/scripts/search-query.ts';
import { ConfigError } from '../src/parse/config.ts';
import { loadSynonyms } from '../src/search/synonyms.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const synonyms = loadSynonyms(REPO);
const codes = {
  [codeKey('Q/JMXZ 30102—2025')]: '/standards/30102/',
  [codeKey('Q/JMXZ 30102')]: '/standards/30102/',
  [codeKey('30102')]: '/standards/30102/',
  [codeKey('GB/T 36113')]: '/external/#GB-T-36113-2018',
};

describe('analyzeQuery', () => {
  it('drops question words and particles and keeps the content words', () => {
    expect(analyzeQuery('投诉怎么处理', { codes, synonyms }).groups.map((g) => g.word)).toEqual(['投诉', '处理']);
    expect(analyzeQuery('并联审批的流程是什么', { codes: {}, synonyms: [] }).groups.map((g) => g.word)).toEqual(['并联', '审批', '流程']);
  });

  it('joins the single characters the segmenter tears apart, and drops a lone one', () => {
    expect(contentWords('限时办结').map((w) => w.word)).toEqual(['限时办结']);
    expect(contentWords('限时办结')[0]!.pieces).toEqual(['限时', '办结']);
    expect(contentWords('排队人太多').map((w) => w.word)).toEqual(['排队', '太多']);
  });

  it("recognises the office's synonyms as phrases and searches all words of the group", () => {
    const [group] = analyzeQuery('群众投诉', { codes, synonyms }).groups;
    expect(group!.word).toBe('群众');
    expect(group!.alternatives).toContain('服务对象');
    const delay = analyzeQuery('午间延时服务', { codes, synonyms }).groups;
    expect(delay.map((g) => g.word)).toEqual(['午间', '延时服务']);
  });

  it('finds codes in any spelling and goes straight when the query is only codes', () => {
    for (const query of ['30102', 'Q/JMXZ 30102', 'q/jmxz30102', 'Q/JMXZ 30102-2025', 'ＧＢ／Ｔ　36113']) {
      const analyzed = analyzeQuery(query, { codes, synonyms });
      expect(analyzed.onlyCodes, query).toBe(true);
    }
    expect(analyzeQuery('30102 首问', { codes, synonyms })).toMatchObject({ codeTargets: ['/standards/30102/'], onlyCodes: false });
    // Not a code of ours: part of a longer number, or another prefix.
    expect(analyzeQuery('301021', { codes, synonyms }).codeTargets).toEqual([]);
    expect(analyzeQuery('GB/T 30102', { codes, synonyms }).codeTargets).toEqual([]);
  });
});

function fragment(url: string, title: string, sections: [string, string, string][]): FragmentText {
  const words: string[] = [...title];
  const anchors: FragmentText['anchors'] = [];
  for (const [element, id, text] of sections) {
    anchors.push({ element, id, text: text.split('。')[0]!, location: words.length });
    words.push(...text);
  }
  return { url, title, words, anchors };
}

describe('rankPage and orderResults', () => {
  const groups = analyzeQuery('投诉怎么处理', { codes, synonyms }).groups;
  const complaints = fragment('/a/', 'Q/JMXZ 30501—2025 投诉处理规范', [
    ['h2', '5', '5 受理。窗口收到投诉后登记。'],
    ['p', '5.2', '5.2 投诉应在5个工作日内处理完毕。'],
  ]);
  const window = fragment('/b/', 'Q/JMXZ 30101—2025 窗口服务规范', [['h2', '8', '8 监督。对投诉的处理按有关规定执行。']]);
  const old = fragment('/c/', 'Q/JMXZ 30501—2020 投诉处理规范', [['h2', '5', '5 受理。投诉处理。']]);

  it('ranks the page with the words in its title above one with them in its body', () => {
    const weights = groupWeights([complaints, window], groups);
    expect(rankPage(complaints, groups, weights).score).toBeGreaterThan(rankPage(window, groups, weights).score);
  });

  it('puts the clause with all the words first and links to it', () => {
    const [best] = rankPage(complaints, groups).sections;
    expect(best!.url).toBe('/a/#5.2');
    expect(best!.title).toBe('5 受理 › 5.2');
  });

  it('puts withdrawn and superseded texts after all others, however well they match', () => {
    const doc = (url: string, status: string) => ({ url, code: '', title: '', status, retired: status === '被代替', subsystem: '', node: '', department: '' });
    const ordered = orderResults([
      { page: rankPage(old, groups), document: doc('/c/', '被代替') },
      { page: rankPage(window, groups), document: doc('/b/', '现行') },
    ]);
    expect(ordered.map((r) => r.page.url)).toEqual(['/b/', '/c/']);
  });

  it('splits text for highlighting, longest word first', () => {
    expect(splitHighlights('午间延时服务窗口', ['延时服务', '延时', '午间'])).toEqual([
      { text: '午间', hit: true },
      { text: '延时服务', hit: true },
      { text: '窗口', hit: false },
    ]);
  });
});

describe('loadSynonyms', () => {
  function withFile(content: string): string {
    const root = mkdtempSync(join(tmpdir(), 'synonyms-'));
    mkdirSync(join(root, 'standards'));
    writeFileSync(join(root, 'standards', 'synonyms.yaml'), content);
    return root;
  }

  it('reads the groups, and none without the file', () => {
    const root = withFile('- [延时服务, 延时]\n- [好差评, 评价]\n');
    expect(loadSynonyms(root)).toEqual([
      ['延时服务', '延时'],
      ['好差评', '评价'],
    ]);
    rmSync(join(root, 'standards', 'synonyms.yaml'));
    expect(loadSynonyms(root)).toEqual([]);
    rmSync(root, { recursive: true });
  });

  it.each([
    ['延时: 延时服务\n', '应为一个列表'],
    ['- [延时]\n', '只有一个词'],
    ['- [延时, 延时服务]\n- [延时, 加班]\n', '“延时”同时出现在第 1 组和第 2 组'],
    ['- [a, [b]]\n', '应为由词组成的列表'],
    ['- [a, b\n', 'YAML 语法错误'],
  ])('refuses %j with a clear message', (content, message) => {
    const root = withFile(content);
    expect(() => loadSynonyms(root)).toThrow(ConfigError);
    expect(() => loadSynonyms(root)).toThrow(message);
    rmSync(root, { recursive: true });
  });
});
