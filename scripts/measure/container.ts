/** Running a built image: sizes of cache and toolchain folders inside it, start, the HTTP check on port 3000, and the timed docker stop. */
import type { ImageMeasurement } from '../../src/data/image-sizes.schema.ts';
import { containerState } from './docker.ts';
import { log, round, run, sleep } from './process.ts';

export type RunCheck = ImageMeasurement['run_check'];
export type ProbedPath = ImageMeasurement['paths'][number];

/** Folders whose weight the pages discuss: caches and toolchains left in an image. */
const PROBED_PATHS = ['/root/.cache/go-build', '/go/pkg/mod', '/usr/local/go', '/src', '/var/cache/apk', '/var/lib/apt/lists', '/var/cache/apt'];

/** One "<path> <files> <bytes>" line per folder that exists (busybox find/stat/awk). */
export const probeScript = PROBED_PATHS.map((p) => `if [ -d '${p}' ]; then echo "${p} $(find '${p}' -type f | wc -l) $(find '${p}' -type f -exec stat -c %s {} + | awk '{s+=$1} END {print s+0}')"; fi`).join('; ');

export function parseProbe(out: string): ProbedPath[] {
  return out
    .trim()
    .split('\n')
    .map((l) => /^(\S+) (\d+) (\d+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ path: m[1]!, files: Number(m[2]), bytes: Number(m[3]) }));
}

/**
 * The apparent size of PROBED_PATHS inside the image, for images that have a shell; an image
 * without one (distroless, scratch) yields []. Run as root, with no network.
 */
export async function probePaths(tag: string): Promise<ProbedPath[]> {
  const r = await run('docker', ['run', '--rm', '--network', 'none', '--user', '0', '--entrypoint', '/bin/sh', tag, '-c', probeScript]);
  return r.code === 0 ? parseProbe(r.out) : [];
}

async function lastLogs(name: string): Promise<string> {
  return (await run('docker', ['logs', '--tail', '20', name])).out.trim();
}

export async function startContainer(tag: string, name: string): Promise<{ pid: number } | { error: string }> {
  await run('docker', ['rm', '-f', name]);
  // --network none: the container has its own loopback only, so the check below reaches this
  // container's port 3000 and nothing else on the host.
  const r = await run('docker', ['run', '-d', '--network', 'none', '--name', name, tag]);
  if (r.code !== 0) return { error: r.out.trim() };
  for (let i = 0; i < 20; i++) {
    const pid = Number(containerState(name, 'Pid'));
    if (pid > 0) return { pid };
    await sleep(100);
  }
  return { error: `container exited at once: ${await lastLogs(name)}` };
}

export const PORT_URL = 'http://127.0.0.1:3000/';

/** One request to port 3000 inside the container's network namespace: the HTTP status, or what curl said. */
async function request(pid: number): Promise<{ status: number } | { failed: string }> {
  const r = await run('nsenter', ['-t', String(pid), '-n', 'curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', '-m', '2', PORT_URL], { env: process.env });
  const status = Number.parseInt(r.out.trim(), 10);
  return r.code === 0 && status > 0 ? { status } : { failed: r.out.trim() };
}

export const failedCheck = (detail: string): RunCheck => ({ ok: false, url: PORT_URL, status: null, seconds_to_answer: null, detail });

/** Asks port 3000 until it answers, the container exits, or 20 s pass. */
export async function checkPort(name: string, pid: number): Promise<RunCheck> {
  const t0 = performance.now();
  let last = '';
  while (performance.now() - t0 < 20_000) {
    if (containerState(name, 'Running') !== 'true') return failedCheck(`container exited: ${(await lastLogs(name)).slice(-500)}`);
    const r = await request(pid);
    if ('status' in r) {
      const { status } = r;
      return { ok: status >= 200 && status < 400, url: PORT_URL, status, seconds_to_answer: round((performance.now() - t0) / 1000), ...(status >= 400 ? { detail: `HTTP ${status}` } : {}) };
    }
    last = r.failed;
    await sleep(200);
  }
  return failedCheck(`no answer on port 3000 within 20 s ${last}`.trim());
}

export interface Stop {
  seconds: number;
  exitCode: number;
}

export async function timedStop(name: string, grace: number): Promise<Stop> {
  const r = await run('docker', ['stop', '-t', String(grace), name]);
  const exitCode = Number(containerState(name, 'ExitCode'));
  if (r.code !== 0) log(`docker stop ${name}: ${r.out.trim()}`);
  return { seconds: round(r.seconds), exitCode };
}
