/** dependency-caching's warm rebuilds: a one-line change to app.go, rebuilt N times with the before and after examples taking turns, and the throwaway images removed. */
import { appendFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { FigureRecord, ImageMeasurement, Skipped } from '../../src/data/image-sizes.schema.ts';
import { build, diagnose, type BuildResult } from './build.ts';
import { makeContext } from './context.ts';
import type { RebuildJob } from './measure-example.ts';
import { log, median, round, run, sh } from './process.ts';

interface Rebuilding extends RebuildJob {
  ctx: string;
  runs: number[];
  loads: number[];
  last: BuildResult | null;
  failed: boolean;
}

/** Rebuild i of one example; a failure is recorded in skipped and ends that example's rebuilds. */
async function rebuildOnce(st: Rebuilding, i: number, repeat: number, skipped: Skipped[], scratch: Set<string>): Promise<void> {
  st.loads.push(round(loadavg()[0]!));
  appendFileSync(join(st.ctx, 'app.go'), `// measure: one-line change ${i} ${Date.now()}\n`);
  const rebuildTag = `${st.tag.replace(/:latest$/, '')}:rebuild`;
  const rb = await build(st.resolved.text, st.ctx, rebuildTag);
  if (!rb.ok) {
    const d = diagnose(rb.log, st.resolved);
    log(`SKIP warm rebuild of ${st.ex.dockerfile}: ${d.reason}`);
    skipped.push({ dockerfile: st.ex.dockerfile, practice: st.ex.practice, variant: st.ex.variant, phase: 'measure', ...d, reason: `warm rebuild failed: ${d.reason}`, measured_at: new Date().toISOString() });
    st.failed = true;
    return;
  }
  st.runs.push(round(rb.seconds));
  st.last = rb;
  scratch.add(sh('docker', ['image', 'inspect', '--format', '{{.Id}}', rebuildTag]).trim());
  log(`  warm rebuild ${i}/${repeat} of ${st.ex.id}: ${round(rb.seconds)} s (load ${st.loads[st.loads.length - 1]}, cached ${rb.stepsCached}/${rb.stepsTotal} steps)`);
}

function buildTimeRecord(st: Rebuilding, last: BuildResult): FigureRecord {
  return {
    kind: 'build-time',
    id: `${st.ex.id}:warm-rebuild`,
    ...st.common,
    image: st.ex.id,
    scenario: 'rebuild with a warm cache after a one-line change to app.go (a comment line appended)',
    seconds: round(median(st.runs)),
    runs: st.runs,
    load_average: st.loads,
    cpus: cpus().length,
    steps_cached: last.stepsCached,
    steps_total: last.stepsTotal,
    method: 'docker build wall clock',
  };
}

/**
 * Rebuilds each job's image with a warm cache after a one-line change to app.go, `repeat` times.
 * The examples take turns (before, after, before, ...), so both see the same load on a shared
 * host. Returns the build-time records and the ids of the rebuilt images.
 */
export async function warmRebuilds(jobs: RebuildJob[], repeat: number, skipped: Skipped[]): Promise<{ records: FigureRecord[]; scratch: Set<string> }> {
  const scratch = new Set<string>();
  const state: Rebuilding[] = jobs.map((j) => ({ ...j, ctx: makeContext(j.ex.abs, true), runs: [], loads: [], last: null, failed: false }));
  for (let i = 1; i <= repeat; i++) {
    for (const st of state) if (!st.failed) await rebuildOnce(st, i, repeat, skipped, scratch);
  }
  const records = state.flatMap((st) => {
    rmSync(st.ctx, { recursive: true, force: true });
    return st.failed || !st.last ? [] : [buildTimeRecord(st, st.last)];
  });
  return { records, scratch };
}

/** Removes the throwaway rebuild images this run created (never anything else, nor a measured image). */
export async function removeScratch(scratch: Set<string>, images: ImageMeasurement[]): Promise<void> {
  const keep = new Set(images.map((im) => im.image_id));
  for (const id of scratch) if (!keep.has(id)) await run('docker', ['image', 'rm', '-f', id]);
}
