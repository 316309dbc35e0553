/**
 * `npm test`: every check, in two lanes where they do not depend on each other. The unit tests
 * keep one core busy (node --test runs files on all cores but one), so the type check and both
 * builds run beside them; the browser tests need the builds and run after. Each step's output is
 * printed whole when it ends, so that the log reads in order. Exits non-zero if any step fails.
 *
 *   node scripts/test.ts            everything, as CI runs it
 *   node scripts/test.ts --serial   one step after another (for a machine with one core)
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A lane runs its npm scripts one after another and stops at the first failure. */
const lanes: string[][] = [
  ['test:unit'],
  ['check', 'build', 'build:base-path'],
];
/** After the lanes, in order: what needs the builds. */
const after = ['test:links', 'test:e2e', 'test:base-path:run'];

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
