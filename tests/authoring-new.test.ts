// `npm run new`: a draft from the template of its type, with the node's next free code, that checks
// clean as created; clear errors for what the author got wrong.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/check/run.ts';
import { AuthoringError } from '../src/authoring/errors.ts';
import { planNewStandard } from '../src/authoring/new-standard.ts';
import { loadCorpus } from '../src/corpus.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import { copyOfSampleCorpus, readText, runScript } from './authoring-helpers.ts';

const YEAR = String(new Date().getFullYear());

function create(dir: string, ...args: string[]): { file: string; stderr: string; status: number | null } {
  const result = runScript('new', dir, ...args);
  return { file: result.stdout.trim(), stderr: result.stderr, status: result.status };
}

describe('npm run new', () => {
  it('creates a draft of each document type that checks clean as it is', () => {
    const dir = copyOfSampleCorpus();
    const made = [
      create(dir, '--node', '301', '--title', '窗口延时服务规范'),
      create(dir, '--node', '302', '--title', '跨域通办服务规程', '--type', '规程'),
      create(dir, '--node', '305', '--title', '好差评数据分析指南'),
      create(dir, '--node', '403', '--title', '综合受理员岗位工作规范', '--type', '岗位'),
    ];
    expect(made.map((m) => m.file)).toEqual([
      'standards/300-服务提供/30104-窗口延时服务规范.md',
      'standards/300-服务提供/30207-跨域通办服务规程.md',
      'standards/300-服务提供/30504-好差评数据分析指南.md',
      'standards/400-岗位工作/40305-综合受理员岗位工作规范.md',
    ]);
    for (const { file, status } of made) {
      expect(status).toBe(0);
      const text = readText(dir, file);
      expect(text).toMatch(new RegExp(`^---\\ncode: Q/JMXZ \\d{5}—${YEAR}\\n`, 'u'));
      expect(text).toContain('\nstatus: draft\n');
      expect(text).toContain('本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。');
      expect(text).toContain('请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。');
      expect(text).toContain('本文件没有规范性引用文件。');
      expect(text).toContain('本文件没有需要界定的术语和定义。');
      expect(text).not.toContain('{{');
    }
    expect(readText(dir, made[2]!.file)).toContain('本文件提供了好差评数据分析的指导');
    expect(readText(dir, made[3]!.file)).toContain('本文件规定了江门市行政服务中心综合受理员的岗位职责');
    expect(made[3]!.stderr).toContain('已列入 standards/system.yaml 的待制定标准');
    const corpus = loadCorpus(dir);
    expect(checkCorpus(corpus)).toEqual([]);
    const check = runScript('check', dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('没有发现问题（检查了 51 个文件）');
  });

  it('gives out the next code of the node: after every edition, not reusing withdrawn codes, planned entries have none', () => {
    const corpus = loadCorpus(copyOfSampleCorpus());
    const next = (node: string, title: string): string => {
      const planned = planNewStandard(corpus, { node, title, year: YEAR });
      corpus.standards.push(parseStandard(planned.file, planned.content));
      return planned.code;
    };
    // 305 holds 30501 (2020 and 2025 editions), 30502, 30503; 207 holds the withdrawn 20704; 203 only has planned entries.
    expect(next('305', '服务改进提案管理规范')).toBe(`Q/JMXZ 30504—${YEAR}`);
    expect(next('305', '服务评价结果运用规范')).toBe(`Q/JMXZ 30505—${YEAR}`);
    expect(next('207', '窗口人员轮岗规范')).toBe(`Q/JMXZ 20705—${YEAR}`);
    expect(next('203', '工间休息与轮岗规范')).toBe(`Q/JMXZ 20301—${YEAR}`);
    expect(planNewStandard(corpus, { node: '203', title: '职业健康检查规范', year: YEAR }).file).toBe('standards/200-服务保障/20302-职业健康检查规范.md');
  });

  it('explains in Chinese what is wrong', () => {
    const dir = copyOfSampleCorpus();
    const corpus = loadCorpus(dir);
    const problem = (node: string, title: string, type?: string): string => {
      try {
        planNewStandard(corpus, { node, title, type, year: YEAR });
      } catch (error) {
        expect(error).toBeInstanceOf(AuthoringError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(problem('309', '窗口延时服务规范')).toMatch(/^标准体系框架中没有节点 309；请从 standards\/system.yaml 的框架节点中选择：101 标准化导则、.*301 服务规范/u);
    expect(problem('300', '窗口延时服务规范')).toBe(
      '节点 300（服务提供标准）下设子节点，标准应编入其子节点：301 服务规范、302 服务提供规范、303 服务质量控制规范、304 运行管理规范、305 服务评价与改进。',
    );
    expect(problem('301', ' ')).toContain('缺少标准名称：请用 --title 给出');
    expect(problem('301', '窗口延时服务')).toContain('请改为 --title "窗口延时服务规范"');
    expect(problem('301', '窗口延时服务规范', '手册')).toContain('--type 可选：规范、规程、指南、岗位');
    expect(problem('301', '窗口服务规范')).toContain('已有同名标准 Q/JMXZ 30101—2025');
    writeFileSync(join(dir, 'standards/300-服务提供/30104-窗口延时服务规范.md'), '起草中的笔记\n');
    expect(problem('301', '窗口延时服务规范')).toBe('文件 standards/300-服务提供/30104-窗口延时服务规范.md 已存在；请换一个名称，或直接编辑该文件。');
  });

  it('exits 2 with the message and the usage on the command line, and writes nothing', () => {
    const dir = copyOfSampleCorpus();
    const unknown = create(dir, '--node', '309', '--title', '窗口延时服务规范');
    expect(unknown.status).toBe(2);
    expect(unknown.file).toBe('');
    expect(unknown.stderr).toContain('标准体系框架中没有节点 309');
    expect(unknown.stderr).toContain('用法：npm run new -- --node');
    expect(existsSync(join(dir, 'standards/300-服务提供/30104-窗口延时服务规范.md'))).toBe(false);
    expect(create(dir, '--title', '窗口延时服务规范').stderr).toContain('缺少框架节点：请用 --node 给出');
  });
});
