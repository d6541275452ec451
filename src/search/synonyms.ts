// The synonyms the standardization office maintains for the handbook's search (standards/synonyms.yaml):
// groups of words that mean the same at the counter (群众 = 服务对象, 好差评 = 评价).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../parse/config.ts';

export const SYNONYMS_FILE = 'standards/synonyms.yaml';

/** The groups of the file under `root`; none when the file does not exist. Bad content throws ConfigError. */
export function loadSynonyms(root: string): string[][] {
  const path = join(root, SYNONYMS_FILE);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(SYNONYMS_FILE, `YAML 语法错误：${(error as Error).message}`);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new ConfigError(SYNONYMS_FILE, '应为一个列表，每项是一组同义词，如 - [延时服务, 延时]。');
  const seen = new Map<string, number>();
  return data.map((group, i) => {
    const where = `第 ${i + 1} 组`;
    if (!Array.isArray(group) || group.some((word) => typeof word !== 'string' && typeof word !== 'number')) {
      throw new ConfigError(SYNONYMS_FILE, `${where}应为由词组成的列表，如 [延时服务, 延时]。`);
    }
    const words = group.map((word) => String(word).trim());
    if (words.some((word) => word === '')) throw new ConfigError(SYNONYMS_FILE, `${where}含有空词。`);
    if (words.length < 2) throw new ConfigError(SYNONYMS_FILE, `${where}（${words.join('、')}）只有一个词，同义词组至少要有两个词。`);
    for (const word of words) {
      const earlier = seen.get(word);
      if (earlier !== undefined) throw new ConfigError(SYNONYMS_FILE, `“${word}”同时出现在第 ${earlier + 1} 组和${where}；每个词只能属于一组。`);
      seen.set(word, i);
    }
    return words;
  });
}
