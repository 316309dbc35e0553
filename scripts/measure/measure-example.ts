/** Measuring one example Dockerfile: its bases, build, sizes, layers, run check and stop time, as the entries of the data file (or why it was skipped). */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FigureRecord, ImageMeasurement, ImageSizes, Skipped, ToolVersions } from '../../src/data/image-sizes.schema.ts';
import { resolveBases, type BaseMap, type Resolved } from './bases.ts';
import { build, diagnose, type BuildResult, type Diagnosis } from './build.ts';
import type { Options } from './cli.ts';
import { DOCKERFILES, EXAMPLES } from './config.ts';
import { checkPort, failedCheck, probePaths, startContainer, timedStop, type ProbedPath, type RunCheck, type Stop } from './container.ts';
import { applicableIgnore, contextTar, makeContext } from './context.ts';
import { withExpectation } from './data-file.ts';
import { tagFor, type Example } from './discover.ts';
import { containerState, ensureImage, inspectImage, type ImageInspect } from './docker.ts';
import { layersOf } from './layers.ts';
import { log, run } from './process.ts';

/** What a measurement run knows before it measures anything. */
export interface Session {
  opts: Options;
  tools: ToolVersions;
  map: BaseMap;
}

/** The fields every record of an example shares. */
export type Common = Pick<Extract<FigureRecord, { kind: 'stop-time' }>, 'practice' | 'variant' | 'dockerfile' | 'measured_at' | 'tools' | 'stand_in'>;

/** A dependency-caching example, built, waiting for its warm rebuilds. */
export interface RebuildJob {
  ex: Example;
  resolved: Resolved;
  tag: string;
  common: Common;
}

/** What the examples measured so far add to the data file. */
export interface Collected {
  images: ImageMeasurement[];
  records: FigureRecord[];
  skipped: Skipped[];
  checks: ImageSizes['checks'];
  rebuildJobs: RebuildJob[];
  /** os/arch of the last image measured */
  platform: string;
}

export function emptyCollection(): Collected {
  return { images: [], records: [], skipped: [], checks: [], rebuildJobs: [], platform: 'linux/amd64' };
}

/** An example built into its image. */
interface Built extends RebuildJob {
  build: BuildResult;
}

/** Bases that are not here and could not be pulled: stand-ins must exist locally; real bases are pulled when missing. */
async function missingBases(resolved: Resolved): Promise<string[]> {
  const missing: string[] = [];
  for (const b of resolved.bases) {
    const ref = b.stand_in ?? b.ref;
    if (!(await ensureImage(ref))) missing.push(b.stand_in ? `stand-in ${b.stand_in} for ${b.ref} (run scripts/measure/stand-ins.sh)` : b.ref);
  }
  return missing;
}

/** Why the example cannot be built here, or null when it can. */
async function unbuildable(resolved: Resolved, withBaseMap: boolean): Promise<Diagnosis | null> {
  if (resolved.problems.length) return { cause: 'dockerfile', reason: resolved.problems.join('; '), step: null, log_tail: '' };
  const missing = await missingBases(resolved);
  if (!missing.length) return null;
  const hint = withBaseMap ? ' and the base map has no stand-in for it' : '; pass --base-map scripts/measure/base-map.standin.json';
  return { cause: 'environment', reason: `base image not available: ${missing.join(', ')}. No registry answered${hint}.`, step: null, log_tail: '' };
}

export async function measureExample(ex: Example, session: Session, into: Collected): Promise<void> {
  const measuredAt = new Date().toISOString();
  const resolved = resolveBases(readFileSync(ex.abs, 'utf8'), session.map);
  const standIn = resolved.bases.some((b) => b.stand_in !== null);
  const skip = (phase: Skipped['phase'], d: Diagnosis) => {
    log(`SKIP ${ex.dockerfile} (${phase}, ${d.cause}): ${d.reason}`);
    into.skipped.push({ dockerfile: ex.dockerfile, practice: ex.practice, variant: ex.variant, phase, ...d, measured_at: measuredAt });
  };
  const cannot = await unbuildable(resolved, session.opts.baseMap !== null);
  if (cannot) return skip('build', cannot);

  const tag = tagFor(ex);
  log(`build ${ex.dockerfile} -> ${tag}${standIn ? ' (stand-in bases)' : ''}`);
  const ctx = makeContext(ex.abs, true, ex.practice === 'dockerignore');
  const b = await build(resolved.text, ctx, tag);
  if (!b.ok) {
    skip('build', diagnose(b.log, resolved));
    rmSync(ctx, { recursive: true, force: true });
    return;
  }
  const common: Common = { practice: ex.practice, variant: ex.variant, dockerfile: ex.dockerfile, measured_at: measuredAt, tools: session.tools, stand_in: standIn };
  try {
    await measureBuilt({ ex, resolved, tag, common, build: b }, session.opts.grace, into);
  } catch (e) {
    skip('measure', { cause: 'environment', reason: String(e instanceof Error ? e.message : e).slice(0, 800), step: null, log_tail: '' });
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
}

async function measureBuilt(m: Built, grace: number, into: Collected): Promise<void> {
  const { ex, resolved, tag } = m;
  const inspect = inspectImage(tag);
  const runnable = Boolean(inspect.Config?.Entrypoint?.length || inspect.Config?.Cmd?.length);
  into.platform = `${inspect.Os}/${inspect.Architecture}`;
  const { layers, compressed } = await layersOf(tag, resolved.finalBase.stand_in ?? resolved.finalBase.ref);
  const paths = await probePaths(tag);
  const { runCheck, stop } = await runAndStop(ex, tag, runnable, grace);
  logMeasured(paths, inspect, compressed, runCheck, stop);
  into.checks.push(withExpectation(runCheckEntry(ex, runCheck, runnable)));
  into.images.push(imageEntry(m, inspect, into.platform, { compressed_bytes: compressed, layers, paths, run_check: runCheck }));
  into.records.push(...imageRecords(m, into.platform, inspect.Size, compressed, stop, grace));
  // dependency-caching: timed after every example is measured, before and after interleaved.
  if (ex.practice === 'dependency-caching' && isPair(ex)) into.rebuildJobs.push({ ex, resolved, tag, common: m.common });
  if (ex.practice === 'dockerignore' && isPair(ex)) into.records.push(...contextRecords(m));
}

function imageEntry(m: Built, inspect: ImageInspect, platform: string, measured: Pick<ImageMeasurement, 'compressed_bytes' | 'layers' | 'paths' | 'run_check'>): ImageMeasurement {
  const { ex, resolved, common } = m;
  return {
    id: ex.id,
    practice: ex.practice,
    variant: ex.variant,
    dockerfile: ex.dockerfile,
    tag: m.tag,
    image_id: inspect.Id,
    platform,
    bases: resolved.bases,
    final_base: resolved.finalBase,
    stand_in: common.stand_in,
    uncompressed_bytes: inspect.Size,
    ...measured,
    measured_at: common.measured_at,
  };
}

const isPair = (ex: Example) => ex.variant === 'before' || ex.variant === 'after';

/** Starts the image (when it has something to run), checks port 3000, and times docker stop while it still runs. */
async function runAndStop(ex: Example, tag: string, runnable: boolean, grace: number): Promise<{ runCheck: RunCheck; stop: Stop | null }> {
  const name = `dfp-measure-${ex.id.replace(/\//g, '-')}`;
  const started = runnable ? await startContainer(tag, name) : { error: 'no ENTRYPOINT or CMD: not an image that runs the app' };
  let runCheck: RunCheck;
  let stop: Stop | null = null;
  if ('error' in started) {
    runCheck = failedCheck(started.error.slice(-500));
  } else {
    runCheck = await checkPort(name, started.pid);
    if (containerState(name, 'Running') === 'true') stop = await timedStop(name, grace);
  }
  await run('docker', ['rm', '-f', name]);
  return { runCheck, stop };
}

function logMeasured(paths: ProbedPath[], inspect: ImageInspect, compressed: number, runCheck: RunCheck, stop: Stop | null): void {
  for (const p of paths) log(`  ${p.path}: ${p.bytes} B in ${p.files} files`);
  const port = runCheck.ok ? `HTTP ${runCheck.status}` : `FAILED ${runCheck.detail ?? ''}`;
  log(`  ${inspect.Size} B uncompressed, ${compressed} B gzip; port 3000: ${port}; stop: ${stop ? `${stop.seconds} s (exit ${stop.exitCode})` : 'n/a'}`);
}

function runCheckEntry(ex: Example, runCheck: RunCheck, runnable: boolean): ImageSizes['checks'][number] {
  return {
    id: `run/${ex.id}`,
    status: runCheck.ok ? 'pass' : runnable ? 'fail' : 'not-run',
    detail: runCheck.ok ? `HTTP ${runCheck.status} on port 3000 after ${runCheck.seconds_to_answer} s` : `no good answer on port 3000: ${runCheck.detail ?? ''}`,
  };
}

/** The two size records of an example's image, and its stop time when it was stopped. */
function imageRecords(m: Built, platform: string, uncompressed: number, compressed: number, stop: Stop | null, grace: number): FigureRecord[] {
  const { ex, common, resolved } = m;
  const size = { ...common, image: ex.id, base_image: resolved.finalBase, platform } as const;
  const records: FigureRecord[] = [
    { kind: 'image-size', id: `${ex.id}:uncompressed`, ...size, size_bytes: uncompressed, size_kind: 'uncompressed', method: 'docker image inspect' },
    { kind: 'image-size', id: `${ex.id}:compressed`, ...size, size_bytes: compressed, size_kind: 'compressed', method: 'gzip layer sum' },
  ];
  if (stop) {
    records.push({ kind: 'stop-time', id: `${ex.id}:stop`, ...common, image: ex.id, seconds: stop.seconds, grace_period_s: grace, exit_code: stop.exitCode, method: 'docker stop wall clock' });
  }
  return records;
}

/** The ignore files whose context a dockerignore example records: its own; the before example also none, the after example also allowlist.dockerignore. */
function contextCases(ex: Example): [string, string | null][] {
  const allowlist = join(DOCKERFILES, 'dockerignore/allowlist.dockerignore');
  const cases: [string, string | null][] = [[`${ex.id}:context`, applicableIgnore(ex.abs)]];
  if (ex.variant === 'before') cases.push([`${ex.id}:context-no-dockerignore`, null]);
  if (ex.variant === 'after' && existsSync(allowlist)) cases.push(['dockerignore/allowlist:context', relative(EXAMPLES, allowlist)]);
  return cases;
}

/** dockerignore: the context of a cluttered working copy, as each case's ignore file lets it through. */
function contextRecords(m: Built): FigureRecord[] {
  const contextDir = makeContext(m.ex.abs, false, true);
  try {
    return contextCases(m.ex).map(([id, ign]): FigureRecord => {
      const c = contextTar(contextDir, ign);
      log(`  context ${ign ?? '(no .dockerignore)'}: ${c.files.length} files, ${c.tarBytes} B as a tar`);
      const daemon = id === `${m.ex.id}:context` && m.build.contextText ? { daemon_reported: `Sending build context to Docker daemon  ${m.build.contextText}` } : {};
      return { kind: 'context-size', id, ...m.common, dockerignore: ign, clutter: 'src/data/sample-clutter.ts', size_bytes: c.tarBytes, content_bytes: c.contentBytes, files: c.files, ...daemon, method: 'context tar' };
    });
  } finally {
    rmSync(contextDir, { recursive: true, force: true });
  }
}
