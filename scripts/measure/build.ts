/** docker build (legacy builder) of a Dockerfile text in a context, what its log says (steps, cache, context size), and why a failed build failed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Skipped } from '../../src/data/image-sizes.schema.ts';
import type { Resolved } from './bases.ts';
import { run } from './process.ts';

export interface BuildResult {
  ok: boolean;
  log: string;
  seconds: number;
  stepsTotal: number;
  stepsCached: number;
  contextText: string | null;
  contextBytes: number | null;
}

const UNITS: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

export function parseBuildLog(out: string): Pick<BuildResult, 'stepsTotal' | 'stepsCached' | 'contextText' | 'contextBytes'> {
  const steps = [...out.matchAll(/^Step (\d+)\/(\d+) :/gm)];
  const stepsTotal = steps.length ? Number(steps[0]![2]) : 0;
  const stepsCached = (out.match(/^ ---> Using cache$/gm) ?? []).length;
  const ctx = /Sending build context to Docker daemon\s+([\d.]+)\s*([kMGT]?B)/.exec(out);
  return {
    stepsTotal,
    stepsCached,
    contextText: ctx ? `${ctx[1]}${ctx[2]}` : null,
    contextBytes: ctx ? Math.round(Number(ctx[1]) * (UNITS[ctx[2]!] ?? 1)) : null,
  };
}

export async function build(dockerfileText: string, context: string, tag: string): Promise<BuildResult> {
  const dfDir = mkdtempSync(join(tmpdir(), 'dfp-df-'));
  const df = join(dfDir, 'Dockerfile');
  writeFileSync(df, dockerfileText);
  const r = await run('docker', ['build', '--network', 'host', '--force-rm', '-f', df, '-t', tag, context]);
  rmSync(dfDir, { recursive: true, force: true });
  return { ok: r.code === 0, log: r.out, seconds: r.seconds, ...parseBuildLog(r.out) };
}

export type Diagnosis = Pick<Skipped, 'cause' | 'reason' | 'step' | 'log_tail'>;

/** A cause of a failed build: when it applies (to the log, the failing step, whether stand-ins were used) and what it says before the error line. */
interface Cause {
  cause: Skipped['cause'];
  applies(out: string, step: string | null, usedStandIn: boolean): boolean;
  says: string;
}

/** Checked in order; a failure none of them explains is the Dockerfile's own. */
const CAUSES: Cause[] = [
  {
    cause: 'stand-in',
    applies: (out, _, usedStandIn) => usedStandIn && (/\bapk: not found/.test(out) || /The command '\/bin\/sh -c (?:[^']*[;&|]\s*)?apk\b[^']*' returned a non-zero code: 127/.test(out)),
    says: 'apk is not in the Alpine stand-ins (they are busybox rootfs built from Debian; there is no Alpine package repository here).',
  },
  {
    cause: 'stand-in',
    applies: (out, _, usedStandIn) => usedStandIn && /requires go >= [\d.]+ \(running go [\d.]+; GOTOOLCHAIN=local\)/.test(out),
    says: "the stand-in's Go (Debian golang-1.23) is older than go.mod requires.",
  },
  {
    cause: 'environment',
    applies: (out) => /requires BuildKit|the --mount option requires|Unknown flag: (mount|link|chmod|checksum|parents|exclude)|unknown flag: --(mount|link|chmod|checksum)|heredoc|BUILDPLATFORM|TARGETARCH|TARGETOS/i.test(out),
    says: "needs BuildKit, which this machine's dockerd 20.10 does not have (legacy builder).",
  },
  {
    cause: 'context',
    applies: (out, step) => /file not found in build context|no such file or directory/i.test(out) && /^Step \d+\/\d+ : (ADD|COPY) /m.test(step ?? ''),
    says: 'needs a file that examples/app_go does not have (the Dockerfile is a demonstration the page describes, not an image to build from the sample app).',
  },
  {
    cause: 'environment',
    applies: (out) => /pull access denied|repository does not exist|no such host|dial tcp|TLS handshake|manifest unknown|not found: manifest/i.test(out),
    says: 'a base image could not be pulled (no registry reachable) and the base map has no stand-in for it.',
  },
];

/** The line of the log that says what went wrong: the last that looks like an error, else the last line. */
function errorLine(lines: string[]): string {
  const err = [...lines].reverse().find((l) => /returned a non-zero code|^error|Error response from daemon|not found|unknown|invalid|failed/i.test(l));
  return (err ?? lines[lines.length - 1] ?? '').trim();
}

/** The failing step and a cause for a failed build of a Dockerfile on these bases. */
export function diagnose(out: string, resolved: Pick<Resolved, 'bases'>): Diagnosis {
  const usedStandIn = resolved.bases.some((b) => Boolean(b.stand_in));
  const steps = [...out.matchAll(/^(Step \d+\/\d+ : .*)$/gm)];
  const step = steps.length ? steps[steps.length - 1]![1]! : null;
  const lines = out.trimEnd().split('\n');
  const err = errorLine(lines);
  const found = CAUSES.find((c) => c.applies(out, step, usedStandIn));
  return {
    cause: found ? found.cause : 'dockerfile',
    reason: found ? `${found.says} ${err}` : err,
    step,
    log_tail: lines.slice(-15).join('\n'),
  };
}
