/** Running commands (run: async, with its wall clock; sh: sync, stdout or throw) and the small helpers every step uses. */
import { spawn, spawnSync } from 'node:child_process';

export interface RunResult {
  code: number;
  /** stdout and stderr, as they came */
  out: string;
  seconds: number;
}

export const DOCKER_ENV = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' };

export function run(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((res) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: opts.env ?? DOCKER_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e) => res({ code: 127, out: String(e), seconds: (performance.now() - t0) / 1000 }));
    child.on('close', (code) => res({ code: code ?? 1, out: Buffer.concat(chunks).toString('utf8'), seconds: (performance.now() - t0) / 1000 }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** stdout only, throws on failure. */
export function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { env: DOCKER_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).trim()}`);
  return r.stdout;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const log = (msg: string) => console.error(`[measure] ${msg}`);
