/**
 * node scripts/corpus/sample.ts [--corpus real|fresh|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8] [--n 100 | --warnings W --info I] [--seed 1] [--held-out] [--unlabelled] [--keep K]
 *
 * Draws a random sample of the findings the rules report on a corpus of real Dockerfiles
 * (tests/corpus/<corpus>/, each file linted with the .dockerignore of its folder), for judging
 * by hand: every finding is equally likely, so the sample's precision is what a user reading
 * the linter's output sees. The draw is seeded, so the same rules and files give the same sample.
 * Prints one JSON object a line: file, rule, line, severity, message, and the lines around it.
 * --unlabelled drops the drawn findings that the first fresh draw (set "fresh") judges already, and
 * --keep K keeps the first K left (in file order): the second fresh draw is
 * `--corpus fresh --n 100 --seed 2 --unlabelled --keep 40`. --warnings W --info I draws W warnings and
 * errors and, separately, I infos (each a uniform sample of its severity): the third draw, on a
 * corpus of its own, is `--corpus fresh3 --seed 3 --warnings 80 --info 20`, the fourth
 * `--corpus fresh4 --seed 4 --warnings 80 --info 20`, the fifth `--corpus fresh5 --seed 5 --warnings 80 --info 20`, the sixth
 * `--corpus fresh6 --seed 6 --warnings 80 --info 20`, the seventh `--corpus fresh7 --seed 7 --warnings 80 --info 20`
 * and the eighth `--corpus fresh8 --seed 8 --warnings 80 --info 20`. --not-in S1,S2 names the label sets whose
 * findings --unlabelled leaves out ("fresh" unless given).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/linter/index.ts';
import { labels, lintOptions, type CorpusEntry } from '../../bench/precision.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dir = join(import.meta.dirname, '../../tests/corpus', option('--corpus', 'fresh'));
const n = Number(option('--n', '100'));
let seed = Number(option('--seed', '1'));

/** mulberry32: a small seeded generator, so the sample can be drawn again. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const entries = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[]).filter((e) => !args.includes('--held-out') || e.heldOut);
const findings = entries.flatMap((e) => {
  const text = readFileSync(join(dir, e.file), 'utf8');
  const lines = text.split('\n');
  return lint(text, lintOptions(e)).map((d) => {
    const source = d.file === 'dockerignore' ? (e.dockerignore ?? '').split('\n') : lines;
    const around = source.slice(Math.max(0, d.line - 3), d.line + 2).map((l, k) => `${Math.max(1, d.line - 2) + k}: ${l}`);
    return { file: e.file, rule: d.rule, line: d.line, severity: d.severity, message: d.message, in: d.file ?? 'Dockerfile', around };
  });
});
// Fisher-Yates on a copy, then the first n, in file order for reading.
const pool = [...findings];
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
}
// --unlabelled leaves out the findings judged in the sets --not-in names (comma-separated; "fresh" by default, as the second draw was made).
const judgedSets = option('--not-in', 'fresh').split(',');
const judged = new Set(labels.filter((l) => judgedSets.includes(l.set)).map((l) => `${l.file}:${l.in ?? 'Dockerfile'}:${l.line}:${l.rule}`));
// --warnings W --info I: the first W warnings and errors and the first I infos of the shuffled pool,
// so each severity class is a uniform sample of its own.
const quota = args.includes('--warnings') ? { warnings: Number(option('--warnings', '80')), info: Number(option('--info', '0')) } : undefined;
const drawn = quota
  ? [...pool.filter((f) => f.severity !== 'info').slice(0, quota.warnings), ...pool.filter((f) => f.severity === 'info').slice(0, quota.info)]
  : pool.slice(0, n);
const sample = drawn
  .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  .filter((s) => !args.includes('--unlabelled') || !judged.has(`${s.file}:${s.in === 'dockerignore' ? 'dockerignore' : 'Dockerfile'}:${s.line}:${s.rule}`))
  .slice(0, Number(option('--keep', String(n))));
console.error(`${findings.length} findings on ${entries.length} files; ${sample.length} drawn`);
for (const s of sample) console.log(JSON.stringify(s));
