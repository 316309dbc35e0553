/** Helpers for the CLI tests. */
import assert from 'node:assert/strict';
import { runCli, type Io } from '../../../src/cli/main.ts';

/** Runs the CLI in this process (fast), from the working folder, not on a TTY. */
export async function run(args: string[], input = '', env: Io['env'] = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { isTTY: false, write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    env,
    readStdin: async () => input,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

type Run = Awaited<ReturnType<typeof run>>;

/** Asserts that two runs printed the same stdout and stderr and exited with the same code. */
export function assertSameRun(actual: Run, expected: Run, label: string): void {
  assert.equal(actual.stdout, expected.stdout, label);
  assert.equal(actual.stderr, expected.stderr, label);
  assert.equal(actual.code, expected.code, label);
}

export interface Found {
  file: string;
  rule: string;
  severity: string;
  line: number;
}

/** The JSON findings of a run. */
export async function found(args: string[]): Promise<Found[]> {
  const r = await run(['lint', '--format', 'json', ...args]);
  return JSON.parse(r.stdout || '[]') as Found[];
}
