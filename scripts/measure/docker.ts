/** Asking Docker about itself and its images: tool versions (or exit 2 without Docker), inspect, pull when missing, remove. */
import { spawnSync } from 'node:child_process';
import type { ToolVersions } from '../../src/data/image-sizes.schema.ts';
import { GZIP_LEVEL } from './config.ts';
import { DOCKER_ENV, log, run, sh } from './process.ts';

function notAvailable(why: string): never {
  console.error(`measure:images: Docker is not available here (${why}); nothing was measured.`);
  process.exit(2);
}

/** `docker version`'s client and server versions; exits 2 when there is no CLI or no daemon. */
function dockerVersions(): { client: string; server: string } {
  const probe = spawnSync('docker', ['version', '--format', '{{json .}}'], { env: DOCKER_ENV, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) notAvailable(probe.error ? 'the docker CLI is not installed' : 'the Docker daemon is not reachable');
  const v = JSON.parse(probe.stdout) as { Client?: { Version?: string }; Server?: { Version?: string } | null };
  if (!v.Server?.Version) notAvailable('the Docker daemon is not reachable');
  return { client: v.Client?.Version ?? 'unknown', server: v.Server.Version };
}

export function dockerTools(): ToolVersions {
  const versions = dockerVersions();
  const driver = sh('docker', ['info', '--format', '{{.Driver}}']).trim();
  const zlibVersion = process.versions.zlib ?? 'unknown';
  return {
    docker_client: versions.client,
    docker_server: versions.server,
    builder: 'legacy builder (DOCKER_BUILDKIT=0), --network host',
    storage_driver: driver,
    node: process.version,
    gzip: `node:zlib gzip level ${GZIP_LEVEL} (zlib ${zlibVersion}), each layer tar from docker save`,
  };
}

export interface ImageInspect {
  Id: string;
  Size: number;
  Os: string;
  Architecture: string;
  Config?: { Entrypoint?: string[] | null; Cmd?: string[] | null };
}

export function inspectImage(ref: string): ImageInspect {
  return JSON.parse(sh('docker', ['image', 'inspect', '--format', '{{json .}}', ref])) as ImageInspect;
}

/** One field of a container's state (Running, Pid, ExitCode), as text. */
export function containerState(name: string, field: 'Running' | 'Pid' | 'ExitCode'): string {
  return sh('docker', ['inspect', '--format', `{{.State.${field}}}`, name]).trim();
}

export function imageExists(ref: string): boolean {
  return spawnSync('docker', ['image', 'inspect', ref], { env: DOCKER_ENV, stdio: 'ignore' }).status === 0;
}

const pullTried = new Map<string, boolean>();

/** True when the image is here, pulling it (once per run) when it is not. */
export async function ensureImage(ref: string): Promise<boolean> {
  if (imageExists(ref)) return true;
  if (!pullTried.has(ref)) {
    log(`pulling ${ref}`);
    const r = await run('docker', ['pull', ref]);
    pullTried.set(ref, r.code === 0);
  }
  return pullTried.get(ref)!;
}
