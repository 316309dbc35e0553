/**
 * `npm test`: every check, in two lanes that do not depend on each other. The browser tests are
 * the longest step and spend much of their time waiting on pages, so they start as soon as the
 * site is built; the unit tests (node --test runs files on all cores but one), the type check and
 * the build under a base path run in the other lane beside them. The base path's own browser
 * tests come after both lanes: they need that build, and astro preview serves one build of a
 * project at a time.
 * Each step's output is printed whole when it ends, so that the log reads in order. Exits
 * non-zero if any step fails.
 *
 *   node scripts/test.ts            everything, as CI runs it
 *   node scripts/test.ts --serial   one step after another (for a machine with one core)
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A lane runs its npm scripts one after another and stops at the first failure. */
const lanes: string[][] = [
  ['build', 'test:links', 'test:e2e'],
  ['test:unit', 'check', 'build:base-path'],
];
/** After both lanes: the base path's browser tests need its build, and astro preview serves one build of a project at a time. */
const after = ['test:base-path:run'];

interface Outcome {
  script: string;
  ok: boolean;
  seconds: number;
}

function run(script: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      process.stdout.write(`\n== ${script}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds.toFixed(0)} s\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ script, ok, seconds });
    });
  });
}

async function lane(scripts: string[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const s of scripts) {
    const o = await run(s);
    out.push(o);
    if (!o.ok) break;
  }
  return out;
}

const serial = process.argv.includes('--serial');
const outcomes: Outcome[] = serial ? await lane([...lanes.flat(), ...after]) : (await Promise.all(lanes.map(lane))).flat();
if (!serial && outcomes.every((o) => o.ok)) outcomes.push(...(await lane(after)));

const failed = outcomes.filter((o) => !o.ok);
process.stdout.write(`\n== npm test: ${outcomes.map((o) => `${o.script} ${o.ok ? 'ok' : 'FAILED'} (${o.seconds.toFixed(0)} s)`).join(', ')}\n`);
const expected = lanes.flat().length + after.length;
if (failed.length > 0 || outcomes.length < expected) {
  process.stdout.write(`npm test failed: ${failed.map((o) => o.script).join(', ') || 'a step did not run'}\n`);
  process.exit(1);
}
