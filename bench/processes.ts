/**
 * The benchmarks that run whole processes, side by side and interleaved, so that a busy machine
 * slows every side of each ratio alike (each ratio is of medians over the rounds):
 *   - start-up: the installed CLI (npm pack, npm install into an empty folder) linting one
 *     example, against `node -e 0` (the CLI with the code cache a first run made: Cli below);
 *   - many files: one CLI call over the 5,992-file peer corpus (bench/many-files.ts), against a
 *     Node script running dockerfile-utils' validate on the same files;
 *   - size series: 1, 2 and 5 MB files, one RUN continued over every line and 22 stages, each
 *     linted in a fresh process that reports its time and peak memory.
 * Wall time is what the targets judge; CPU time (user + system, from /usr/bin/time when the
 * machine has it) is printed beside it, as it is less disturbed by other tenants. The CLI lints
 * the many files in as many threads as it chooses (--jobs' default: one on a 2-CPU machine), with
 * a reader thread that reads the files ahead (src/cli/reader.ts); its time with --jobs 2 is printed
 * beside, with the CPUs and the load average, which say how much room a second thread had.
 *
 * Run alone: node bench/processes.ts [--rounds N] [--only start-up,many-files,sizes]
 * (npm run bench runs them all after the engine's benchmarks).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { utilsScript, writePeerCorpus } from './many-files.ts';

const root = join(import.meta.dirname, '..');
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  wall: number;
  cpu: number | null;
  status: number | null;
}

/** Runs node with the arguments; wall ms, and CPU ms when /usr/bin/time is there. */
function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
  const command = time ?? process.execPath;
  const argv = time ? ['-f', '%U %S', process.execPath, ...args] : args;
  const start = performance.now();
  const r = spawnSync(command, argv, { cwd, env, maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  let cpu: number | null = null;
  if (time) {
    const last = r.stderr.toString().trim().split('\n').pop() ?? '';
    const [user, sys] = last.split(' ').map(Number);
    if (user !== undefined && sys !== undefined && !Number.isNaN(user + sys)) cpu = (user + sys) * 1000;
  }
  return { wall, cpu, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Rounds of the commands, interleaved (each round starts one later than the last); medians of each. */
function interleaved(rounds: number, commands: (() => Run)[]): Run[] {
  const runs = commands.map((): Run[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (r + k) % commands.length;
      runs[i]?.push(commands[i]?.() ?? { wall: NaN, cpu: null, status: null });
    }
  }
  return runs.map((xs) => ({
    wall: median(xs.map((x) => x.wall)),
    cpu: xs.every((x) => x.cpu !== null) ? median(xs.map((x) => x.cpu ?? 0)) : null,
    status: xs[0]?.status ?? null,
  }));
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const cpuText = (a: Run, b: Run) => (a.cpu !== null && b.cpu !== null ? `; CPU ${ms(b.cpu)} / ${ms(a.cpu)} = ${(b.cpu / a.cpu).toFixed(2)}x` : '');

export interface Target {
  name: string;
  ok: boolean;
}

/**
 * The installed CLI, and how to run it: with its code cache (src/cli/code-cache.ts) in a folder
 * of the bench's own, which a first run, before any measured one, has made; so the targets time
 * the CLI as a user runs it from the second time on. Each ratio is also given for a first run
 * (after an install, or on a CI runner that keeps no cache), which compiles the CLI as it goes
 * and writes the cache as it ends.
 */
interface Cli {
  run(args: string[], cwd: string): Run;
  /** As a first run: with a cache folder of its own, empty. */
  runFirst(args: string[], cwd: string): Run;
}

/** Packs and installs the CLI into an empty folder; returns the installed script's path. */
function installCli(dir: string): string {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = spawnSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tarball = join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename ?? '');
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  const installed = spawnSync(npm, ['install', '--prefer-offline', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: app, encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`npm install failed: ${installed.stderr}`);
  return join(app, 'node_modules/dockerfile-practices/dist-cli/dockerfile-practices.js');
}

export const PARTS = ['start-up', 'many-files', 'sizes'] as const;
export type Part = (typeof PARTS)[number];

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

export function processBenchmarks(options: { rounds: number; parts: readonly Part[] }): Target[] {
  const targets: Target[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'dfp-bench-'));
  try {
    const script = options.parts.some((p) => p !== 'sizes') ? installCli(dir) : '';
    const env = { ...process.env, NODE_COMPILE_CACHE: join(dir, 'code-cache') };
    let first = 0;
    const cli: Cli = {
      run: (args, cwd) => runNode([script, ...args], cwd, env),
      runFirst: (args, cwd) => runNode([script, ...args], cwd, { ...process.env, NODE_COMPILE_CACHE: join(dir, `first-run-${first++}`) }),
    };
    if (script) cli.run(['lint', example], dir);
    if (options.parts.includes('start-up')) startUp(cli, dir, options.rounds, targets);
    if (options.parts.includes('many-files')) manyFiles(cli, dir, options.rounds, targets);
    if (options.parts.includes('sizes')) sizeSeries(dir, targets);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return targets;
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

const example = join(root, 'examples/dockerfiles/pinned-base-images/before.Dockerfile');

function startUp(cli: Cli, dir: string, rounds: number, targets: Target[]): void {
  const startRounds = Math.max(15, rounds * 2 + 1);
  const [node, lint, firstLint] = interleaved(startRounds, [() => runNode(['-e', '0'], dir), () => cli.run(['lint', example], dir), () => cli.runFirst(['lint', example], dir)]) as [Run, Run, Run];
  if (lint.status !== 1) throw new Error(`the installed CLI exited with ${lint.status}, not 1, on ${example}`);
  const startRatio = lint.wall / node.wall;
  targets.push({ name: 'start-up', ok: startRatio <= 4 });
  console.log(`\nstart-up, installed CLI linting one file, with its code cache / node -e 0 (median of ${startRounds} interleaved runs):`);
  console.log(`  ${ms(lint.wall)} / ${ms(node.wall)} = ${startRatio.toFixed(2)}x${cpuText(node, lint)}   (target <= 4x: ${verdict(startRatio <= 4)})`);
  console.log(`  the same as a first run, with no code cache yet: ${ms(firstLint.wall)} / ${ms(node.wall)} = ${(firstLint.wall / node.wall).toFixed(2)}x${cpuText(node, firstLint)}`);
}

function manyFiles(cli: Cli, dir: string, rounds: number, targets: Target[]): void {
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir);
  const files = writePeerCorpus(corpusDir);
  if (!files) {
    console.log('\nmany files: skipped (no ../shared/peer-cases/cases.jsonl)');
    return;
  }
  writeFileSync(join(corpusDir, 'utils.mjs'), utilsScript());
  const manyRounds = Math.max(5, rounds);
  const args = (extra: string[]) => ['lint', '--format', 'json', '--fail-on', 'none', ...extra, ...files];
  const before = load();
  const [utils, many, threads, firstMany] = interleaved(manyRounds, [
    () => runNode(['utils.mjs', ...files], corpusDir),
    () => cli.run(args([]), corpusDir),
    () => cli.run(args(['--jobs', '2']), corpusDir),
    () => cli.runFirst(args([]), corpusDir),
  ]) as [Run, Run, Run, Run];
  const ratio = many.wall / utils.wall;
  targets.push({ name: 'many files', ok: ratio <= 1.5 });
  console.log(`\nmany files: ${files.length} Dockerfiles, each in its own folder with a .dockerignore, in one call (median of ${manyRounds} interleaved runs;`);
  console.log(`${availableParallelism()} logical CPUs, load average ${before} before, ${load()} after):`);
  console.log(`  CLI --format json ${ms(many.wall)} / dockerfile-utils script ${ms(utils.wall)} = ${ratio.toFixed(2)}x${cpuText(utils, many)}   (target <= 1.5x: ${verdict(ratio <= 1.5)})`);
  console.log(`  the same with --jobs 2: ${ms(threads.wall)} / ${ms(utils.wall)} = ${(threads.wall / utils.wall).toFixed(2)}x${cpuText(utils, threads)}`);
  console.log(`  the same as a first run, with no code cache yet: ${ms(firstMany.wall)} / ${ms(utils.wall)} = ${(firstMany.wall / utils.wall).toFixed(2)}x${cpuText(utils, firstMany)}`);
}

function sizeSeries(dir: string, targets: Target[]): void {
  console.log('\nsize series: each file linted in a fresh process (time of lint(), peak resident memory of the process)');
  console.log('shape              1 MB              2 MB              5 MB');
  const script = join(dir, 'size.ts');
  writeFileSync(
    script,
    `import { lint } from ${JSON.stringify(join(root, 'src/linter/index.ts'))};
import { singleRunDockerfile, stagesDockerfile } from ${JSON.stringify(join(root, 'bench/big.ts'))};
const [shape, bytes] = [process.argv[2], Number(process.argv[3])];
const text = shape === 'run' ? singleRunDockerfile(bytes) : stagesDockerfile(bytes, 22);
const start = performance.now();
lint(text);
const elapsed = performance.now() - start;
console.log(JSON.stringify({ ms: elapsed, rss: process.resourceUsage().maxRSS * 1024 }));
`,
  );
  let worst = 0;
  for (const [shape, label] of [['run', 'one RUN'], ['stages', '22 stages']] as const) {
    const cells: string[] = [];
    const perMb: number[] = [];
    for (const mb of [1, 2, 5]) {
      const r = spawnSync(process.execPath, [script, shape, String(mb * 1_000_000)], { encoding: 'utf8' });
      const out = JSON.parse(r.stdout.trim() || '{"ms":NaN,"rss":NaN}') as { ms: number; rss: number };
      cells.push(`${(out.ms / 1000).toFixed(2)} s ${(out.rss / 2 ** 20).toFixed(0)} MB`.padStart(18));
      perMb.push(out.ms / mb);
    }
    // Linear: the time per MB at 5 MB is at most twice that at 1 MB.
    worst = Math.max(worst, (perMb[2] ?? 0) / (perMb[0] ?? 1));
    console.log(`${label.padEnd(10)}${cells.join('')}`);
  }
  targets.push({ name: 'linear in size', ok: worst <= 2 });
  console.log(`time per MB, 5 MB / 1 MB: at most ${worst.toFixed(2)}   (target <= 2: ${verdict(worst <= 2)})`);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = (value('--only') ?? PARTS.join(',')).split(',');
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
  const targets = processBenchmarks({ rounds: Number(value('--rounds') ?? 7), parts: only as Part[] });
  console.log(`\ntargets: ${targets.map((t) => `${t.name} ${verdict(t.ok)}`).join('; ')}`);
}
