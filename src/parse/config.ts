// Reads standards/system.yaml and standards/external.yaml. Problems here make the whole check
// unusable, so they throw ConfigError (the CLI exits with 2) instead of producing diagnostics.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseCode } from '../model/code.ts';
import type { Department, ExternalStandard, FrameworkNode, PlannedStandard, Post, RuleSetting, SystemConfig } from '../model/types.ts';

export class ConfigError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

function readText(path: string, displayPath: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(displayPath, '无法读取文件，请确认它存在。');
  }
}

function parseYamlText(text: string, displayPath: string): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    throw new ConfigError(displayPath, `YAML 语法错误：${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(record: Record<string, unknown>, key: string, file: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(file, `${where}缺少字符串字段 "${key}"。`);
  }
  return value.trim();
}

function readFramework(value: unknown, file: string, nodes: Map<string, FrameworkNode>, parent?: FrameworkNode): FrameworkNode[] {
  if (!Array.isArray(value)) throw new ConfigError(file, '"framework" 应为节点列表（每项含 code、name，可含 children）。');
  return value.map((item, index) => {
    if (!isRecord(item)) throw new ConfigError(file, `framework 第 ${index + 1} 项应为含 code 和 name 的映射。`);
    const code = String(item.code ?? '').trim();
    if (!/^\d{3}$/.test(code)) throw new ConfigError(file, `框架节点编号 "${code}" 应为 3 位数字。`);
    if (nodes.has(code)) throw new ConfigError(file, `框架节点编号 ${code} 重复。`);
    const node: FrameworkNode = { code, name: requireString(item, 'name', file, `节点 ${code} `), parent, children: [] };
    nodes.set(code, node);
    if (item.children !== undefined) node.children = readFramework(item.children, file, nodes, node);
    return node;
  });
}

const RULE_SETTINGS = new Set<RuleSetting>(['error', 'warning', 'off']);

export function loadSystemConfig(path: string, displayPath: string): SystemConfig {
  return parseSystemConfig(readText(path, displayPath), displayPath);
}

export function parseSystemConfig(text: string, displayPath: string): SystemConfig {
  const data = parseYamlText(text, displayPath);
  if (!isRecord(data)) throw new ConfigError(displayPath, '文件内容应为映射（organization、framework、planned、rules）。');
  const org = data.organization;
  if (!isRecord(org)) throw new ConfigError(displayPath, '缺少 "organization"。');
  const patternText = requireString(org, 'serial-pattern', displayPath, 'organization ');
  let serialPattern: RegExp;
  try {
    serialPattern = new RegExp(patternText, 'u');
  } catch {
    throw new ConfigError(displayPath, `serial-pattern "${patternText}" 不是有效的正则表达式。`);
  }
  if (!patternText.includes('(?<node>')) {
    throw new ConfigError(displayPath, 'serial-pattern 应含命名分组 (?<node>…)，用于确定标准所在的框架节点。');
  }
  const nodes = new Map<string, FrameworkNode>();
  const framework = readFramework(data.framework, displayPath, nodes);
  const planned: PlannedStandard[] = [];
  for (const item of (data.planned ?? []) as unknown[]) {
    if (!isRecord(item)) throw new ConfigError(displayPath, 'planned 的每项应含 node 和 title。');
    const node = String(item.node ?? '');
    if (!nodes.has(node)) throw new ConfigError(displayPath, `待制定标准"${String(item.title)}"的节点 ${node} 不在框架中。`);
    planned.push({ node, title: requireString(item, 'title', displayPath, '待制定标准') });
  }
  const rules = new Map<string, RuleSetting>();
  const ruleData = data.rules ?? {};
  if (!isRecord(ruleData)) throw new ConfigError(displayPath, '"rules" 应为"规则编号: error|warning|off"的映射。');
  for (const [id, setting] of Object.entries(ruleData)) {
    if (!RULE_SETTINGS.has(setting as RuleSetting)) {
      throw new ConfigError(displayPath, `规则 ${id} 的设置 "${String(setting)}" 无效，应为 error、warning 或 off。`);
    }
    rules.set(id, setting as RuleSetting);
  }
  const departments = readNamed(data.departments, 'departments', displayPath).map(({ name, aliases }): Department => ({ name, aliases }));
  const posts = readNamed(data.posts, 'posts', displayPath).map(({ item, name, aliases }): Post => {
    const department = item.department === undefined ? undefined : String(item.department).trim();
    if (department !== undefined && !departments.some((d) => d.name === department)) {
      throw new ConfigError(displayPath, `岗位"${name}"的 department "${department}" 不在 departments 中。`);
    }
    const standard = item.standard === undefined ? undefined : String(item.standard).trim();
    if (standard !== undefined && !serialPattern.test(standard)) throw new ConfigError(displayPath, `岗位"${name}"的 standard "${standard}" 不是本中心标准的顺序号（如 40302）。`);
    return { name, aliases, department, standard };
  });
  const names = [...departments, ...posts].flatMap((entry) => [entry.name, ...entry.aliases]);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new ConfigError(displayPath, `岗位或部门名称"${repeated}"重复；每个名称（含别名）只能指一个岗位或部门。`);
  return {
    file: displayPath,
    posts,
    departments,
    organization: {
      name: requireString(org, 'name', displayPath, 'organization '),
      issuer: requireString(org, 'issuer', displayPath, 'organization '),
      codePrefix: requireString(org, 'code-prefix', displayPath, 'organization '),
      serialPattern,
    },
    framework,
    nodes,
    planned,
    rules,
  };
}

/** `posts` and `departments`: lists of `{ name, aliases?, … }`. */
function readNamed(value: unknown, key: string, file: string): { item: Record<string, unknown>; name: string; aliases: string[] }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(file, `"${key}" 应为列表，每项含 name，可含 aliases。`);
  return value.map((item, index) => {
    if (!isRecord(item)) throw new ConfigError(file, `${key} 第 ${index + 1} 项应为含 name 的映射。`);
    const name = requireString(item, 'name', file, `${key} 第 ${index + 1} 项`);
    const aliases = item.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string' && alias.trim() !== '')) {
      throw new ConfigError(file, `${key} 中"${name}"的 aliases 应为名称列表。`);
    }
    return { item, name, aliases: aliases.map((alias: string) => alias.trim()) };
  });
}

export function loadExternalStandards(path: string, displayPath: string): ExternalStandard[] {
  return parseExternalStandards(readText(path, displayPath), displayPath);
}

export function parseExternalStandards(text: string, displayPath: string): ExternalStandard[] {
  const data = parseYamlText(text, displayPath);
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new ConfigError(displayPath, '文件内容应为列表，每项含 code、title、status。');
  return data.map((item, index) => {
    if (!isRecord(item)) throw new ConfigError(displayPath, `第 ${index + 1} 项应为映射。`);
    const codeText = requireString(item, 'code', displayPath, `第 ${index + 1} 项`);
    const code = parseCode(codeText);
    if (!code) throw new ConfigError(displayPath, `"${codeText}" 不是可识别的标准编号（如 GB/T 36113—2018）。`);
    const status = item.status;
    if (status !== '现行' && status !== '废止') {
      throw new ConfigError(displayPath, `${codeText} 的 status 应为"现行"或"废止"。`);
    }
    const replacedByText = item['replaced-by'];
    const replacedBy = typeof replacedByText === 'string' ? parseCode(replacedByText) : undefined;
    if (replacedByText !== undefined && !replacedBy) {
      throw new ConfigError(displayPath, `${codeText} 的 replaced-by "${String(replacedByText)}" 不是可识别的标准编号。`);
    }
    return {
      code,
      title: requireString(item, 'title', displayPath, `${codeText} `),
      status,
      replacedBy,
      node: item.node === undefined ? undefined : String(item.node),
    };
  });
}
