/**
 * npm run measure:images [-- --base-map FILE] [--only SUBSTRING] [--repeat N] [--grace S] [--out FILE] [--extras]
 *
 *   --base-map FILE  JSON {pinned reference: local image}; scripts/measure/base-map.standin.json
 *                    maps the three pinned bases to the stand-ins of scripts/measure/stand-ins.sh
 *   --only A,B       measure only Dockerfiles whose id or path contains A or B; the rest of the
 *                    existing data file is kept
 *   --repeat N       warm rebuilds timed for dependency-caching (default 3; the median is recorded)
 *   --grace S        docker stop -t (default 10)
 *   --extras         also every other *.Dockerfile (walkthrough steps, pitfalls, alternatives)
 *   --published-only copy the published figures afresh (published.json, and the compressed sizes
 *                    of src/data/base-images.ts) into the existing data file and keep every
 *                    measured entry as it is; builds nothing and needs no Docker
 *
 * Builds every example Dockerfile under examples/dockerfiles (each <dir>/before.Dockerfile,
 * <dir>/after.Dockerfile, original.Dockerfile and final.Dockerfile, discovered at run time) with the
 * context examples/app_go, and writes src/data/image-sizes.json:
 *
 *   - the uncompressed size (`docker image inspect --format {{.Size}}`) and the compressed size
 *     (`docker save`, then each layer tar gzipped with node:zlib at level 6, the zlib and Go
 *     compress/gzip default, and the sizes summed) of each image;
 *   - its layers (`docker history --no-trunc`: instruction and size, plus each layer's gzip size);
 *   - that the container answers HTTP on port 3000 (checked inside the container's own network
 *     namespace, so nothing else on the host can answer for it);
 *   - the wall-clock time of `docker stop` (signal-handling: the after example must stop within
 *     2 s, the before example takes the whole grace period);
 *   - dependency-caching: the rebuild time with a warm cache after a one-line change to app.go;
 *   - dockerignore: the build context (files, and its size as a tar) of a working copy with
 *     clutter (src/data/sample-clutter.ts, written as incompressible bytes of the stated sizes),
 *     with no .dockerignore, with each example's, and with allowlist.dockerignore;
 *   - the published sizes of the official base images, from scripts/measure/published.json and
 *     src/data/base-images.ts.
 *
 * Builds use the legacy builder (DOCKER_BUILDKIT=0) and --network host, which is what dockerd
 * 20.10 offers on machines without BuildKit. FROM lines are rewritten through --base-map (in a
 * temporary copy; the examples are never touched). Without --base-map the pinned bases are used
 * as they are, pulled if missing. A Dockerfile that does not build is recorded in skipped[] with
 * the failing step and the cause, never silently dropped. Without Docker: a one-line message, exit 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dataFile, environment, publishedRecords, report, signalHandlingChecks, standInsUsed, writeData } from './assemble.ts';
import { loadBaseMap } from './bases.ts';
import { parseArgs } from './cli.ts';
import { ROOT } from './config.ts';
import { discover, selectExamples, type Example } from './discover.ts';
import { dockerTools } from './docker.ts';
import { emptyCollection, measureExample, type Collected, type Session } from './measure-example.ts';
import { keepPrevious, type Lists, type PreviousFile } from './previous.ts';
import { log } from './process.ts';
import { removeScratch, warmRebuilds } from './rebuild.ts';
import type { ImageSizes } from '../../src/data/image-sizes.schema.ts';

/** The examples to measure this time (all, or --only's), said in the log with the tool versions. */
function selection(session: Session, only: string[] | null): Example[] {
  const { opts, tools, map } = session;
  const all = discover(opts.extras);
  const selected = selectExamples(all, only);
  log(`docker ${tools.docker_client} / dockerd ${tools.docker_server} (${tools.storage_driver}); ${all.length} Dockerfiles found, ${selected.length} selected`);
  if (opts.baseMap) log(`base map: ${relative(ROOT, opts.baseMap)} (${map.size} entries)`);
  return selected;
}

/** Every example in turn, then dependency-caching's warm rebuilds, then the rebuilds' images removed. */
async function measureAll(selected: Example[], session: Session): Promise<Collected> {
  const got = emptyCollection();
  for (const ex of selected) await measureExample(ex, session, got);
  const rebuilt = await warmRebuilds(got.rebuildJobs, session.opts.repeat, got.skipped);
  got.records.push(...rebuilt.records);
  await removeScratch(rebuilt.scratch, got.images);
  return got;
}

/** With --only, keeps what the previous run measured for the Dockerfiles not selected now. */
function keepUnselected(lists: Lists, selected: Example[], out: string): void {
  if (!existsSync(out)) return;
  const prev = JSON.parse(readFileSync(out, 'utf8')) as PreviousFile;
  const dropped = keepPrevious(prev, new Set(selected.map((e) => e.dockerfile)), lists);
  if (dropped) log(`kept the rest of ${relative(ROOT, out)}; dropped ${dropped} entries that no longer match the schema`);
}

/** --published-only: the existing data file with its published figures copied afresh, and nothing measured. */
function refreshPublished(out: string): void {
  const prev = JSON.parse(readFileSync(out, 'utf8')) as PreviousFile & Pick<ImageSizes, 'environment'>;
  const lists: Lists = { stand_ins: [], images: [], records: publishedRecords(), skipped: [], checks: [] };
  const dropped = keepPrevious(prev, new Set(), lists);
  if (dropped) log(`dropped ${dropped} entries of ${relative(ROOT, out)} that no longer match the schema`);
  lists.checks.push(...signalHandlingChecks(lists.records));
  const data = dataFile(lists, prev.environment);
  writeData(data, out);
  log(`${relative(ROOT, out)}: ${lists.records.filter((r) => r.method === 'published').length} published figures copied afresh, measured entries kept`);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.publishedOnly) return refreshPublished(opts.out);
  const session: Session = { opts, tools: dockerTools(), map: loadBaseMap(opts.baseMap) };
  const only = opts.only ? opts.only.split(',').filter(Boolean) : null;
  const selected = selection(session, only);
  const got = await measureAll(selected, session);
  const stand_ins = await standInsUsed(session.map, got.images);
  const lists: Lists = { stand_ins, images: got.images, records: [...got.records, ...publishedRecords()], skipped: got.skipped, checks: got.checks };
  if (only) keepUnselected(lists, selected, opts.out);
  lists.checks.push(...signalHandlingChecks(lists.records));
  const data = dataFile(lists, environment(session.tools, got.platform, opts.baseMap, lists.stand_ins.length));
  writeData(data, opts.out);
  report(data, opts.out);
}

await main();
