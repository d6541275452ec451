// Writes a synthetic standard system of N standards shaped like the sample corpus: it is made of
// seeded copies of the sample standards, each copy renumbered into its own code range so that its
// cross-references stay valid. Usage: node scripts/bench/generate-corpus.ts <N> <out-dir> [--seed S]
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { findStandardFiles } from '../../src/corpus.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(REPO, 'standards');

/** Small deterministic PRNG (mulberry32), so a seed always gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The synthetic system numbers standards node + 4-digit sequence, so thousands fit in the framework. */
function systemYaml(): string {
  const sample = readFileSync(join(SAMPLE, 'system.yaml'), 'utf8');
  return (
    sample
      .replace(/serial-pattern: .*/u, 'serial-pattern: "^(?<node>[1-4]\\\\d{2})(?<seq>\\\\d{4})$"')
      .replace(/planned:[\s\S]*?\n\n/u, 'planned: []\n\n')
      // Posts name their position standard by serial: the first copy's serial in the synthetic numbering.
      .replace(/standard: "(\d{3})(\d{2})"/gu, (_m, node: string, seq: string) => `standard: "${node}${String(Number(seq) % 10).padStart(4, '0')}"`)
  );
}

export function generateCorpus(count: number, outDir: string, seed = 20261126): void {
  const next = random(seed);
  const samples = findStandardFiles(SAMPLE).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'standards'), { recursive: true });
  writeFileSync(join(outDir, 'standards/system.yaml'), systemYaml());
  copyFileSync(join(SAMPLE, 'external.yaml'), join(outDir, 'standards/external.yaml'));
  mkdirSync(join(outDir, 'standards/assets'), { recursive: true });
  copyFileSync(join(SAMPLE, 'assets/30202-fig1.svg'), join(outDir, 'standards/assets/30202-fig1.svg'));
  if (count < samples.length) throw new Error(`合成语料至少包含一整套样例（${samples.length} 项）`);
  let written = 0;
  for (let copy = 0; written < count; copy++) {
    // Each copy takes the whole sample in a seeded order; the last copy is a seeded subset whose
    // references to standards it lacks point into the previous, complete copy.
    const order = samples
      .map((s) => ({ s, key: next() }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.s);
    const editions = order.slice(0, count - written).map((s) => /^code: Q\/JMXZ (\d{5})—(\d{4})/mu.exec(s.text));
    const included = new Set(editions.flatMap((m) => (m ? [m[1], `${m[1]}—${m[2]}`] : [])));
    const dir = join(outDir, 'standards', `group-${String(copy).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (const sample of order) {
      if (written >= count) break;
      // 30101 → 301 + copy*10 + 01: codes stay unique across copies and references inside a copy stay valid.
      const renumber = (node: string, seq: string, year = ''): string => {
        const group = included.has(`${node}${seq}${year}`) ? copy : copy - 1;
        return `Q/JMXZ ${node}${String(group * 10 + (Number(seq) % 10)).padStart(4, '0')}${year}`;
      };
      const text = sample.text
        .replace(/Q\/JMXZ (\d{3})(\d{2})(—\d{4})?/gu, (_m, node: string, seq: string, year?: string) => renumber(node, seq, year))
        .replace(/^title: (.*)$/mu, (_m, title: string) => `title: 组${copy}·${title}`)
        // Chapter 2 lists the titles of the cited copies, which carry their group's prefix.
        .replace(/^- (Q\/JMXZ \d{3}(\d{4})(?:—\d{4})?) (.+)$/gmu, (_m, code: string, seq: string, title: string) => `- ${code} 组${Math.floor(Number(seq) / 10)}·${title}`)
        .replace(/(\d+)个工作日/gu, () => `${1 + Math.floor(next() * 9)}个工作日`);
      writeFileSync(join(dir, relative(SAMPLE, sample.path).replace(/[\\/]/gu, '-')), text);
      written++;
    }
  }
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: '20261126' } } });
  const [count, out] = positionals;
  if (!count || !out || !/^\d+$/u.test(count)) {
    console.error('用法：node scripts/bench/generate-corpus.ts <标准数量> <输出目录> [--seed 种子]');
    process.exit(2);
  }
  generateCorpus(Number(count), out, Number(values.seed));
  console.log(`已生成 ${count} 项合成标准：${out}`);
}
