/**
 * npm run bench [-- --rounds N] [-- --warmup N] [-- --check] [-- --no-processes]
 *
 * Lints, in one run, a corpus of at least 1,000 Dockerfiles (examples/, the rules' own
 * examples and seeded variants of them) and one 2,000-line file with:
 *   - our engine with every rule (and the examples' .dockerignore, so those rules run too);
 *   - the bare dockerfile-ast parse (`DockerfileParser.parse`);
 *   - the engine's own parse: dockerfile-ast's Parser scanner, recording offsets (src/engine/parse.ts),
 *     shown so the engine's own work over its parse is visible apart;
 *   - dockerfile-utils' validate (also built on dockerfile-ast);
 *   - dockerfilelint (regex-based).
 * Each tool runs in every round, in rotating order. The first round (cold: V8 still compiling)
 * is printed apart; the median of the rounds after the warm-up (steady state) is what the speed
 * targets judge. The engine has much more code than a parse: its 65 rule checks each run once
 * per file, and V8 tiers them up one by one, so the engine's pass over the corpus keeps getting
 * faster for about 15 passes (measured with --trace-opt), hence the warm-up of 20. Then the
 * engine runs on files of growing size to show that its time per line stays flat (judged on
 * each size's fastest round: see below).
 * Then whole processes, side by side (bench/processes.ts): the installed CLI's start-up against
 * `node -e 0` (target <= 4x), one CLI call over the 5,992-file peer corpus against a
 * dockerfile-utils script (target <= 1.5x), and 1, 2 and 5 MB files with time and peak memory
 * (target: linear). --no-processes skips them; `node bench/processes.ts --only many-files` runs
 * one of them alone.
 * Targets: engine <= 1.3x the bare parse, <= 1.0x dockerfile-utils, and time linear in file
 * size (the engine's time per line, less its parse, stays flat as files grow); each is printed
 * as met or NOT met.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { lint } from '../src/linter/index.ts';
import { parseDockerfile } from '../src/engine/parse.ts';
import { bigDockerfile, buildCorpus } from './corpus.ts';
import { PARTS, processBenchmarks } from './processes.ts';
import { precisionReport } from './precision.ts';

// Measure with V8 on one thread, so garbage collection and compilation are counted on the
// thread that causes them, and with CPU time rather than wall time, so other processes on a
// busy machine disturb the numbers less. Re-run this script that way if it was not.
if (!process.execArgv.includes('--single-threaded')) {
  const r = spawnSync(process.execPath, ['--single-threaded', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

/** Milliseconds of CPU time this process spends running `work`. */
function cpuMsOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown[] };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rounds = option('--rounds', 9);
const warmup = option('--warmup', 20);
const check = args.includes('--check');

const dockerignore = readFileSync(join(root, 'examples/app_go/.dockerignore'), 'utf8');
const corpus = buildCorpus(root);
const big = bigDockerfile(2000);
const emptyConfig = join(root, 'bench');

type Tool = { name: string; run: (text: string) => unknown };
let crashes = 0;
const tools: Tool[] = [
  { name: 'dockerfile-practices (all rules)', run: (t) => lint(t, { dockerignore }) },
  { name: 'dockerfile-ast parse', run: (t) => DockerfileParser.parse(t) },
  { name: "engine's parse (offsets only)", run: (t) => parseDockerfile(t) },
  { name: 'dockerfile-utils validate', run: (t) => validate(t) },
  {
    name: 'dockerfilelint',
    run: (t) => {
      try {
        return dockerfilelint.run(emptyConfig, t);
      } catch {
        crashes++;
        return null;
      }
    },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Per tool: the time (ms) of its first pass of `work`, and the median after the warm-up, over rotating rounds. */
function measure(work: (tool: Tool) => void): { cold: Map<string, number>; warm: Map<string, number> } {
  const times = new Map<string, number[]>(tools.map((t) => [t.name, []]));
  const cold = new Map<string, number>();
  for (let r = 0; r < warmup + rounds; r++) {
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(r + k) % tools.length];
      if (!tool) continue;
      const elapsed = cpuMsOf(() => work(tool));
      if (r === 0) cold.set(tool.name, elapsed);
      if (r >= warmup) times.get(tool.name)?.push(elapsed);
    }
  }
  return { cold, warm: new Map([...times].map(([name, xs]) => [name, median(xs)])) };
}

const fmt = (x: number, digits = 3) => x.toFixed(digits);

console.log(`corpus: ${corpus.files.length} files (${corpus.sources.examples} from examples/, ${corpus.sources.ruleExamples} rule examples, ${corpus.sources.variants} variants), ${corpus.files.reduce((n, f) => n + f.split('\n').length, 0)} lines`);
console.log(`big file: ${big.split('\n').length - 1} lines; ${warmup} warm-up rounds, then the median CPU time of ${rounds} rounds (V8 single-threaded)\n`);

const corpusRun = measure((tool) => {
  for (const f of corpus.files) tool.run(f);
});
const corpusTimes = corpusRun.warm;
const bigRepeats = 5;
const bigTimes = measure((tool) => {
  for (let k = 0; k < bigRepeats; k++) tool.run(big);
}).warm;

const ours = 'dockerfile-practices (all rules)';
const parse = 'dockerfile-ast parse';
const ownParse = "engine's parse (offsets only)";
const utils = 'dockerfile-utils validate';
const perFile = (name: string) => (corpusTimes.get(name) ?? 0) / corpus.files.length;
const perBig = (name: string) => (bigTimes.get(name) ?? 0) / bigRepeats;

console.log('tool                                ms/file (corpus)   ms (2,000 lines)   x parse (corpus / big)   cold ms/file');
for (const t of tools) {
  const ratio = `${fmt(perFile(t.name) / perFile(parse), 2)} / ${fmt(perBig(t.name) / perBig(parse), 2)}`;
  const cold = (corpusRun.cold.get(t.name) ?? 0) / corpus.files.length;
  console.log(`${t.name.padEnd(36)}${fmt(perFile(t.name)).padStart(16)}${fmt(perBig(t.name), 2).padStart(19)}   ${ratio.padEnd(22)}${fmt(cold).padStart(14)}`);
}
if (crashes > 0) console.log(`(dockerfilelint threw on ${crashes} runs; those runs still count their time)`);

const vsParse = [perFile(ours) / perFile(parse), perBig(ours) / perBig(parse)];
const vsUtils = [perFile(ours) / perFile(utils), perBig(ours) / perBig(utils)];
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const targets: { name: string; ok: boolean }[] = [];
const target = (name: string, values: number[], limit: number) => {
  const ok = values.every((v) => v <= limit);
  targets.push({ name, ok });
  console.log(`${name.padEnd(27)}corpus ${fmt(values[0] ?? 0, 2)}x, 2,000 lines ${fmt(values[1] ?? 0, 2)}x   (target <= ${fmt(limit, 2)}x: ${verdict(ok)})`);
};
console.log('');
target('engine / bare parse:', vsParse, 1.3);
target('engine / dockerfile-utils:', vsUtils, 1.0);
console.log(`(engine / the parse it runs: corpus ${fmt(perFile(ours) / perFile(ownParse), 2)}x, 2,000 lines ${fmt(perBig(ours) / perBig(ownParse), 2)}x)`);

// Linearity: the engine's time per line as files grow, less the parse it runs (its own work).
// Every round times every size, in rotating order, so a change in the machine's load during the
// run touches all sizes alike.
//
// Judged on each size's fastest round. Other tenants of a shared machine can only slow a run
// down, and they slow the large sizes most: an 8,000-line model does not fit in the caches they
// share, a 250-line one does. So the median of the rounds measures the engine's scaling plus the
// neighbours' interference, which varies from run to run; the fastest round is the least
// disturbed measure of the engine itself (the reasoning of Python's timeit). Both are printed.
const sizes = [250, 500, 1000, 2000, 4000, 8000];
const sizeTexts = sizes.map((n) => bigDockerfile(n));
const linearRounds = Math.max(rounds, 40);
/** Per size: per round, [engine ms, parse ms] per file. */
const samples = sizes.map(() => [] as [number, number][]);
const timePerFile = (repeat: number, run: () => unknown) =>
  cpuMsOf(() => {
    for (let k = 0; k < repeat; k++) run();
  }) / repeat;
for (let r = 0; r < linearRounds + 2; r++) {
  for (let k = 0; k < sizes.length; k++) {
    const index = (r + k) % sizes.length;
    const n = sizes[index] ?? 0;
    const text = sizeTexts[index] ?? '';
    const repeat = Math.max(2, Math.round(16000 / n));
    // Alternate which runs first, so neither always runs on a warmer heap.
    const engineFirst = r % 2 === 1;
    const e1 = engineFirst ? timePerFile(repeat, () => lint(text, { dockerignore })) : 0;
    const p = timePerFile(repeat, () => parseDockerfile(text));
    const e = engineFirst ? e1 : timePerFile(repeat, () => lint(text, { dockerignore }));
    if (r >= 2) samples[index]?.push([e, p]);
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The engine's own microseconds per line in one round: its time less the parse's, measured together. */
const own = (n: number, [e, p]: [number, number]) => (Math.max(0, e - p) * 1000) / n;
console.log(`\nlines    engine ms   us/line   parse ms   us/line   engine / parse   own us/line, fastest / median of ${linearRounds} rounds`);
const perLine: number[] = [];
const parsePerLine: number[] = [];
const ownFastest: number[] = [];
const ownMedian: number[] = [];
sizes.forEach((n, k) => {
  const xs = samples[k] ?? [];
  const e = median(xs.map((x) => x[0]));
  const p = median(xs.map((x) => x[1]));
  perLine.push((e * 1000) / n);
  parsePerLine.push((p * 1000) / n);
  const owns = xs.map((x) => own(n, x));
  ownFastest.push(Math.min(...owns));
  ownMedian.push(median(owns));
  const ownText = `${fmt(ownFastest[k] ?? 0, 2)} / ${fmt(ownMedian[k] ?? 0, 2)}`;
  console.log(`${String(n).padStart(5)}${fmt(e, 2).padStart(12)}${fmt((e * 1000) / n, 2).padStart(10)}${fmt(p, 2).padStart(11)}${fmt((p * 1000) / n, 2).padStart(10)}${fmt(median(xs.map((x) => x[0] / x[1])), 2).padStart(16)}x${ownText.padStart(17)}`);
});
const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs);
console.log(`time per line (medians), largest / smallest: engine ${fmt(spread(perLine), 2)}, parse alone ${fmt(spread(parsePerLine), 2)}`);
// Linear: the engine's own time per line at the two largest sizes is at most 1.25x that at the
// two smallest. (The engine / parse ratio falls as files grow, because a fixed per-file cost
// weighs less, so the ratio is shown but not judged.)
const growthOf = (xs: number[]) => mean([xs[4] ?? 0, xs[5] ?? 0]) / mean([xs[0] ?? 1, xs[1] ?? 1]);
const growth = growthOf(ownFastest);
const linear = growth <= 1.25;
targets.push({ name: 'linear', ok: linear });
console.log(`engine's own time per line, 4,000-8,000 / 250-500 lines: ${fmt(growth, 2)} on the fastest rounds (target <= 1.25: ${verdict(linear)}); ${fmt(growthOf(ownMedian), 2)} on the medians, with the neighbours' interference`);

// Whole processes: the installed CLI's start-up, one call over thousands of files, and 1-5 MB files.
if (!args.includes('--no-processes')) targets.push(...processBenchmarks({ rounds: Math.min(rounds, 7), parts: PARTS }));

const met = targets.every((t) => t.ok);
console.log(`\ntargets ${met ? 'met' : 'NOT met'}: ${targets.map((t) => `${t.name.replace(/:$/, '')} ${verdict(t.ok)}`).join('; ')}`);
if (check && !met) process.exitCode = 1;

// Precision on real Dockerfiles (bench/precision.ts): each hand-judged sample (tuning, fresh, fresh-2, fresh-3), apart.
console.log(`\nprecision on hand-judged findings from real Dockerfiles:\n${precisionReport().join('\n')}`);
