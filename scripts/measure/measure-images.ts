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
 *   - the published sizes of the official base images, from scripts/measure/published.json.
 *
 * Builds use the legacy builder (DOCKER_BUILDKIT=0) and --network host, which is what dockerd
 * 20.10 offers on machines without BuildKit. FROM lines are rewritten through --base-map (in a
 * temporary copy; the examples are never touched). Without --base-map the pinned bases are used
 * as they are, pulled if missing. A Dockerfile that does not build is recorded in skipped[] with
 * the failing step and the cause, never silently dropped. Without Docker: a one-line message, exit 2.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, copyFileSync, appendFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { parseDockerignore } from '../../src/engine/dockerignore.ts';
import { practiceSlugs } from '../../src/data/practices.ts';
import { sampleClutter } from '../../src/data/sample-clutter.ts';
import { check as checkSchema, image as imageSchema, imageSizes, record as recordSchema, skipped as skippedSchema, standIn as standInSchema } from '../../src/data/image-sizes.schema.ts';
import type { FigureRecord, ImageMeasurement, ImageSizes, Layer, Skipped, ToolVersions } from '../../src/data/image-sizes.schema.ts';
import { loadBaseMap, resolveBases, type Resolved } from './bases.ts';
import { expectedRunFailures, sortData } from './data-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = join(ROOT, 'examples');
const DOCKERFILES = join(EXAMPLES, 'dockerfiles');
const CONTEXT = join(EXAMPLES, 'app_go');
const PUBLISHED = join(ROOT, 'scripts/measure/published.json');
const GZIP_LEVEL = 6;
const TAG_PREFIX = 'dfp-measure';
const STOP_FAST_S = 2;

// ----------------------------------------------------------------------------------------------
// Arguments
// ----------------------------------------------------------------------------------------------
interface Options {
  baseMap: string | null;
  only: string | null;
  repeat: number;
  grace: number;
  out: string;
  extras: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { baseMap: null, only: null, repeat: 3, grace: 10, out: join(ROOT, 'src/data/image-sizes.json'), extras: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--base-map' || a.startsWith('--base-map=')) o.baseMap = resolve(val());
    else if (a === '--only' || a.startsWith('--only=')) o.only = val();
    else if (a === '--repeat' || a.startsWith('--repeat=')) o.repeat = Math.max(1, Number.parseInt(val(), 10));
    else if (a === '--grace' || a.startsWith('--grace=')) o.grace = Math.max(1, Number.parseInt(val(), 10));
    else if (a === '--out' || a.startsWith('--out=')) o.out = resolve(val());
    else if (a === '--extras') o.extras = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

function usage(msg?: string): never {
  if (msg) console.error(`measure:images: ${msg}`);
  console.error('usage: node scripts/measure/measure-images.ts [--base-map FILE] [--only SUBSTRING] [--repeat N] [--grace SECONDS] [--out FILE] [--extras]');
  process.exit(msg ? 64 : 0);
}

// ----------------------------------------------------------------------------------------------
// Processes
// ----------------------------------------------------------------------------------------------
interface RunResult {
  code: number;
  out: string;
  seconds: number;
}

const DOCKER_ENV = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' };

function run(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
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
function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { env: DOCKER_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).trim()}`);
  return r.stdout;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const log = (msg: string) => console.error(`[measure] ${msg}`);

// ----------------------------------------------------------------------------------------------
// Docker availability and versions
// ----------------------------------------------------------------------------------------------
function dockerTools(): ToolVersions {
  const probe = spawnSync('docker', ['version', '--format', '{{json .}}'], { env: DOCKER_ENV, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? 'the docker CLI is not installed' : 'the Docker daemon is not reachable';
    console.error(`measure:images: Docker is not available here (${why}); nothing was measured.`);
    process.exit(2);
  }
  const v = JSON.parse(probe.stdout) as { Client?: { Version?: string }; Server?: { Version?: string } | null };
  if (!v.Server?.Version) {
    console.error('measure:images: Docker is not available here (the Docker daemon is not reachable); nothing was measured.');
    process.exit(2);
  }
  const driver = sh('docker', ['info', '--format', '{{.Driver}}']).trim();
  const zlibVersion = process.versions.zlib ?? 'unknown';
  return {
    docker_client: v.Client?.Version ?? 'unknown',
    docker_server: v.Server.Version,
    builder: 'legacy builder (DOCKER_BUILDKIT=0), --network host',
    storage_driver: driver,
    node: process.version,
    gzip: `node:zlib gzip level ${GZIP_LEVEL} (zlib ${zlibVersion}), each layer tar from docker save`,
  };
}

// ----------------------------------------------------------------------------------------------
// Discovery
// ----------------------------------------------------------------------------------------------
type Variant = 'before' | 'after' | 'original' | 'final' | 'extra';
interface Example {
  /** "<dir>/<variant>" or "original" / "final" */
  id: string;
  practice: string | null;
  variant: Variant;
  /** path under examples/ */
  dockerfile: string;
  abs: string;
}

/**
 * original, final, and each <dir>/before and <dir>/after. With extras, also every other
 * *.Dockerfile (walkthrough steps, pitfalls, named alternatives such as scratch.Dockerfile),
 * with variant "extra" and the id <dir>/<name>.
 */
function discover(extras: boolean): Example[] {
  const found: Example[] = [];
  if (!existsSync(DOCKERFILES)) return found;
  const practiceOf = (dir: string) => ((practiceSlugs as readonly string[]).includes(dir) ? dir : null);
  for (const name of ['original', 'final'] as const) {
    const abs = join(DOCKERFILES, `${name}.Dockerfile`);
    if (existsSync(abs)) found.push({ id: name, practice: null, variant: name, dockerfile: `dockerfiles/${name}.Dockerfile`, abs });
  }
  for (const dir of readdirSync(DOCKERFILES).sort()) {
    const full = join(DOCKERFILES, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const v of ['before', 'after'] as const) {
      const abs = join(full, `${v}.Dockerfile`);
      if (!existsSync(abs)) continue;
      found.push({ id: `${dir}/${v}`, practice: practiceOf(dir), variant: v, dockerfile: `dockerfiles/${dir}/${v}.Dockerfile`, abs });
    }
  }
  if (extras) {
    for (const dir of readdirSync(DOCKERFILES).sort()) {
      const full = join(DOCKERFILES, dir);
      if (!statSync(full).isDirectory()) continue;
      for (const f of readdirSync(full).sort()) {
        const m = /^(.+)\.Dockerfile$/.exec(f);
        if (!m || m[1] === 'before' || m[1] === 'after') continue;
        found.push({ id: `${dir}/${m[1]}`, practice: practiceOf(dir), variant: 'extra', dockerfile: `dockerfiles/${dir}/${f}`, abs: join(full, f) });
      }
    }
  }
  return found;
}

function imageExists(ref: string): boolean {
  return spawnSync('docker', ['image', 'inspect', ref], { env: DOCKER_ENV, stdio: 'ignore' }).status === 0;
}

const pullTried = new Map<string, boolean>();
async function ensureImage(ref: string): Promise<boolean> {
  if (imageExists(ref)) return true;
  if (!pullTried.has(ref)) {
    log(`pulling ${ref}`);
    const r = await run('docker', ['pull', ref]);
    pullTried.set(ref, r.code === 0);
  }
  return pullTried.get(ref)!;
}

// ----------------------------------------------------------------------------------------------
// Build context: a temporary copy of examples/app_go as a fresh checkout has it
// ----------------------------------------------------------------------------------------------
function contextFiles(): string[] {
  // Files git would check out, plus untracked files that are not gitignored: what a reader has.
  const r = spawnSync('git', ['-C', ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', 'examples/app_go'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout) {
    return r.stdout.split('\0').filter(Boolean).map((p) => relative('examples/app_go', p)).filter((p) => existsSync(join(CONTEXT, p)));
  }
  return walkFiles(CONTEXT);
}

/** The .dockerignore BuildKit would use: <Dockerfile>.dockerignore beside it, else the context's. */
function applicableIgnore(ex: Example): string | null {
  const own = `${ex.abs}.dockerignore`;
  if (existsSync(own)) return relative(EXAMPLES, own);
  if (existsSync(join(CONTEXT, '.dockerignore'))) return 'app_go/.dockerignore';
  return null;
}

/**
 * Copies the context to a temp dir. The legacy builder reads only the context's own
 * .dockerignore, so a per-Dockerfile ignore file is put there in its place (BuildKit semantics).
 */
function makeContext(ex: Example, withIgnore: boolean, clutter = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfp-ctx-'));
  for (const f of contextFiles()) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(CONTEXT, f), join(dir, f));
  }
  if (clutter) writeClutter(dir);
  const ignore = applicableIgnore(ex);
  rmSync(join(dir, '.dockerignore'), { force: true });
  if (withIgnore && ignore) copyFileSync(join(EXAMPLES, ignore), join(dir, '.dockerignore'));
  return dir;
}

/**
 * The clutter of a real working copy (src/data/sample-clutter.ts) written into a context copy:
 * each file at its stated size, filled with random (incompressible) bytes, so that neither the
 * tar nor any compression makes it smaller than stated. A stated synthetic working copy, not
 * anyone's disk.
 */
function writeClutter(dir: string): void {
  for (const f of sampleClutter) {
    const abs = join(dir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.size ? randomBytes(f.size) : '');
  }
}

function walkFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = d ? `${d}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk('');
  return out.sort();
}

/**
 * The build context as BuildKit sends it: the files of the context folder `dir` that the ignore
 * file (a path under examples/, or null for none) lets through, with their folders, as a tar (GNU
 * format, 512-byte blocks). Filtering uses the rule engine's port of Docker's matcher (a file
 * inside an excluded folder is excluded), the one the site's rules and playground use.
 */
function contextTar(dir: string, ignoreFile: string | null): { files: string[]; tarBytes: number; contentBytes: number } {
  let files = walkFiles(dir).filter((f) => f !== '.dockerignore' || ignoreFile === null);
  if (ignoreFile) {
    const ignore = parseDockerignore(readFileSync(join(EXAMPLES, ignoreFile), 'utf8'));
    files = files.filter((f) => !ignore.ignores(f));
  }
  const dirs = new Set<string>();
  for (const f of files) for (let d = dirname(f); d !== '.'; d = dirname(d)) dirs.add(d);
  const entries = ['.', ...[...dirs].sort(), ...files];
  const r = spawnSync('tar', ['-C', dir, '--no-recursion', '--null', '-T', '-', '--format=gnu', '-b', '1', '-cf', '-'], { input: entries.join('\0'), maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`tar of the context failed: ${String(r.stderr)}`);
  const contentBytes = files.reduce((a, f) => a + statSync(join(dir, f)).size, 0);
  return { files, tarBytes: r.stdout.length, contentBytes };
}

// ----------------------------------------------------------------------------------------------
// Build
// ----------------------------------------------------------------------------------------------
interface BuildResult {
  ok: boolean;
  log: string;
  seconds: number;
  stepsTotal: number;
  stepsCached: number;
  contextText: string | null;
  contextBytes: number | null;
}

const UNITS: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

function parseBuildLog(out: string): Pick<BuildResult, 'stepsTotal' | 'stepsCached' | 'contextText' | 'contextBytes'> {
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

async function build(dockerfileText: string, context: string, tag: string): Promise<BuildResult> {
  const dfDir = mkdtempSync(join(tmpdir(), 'dfp-df-'));
  const df = join(dfDir, 'Dockerfile');
  writeFileSync(df, dockerfileText);
  const r = await run('docker', ['build', '--network', 'host', '--force-rm', '-f', df, '-t', tag, context]);
  rmSync(dfDir, { recursive: true, force: true });
  return { ok: r.code === 0, log: r.out, seconds: r.seconds, ...parseBuildLog(r.out) };
}

/** The failing step and a cause for a failed build. */
function diagnose(out: string, ex: Example, resolved: Resolved): Pick<Skipped, 'cause' | 'reason' | 'step' | 'log_tail'> {
  const steps = [...out.matchAll(/^(Step \d+\/\d+ : .*)$/gm)];
  const step = steps.length ? steps[steps.length - 1]![1]! : null;
  const lines = out.trimEnd().split('\n');
  const tail = lines.slice(-15).join('\n');
  const errLine = [...lines].reverse().find((l) => /returned a non-zero code|^error|Error response from daemon|not found|unknown|invalid|failed/i.test(l)) ?? lines[lines.length - 1] ?? '';
  const usedStandIn = resolved.bases.some((b) => b.stand_in);
  let cause: Skipped['cause'] = 'dockerfile';
  let reason = errLine.trim();
  if ((/\bapk: not found/.test(out) || /The command '\/bin\/sh -c (?:[^']*[;&|]\s*)?apk\b[^']*' returned a non-zero code: 127/.test(out)) && usedStandIn) {
    cause = 'stand-in';
    reason = 'apk is not in the Alpine stand-ins (they are busybox rootfs built from Debian; there is no Alpine package repository here). ' + errLine.trim();
  } else if (/requires go >= [\d.]+ \(running go [\d.]+; GOTOOLCHAIN=local\)/.test(out) && usedStandIn) {
    cause = 'stand-in';
    reason = `the stand-in's Go (Debian golang-1.23) is older than go.mod requires. ${errLine.trim()}`;
  } else if (/requires BuildKit|the --mount option requires|Unknown flag: (mount|link|chmod|checksum|parents|exclude)|unknown flag: --(mount|link|chmod|checksum)|heredoc|BUILDPLATFORM|TARGETARCH|TARGETOS/i.test(out)) {
    cause = 'environment';
    reason = `needs BuildKit, which this machine's dockerd 20.10 does not have (legacy builder). ${errLine.trim()}`;
  } else if (/file not found in build context|no such file or directory/i.test(out) && /^Step \d+\/\d+ : (ADD|COPY) /m.test(step ?? '')) {
    cause = 'context';
    reason = `needs a file that examples/app_go does not have (the Dockerfile is a demonstration the page describes, not an image to build from the sample app). ${errLine.trim()}`;
  } else if (/pull access denied|repository does not exist|no such host|dial tcp|TLS handshake|manifest unknown|not found: manifest/i.test(out)) {
    cause = 'environment';
    reason = `a base image could not be pulled (no registry reachable) and the base map has no stand-in for it. ${errLine.trim()}`;
  }
  void ex;
  return { cause, reason, step, log_tail: tail };
}

// ----------------------------------------------------------------------------------------------
// Sizes and layers
// ----------------------------------------------------------------------------------------------
const gzCache = new Map<string, number>();
/** Images this run made only to time or size something (rebuilds); removed at the end. */
const scratchImages = new Set<string>();

function gzipSize(file: string): Promise<number> {
  return new Promise((res, rej) => {
    let n = 0;
    const gz = createGzip({ level: GZIP_LEVEL });
    gz.on('data', (c: Buffer) => (n += c.length));
    gz.on('end', () => res(n));
    gz.on('error', rej);
    createReadStream(file).on('error', rej).pipe(gz);
  });
}

interface SavedImage {
  /** oldest first, one entry per history row */
  history: { created_by: string; empty_layer: boolean }[];
  /** gzip size per non-empty history row, in order */
  layerGz: number[];
  compressed: number;
}

async function saveAndGzip(ref: string): Promise<SavedImage> {
  const dir = mkdtempSync(join(tmpdir(), 'dfp-save-'));
  try {
    const tar = join(dir, 'image.tar');
    const r = await run('docker', ['save', '-o', tar, ref]);
    if (r.code !== 0) throw new Error(`docker save ${ref}: ${r.out.trim()}`);
    sh('tar', ['-xf', tar, '-C', dir]);
    rmSync(tar);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { Config: string; Layers: string[] }[];
    const m = manifest[0]!;
    const config = JSON.parse(readFileSync(join(dir, m.Config), 'utf8')) as {
      history?: { created_by?: string; empty_layer?: boolean }[];
      rootfs: { diff_ids: string[] };
    };
    const layerGz: number[] = [];
    for (let i = 0; i < m.Layers.length; i++) {
      const diffId = config.rootfs.diff_ids[i]!;
      let gz = gzCache.get(diffId);
      if (gz === undefined) {
        gz = await gzipSize(join(dir, m.Layers[i]!));
        gzCache.set(diffId, gz);
      }
      layerGz.push(gz);
    }
    return {
      history: (config.history ?? []).map((h) => ({ created_by: h.created_by ?? '', empty_layer: Boolean(h.empty_layer) })),
      layerGz,
      compressed: layerGz.reduce((a, b) => a + b, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface HistoryRow {
  CreatedBy: string;
  Size: string;
}

/** docker history, oldest first, sizes in bytes. */
function history(ref: string): { created_by: string; size_bytes: number }[] {
  const out = sh('docker', ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', ref]);
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as HistoryRow)
    .map((h) => ({ created_by: h.CreatedBy, size_bytes: Number.parseInt(h.Size, 10) || 0 }))
    .reverse();
}

function instructionOf(createdBy: string): string | null {
  const nop = /#\(nop\)\s+(\w+)/.exec(createdBy);
  if (nop) return nop[1]!.toUpperCase();
  if (/^\|\d+ .*\/bin\/sh -c |^\/bin\/sh -c |^RUN /.test(createdBy)) return 'RUN';
  const kw = /^(\w+)\s/.exec(createdBy);
  if (kw && /^(COPY|ADD|ENV|WORKDIR|USER|EXPOSE|ENTRYPOINT|CMD|LABEL|ARG|HEALTHCHECK|STOPSIGNAL|VOLUME|SHELL|ONBUILD)$/.test(kw[1]!)) return kw[1]!;
  return null;
}

async function layersOf(ref: string, baseRef: string | null): Promise<{ layers: Layer[]; compressed: number }> {
  const hist = history(ref);
  const saved = await saveAndGzip(ref);
  const baseCount = baseRef && baseRef !== 'scratch' && imageExists(baseRef) ? history(baseRef).length : 0;
  const aligned = saved.history.length === hist.length;
  let k = 0;
  const layers = hist.map((h, i): Layer => {
    let gz: number | null = null;
    if (aligned) {
      if (!saved.history[i]!.empty_layer) gz = saved.layerGz[k++] ?? null;
    } else if (hist.length === saved.layerGz.length) {
      gz = saved.layerGz[i] ?? null;
    }
    return { created_by: h.created_by, instruction: instructionOf(h.created_by), size_bytes: h.size_bytes, compressed_bytes: gz, from_base: i < baseCount };
  });
  return { layers, compressed: saved.compressed };
}

/** Folders whose weight the pages discuss: caches and toolchains left in an image. */
const PROBED_PATHS = ['/root/.cache/go-build', '/go/pkg/mod', '/usr/local/go', '/src', '/var/cache/apk', '/var/lib/apt/lists', '/var/cache/apt'];

/**
 * The apparent size of PROBED_PATHS inside the image, for images that have a shell (busybox
 * find/stat/awk); an image without one (distroless, scratch) yields []. Run as root, with no network.
 */
async function probePaths(tag: string): Promise<{ path: string; bytes: number; files: number }[]> {
  const script = PROBED_PATHS.map((p) => `if [ -d '${p}' ]; then echo "${p} $(find '${p}' -type f | wc -l) $(find '${p}' -type f -exec stat -c %s {} + | awk '{s+=$1} END {print s+0}')"; fi`).join('; ');
  const r = await run('docker', ['run', '--rm', '--network', 'none', '--user', '0', '--entrypoint', '/bin/sh', tag, '-c', script]);
  if (r.code !== 0) return [];
  return r.out
    .trim()
    .split('\n')
    .map((l) => /^(\S+) (\d+) (\d+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ path: m[1]!, files: Number(m[2]), bytes: Number(m[3]) }));
}

// ----------------------------------------------------------------------------------------------
// Run checks
// ----------------------------------------------------------------------------------------------
interface RunCheck {
  ok: boolean;
  url: string;
  status: number | null;
  seconds_to_answer: number | null;
  detail?: string;
}

async function startContainer(tag: string, name: string): Promise<{ pid: number } | { error: string }> {
  await run('docker', ['rm', '-f', name]);
  // --network none: the container has its own loopback only, so the check below reaches this
  // container's port 3000 and nothing else on the host.
  const r = await run('docker', ['run', '-d', '--network', 'none', '--name', name, tag]);
  if (r.code !== 0) return { error: r.out.trim() };
  for (let i = 0; i < 20; i++) {
    const pid = Number(sh('docker', ['inspect', '--format', '{{.State.Pid}}', name]).trim());
    if (pid > 0) return { pid };
    await sleep(100);
  }
  const logs = await run('docker', ['logs', '--tail', '20', name]);
  return { error: `container exited at once: ${logs.out.trim()}` };
}

async function checkPort(name: string, pid: number): Promise<RunCheck> {
  const url = 'http://127.0.0.1:3000/';
  const t0 = performance.now();
  let last = '';
  while (performance.now() - t0 < 20_000) {
    const running = sh('docker', ['inspect', '--format', '{{.State.Running}}', name]).trim() === 'true';
    if (!running) {
      const logs = await run('docker', ['logs', '--tail', '20', name]);
      return { ok: false, url, status: null, seconds_to_answer: null, detail: `container exited: ${logs.out.trim().slice(-500)}` };
    }
    const r = await run('nsenter', ['-t', String(pid), '-n', 'curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', '-m', '2', url], { env: process.env });
    const status = Number.parseInt(r.out.trim(), 10);
    if (r.code === 0 && status > 0) {
      return { ok: status >= 200 && status < 400, url, status, seconds_to_answer: round((performance.now() - t0) / 1000), ...(status >= 400 ? { detail: `HTTP ${status}` } : {}) };
    }
    last = r.out.trim();
    await sleep(200);
  }
  return { ok: false, url, status: null, seconds_to_answer: null, detail: `no answer on port 3000 within 20 s ${last}`.trim() };
}

async function timedStop(name: string, grace: number): Promise<{ seconds: number; exitCode: number }> {
  const r = await run('docker', ['stop', '-t', String(grace), name]);
  const exitCode = Number(sh('docker', ['inspect', '--format', '{{.State.ExitCode}}', name]).trim());
  if (r.code !== 0) log(`docker stop ${name}: ${r.out.trim()}`);
  return { seconds: round(r.seconds), exitCode };
}

// ----------------------------------------------------------------------------------------------
// Main
// ----------------------------------------------------------------------------------------------
interface PublishedFile {
  records: {
    id: string;
    image: string;
    image_version: string;
    platform: string;
    size_kind: 'compressed' | 'uncompressed';
    size_bytes: number;
    size_text: string;
    approximate: boolean;
    source_url: string;
    source_date: string;
    source_note?: string;
    caveat_url?: string;
  }[];
}

/** A run check of a pitfall example that is meant not to run says so (and one that is not, does not). */
function withExpectation(c: ImageSizes['checks'][number]): ImageSizes['checks'][number] {
  const { expected_failure: _, ...rest } = c;
  const why = c.id.startsWith('run/') ? expectedRunFailures[c.id.slice(4)] : undefined;
  return why ? { ...rest, expected_failure: why } : rest;
}

function tagFor(ex: Example): string {
  return `${TAG_PREFIX}/${ex.id.replace(/\//g, '-')}:latest`;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const tools = dockerTools();
  const map = loadBaseMap(opts.baseMap);
  const all = discover(opts.extras);
  const only = opts.only ? opts.only.split(',').filter(Boolean) : null;
  const selected = only ? all.filter((e) => only.some((o) => e.id.includes(o) || e.dockerfile.includes(o))) : all;
  log(`docker ${tools.docker_client} / dockerd ${tools.docker_server} (${tools.storage_driver}); ${all.length} Dockerfiles found, ${selected.length} selected`);
  if (opts.baseMap) log(`base map: ${relative(ROOT, opts.baseMap)} (${map.size} entries)`);

  const images: ImageMeasurement[] = [];
  const rebuildJobs: { ex: Example; resolved: Resolved; tag: string; common: { practice: string | null; variant: Variant; dockerfile: string; measured_at: string; tools: ToolVersions; stand_in: boolean } }[] = [];
  const records: FigureRecord[] = [];
  const skipped: Skipped[] = [];
  const checks: ImageSizes['checks'] = [];
  let platform = 'linux/amd64';

  for (const ex of selected) {
    const measuredAt = new Date().toISOString();
    const text = readFileSync(ex.abs, 'utf8');
    const resolved = resolveBases(text, map);
    const standIn = resolved.bases.some((b) => b.stand_in !== null);
    const skip = (phase: Skipped['phase'], d: Pick<Skipped, 'cause' | 'reason' | 'step' | 'log_tail'>) => {
      log(`SKIP ${ex.dockerfile} (${phase}, ${d.cause}): ${d.reason}`);
      skipped.push({ dockerfile: ex.dockerfile, practice: ex.practice, variant: ex.variant, phase, ...d, measured_at: measuredAt });
    };
    if (resolved.problems.length) {
      skip('build', { cause: 'dockerfile', reason: resolved.problems.join('; '), step: null, log_tail: '' });
      continue;
    }
    // Bases: stand-ins must exist locally; real bases are pulled when missing.
    const missing: string[] = [];
    for (const b of resolved.bases) {
      const ref = b.stand_in ?? b.ref;
      if (!(await ensureImage(ref))) missing.push(b.stand_in ? `stand-in ${b.stand_in} for ${b.ref} (run scripts/measure/stand-ins.sh)` : b.ref);
    }
    if (missing.length) {
      skip('build', {
        cause: 'environment',
        reason: `base image not available: ${missing.join(', ')}. No registry answered${opts.baseMap ? ' and the base map has no stand-in for it' : '; pass --base-map scripts/measure/base-map.standin.json'}.`,
        step: null,
        log_tail: '',
      });
      continue;
    }

    const tag = tagFor(ex);
    log(`build ${ex.dockerfile} -> ${tag}${standIn ? ' (stand-in bases)' : ''}`);
    const cluttered = ex.practice === 'dockerignore';
    const ctx = makeContext(ex, true, cluttered);
    const b = await build(resolved.text, ctx, tag);
    if (!b.ok) {
      skip('build', diagnose(b.log, ex, resolved));
      rmSync(ctx, { recursive: true, force: true });
      continue;
    }

    try {
      const inspect = JSON.parse(sh('docker', ['image', 'inspect', '--format', '{{json .}}', tag])) as {
        Id: string;
        Size: number;
        Os: string;
        Architecture: string;
        Config?: { Entrypoint?: string[] | null; Cmd?: string[] | null };
      };
      const runnable = Boolean(inspect.Config?.Entrypoint?.length || inspect.Config?.Cmd?.length);
      platform = `${inspect.Os}/${inspect.Architecture}`;
      const finalBaseRef = resolved.finalBase.stand_in ?? resolved.finalBase.ref;
      const { layers, compressed } = await layersOf(tag, finalBaseRef);
      const paths = await probePaths(tag);

      // Run: does it answer on port 3000?
      const name = `dfp-measure-${ex.id.replace(/\//g, '-')}`;
      const started = runnable ? await startContainer(tag, name) : { error: 'no ENTRYPOINT or CMD: not an image that runs the app' };
      let runCheck: RunCheck;
      let stop: { seconds: number; exitCode: number } | null = null;
      if ('error' in started) {
        runCheck = { ok: false, url: 'http://127.0.0.1:3000/', status: null, seconds_to_answer: null, detail: started.error.slice(-500) };
      } else {
        runCheck = await checkPort(name, started.pid);
        const running = sh('docker', ['inspect', '--format', '{{.State.Running}}', name]).trim() === 'true';
        if (running) stop = await timedStop(name, opts.grace);
      }
      await run('docker', ['rm', '-f', name]);
      for (const p of paths) log(`  ${p.path}: ${p.bytes} B in ${p.files} files`);
      log(`  ${inspect.Size} B uncompressed, ${compressed} B gzip; port 3000: ${runCheck.ok ? `HTTP ${runCheck.status}` : `FAILED ${runCheck.detail ?? ''}`}; stop: ${stop ? `${stop.seconds} s (exit ${stop.exitCode})` : 'n/a'}`);
      checks.push(
        withExpectation({ id: `run/${ex.id}`, status: runCheck.ok ? 'pass' : runnable ? 'fail' : 'not-run', detail: runCheck.ok ? `HTTP ${runCheck.status} on port 3000 after ${runCheck.seconds_to_answer} s` : `no good answer on port 3000: ${runCheck.detail ?? ''}` }),
      );

      images.push({
        id: ex.id,
        practice: ex.practice,
        variant: ex.variant,
        dockerfile: ex.dockerfile,
        tag,
        image_id: inspect.Id,
        platform,
        bases: resolved.bases,
        final_base: resolved.finalBase,
        stand_in: standIn,
        uncompressed_bytes: inspect.Size,
        compressed_bytes: compressed,
        layers,
        paths,
        run_check: runCheck,
        measured_at: measuredAt,
      });
      const common = { practice: ex.practice, variant: ex.variant, dockerfile: ex.dockerfile, measured_at: measuredAt, tools, stand_in: standIn } as const;
      records.push(
        { kind: 'image-size', id: `${ex.id}:uncompressed`, ...common, image: ex.id, base_image: resolved.finalBase, platform, size_bytes: inspect.Size, size_kind: 'uncompressed', method: 'docker image inspect' },
        { kind: 'image-size', id: `${ex.id}:compressed`, ...common, image: ex.id, base_image: resolved.finalBase, platform, size_bytes: compressed, size_kind: 'compressed', method: 'gzip layer sum' },
      );
      if (stop) {
        records.push({ kind: 'stop-time', id: `${ex.id}:stop`, ...common, image: ex.id, seconds: stop.seconds, grace_period_s: opts.grace, exit_code: stop.exitCode, method: 'docker stop wall clock' });
      }

      // dependency-caching: timed after the loop, before and after interleaved.
      if (ex.practice === 'dependency-caching' && (ex.variant === 'before' || ex.variant === 'after')) rebuildJobs.push({ ex, resolved, tag, common });

      // dockerignore: the context of a cluttered working copy with the example's .dockerignore;
      // the before example also with none, the after example also with allowlist.dockerignore.
      if (ex.practice === 'dockerignore' && (ex.variant === 'before' || ex.variant === 'after')) {
        const contextDir = makeContext(ex, false, true);
        const allowlist = join(DOCKERFILES, 'dockerignore/allowlist.dockerignore');
        const cases: [string, string | null][] = [[`${ex.id}:context`, applicableIgnore(ex)]];
        if (ex.variant === 'before') cases.push([`${ex.id}:context-no-dockerignore`, null]);
        if (ex.variant === 'after' && existsSync(allowlist)) cases.push(['dockerignore/allowlist:context', relative(EXAMPLES, allowlist)]);
        for (const [id, ign] of cases) {
          const c = contextTar(contextDir, ign);
          log(`  context ${ign ?? '(no .dockerignore)'}: ${c.files.length} files, ${c.tarBytes} B as a tar`);
          const daemon = id === `${ex.id}:context` && b.contextText ? { daemon_reported: `Sending build context to Docker daemon  ${b.contextText}` } : {};
          records.push({ kind: 'context-size', id, ...common, dockerignore: ign, clutter: 'src/data/sample-clutter.ts', size_bytes: c.tarBytes, content_bytes: c.contentBytes, files: c.files, ...daemon, method: 'context tar' });
        }
        rmSync(contextDir, { recursive: true, force: true });
      }
    } catch (e) {
      skip('measure', { cause: 'environment', reason: String(e instanceof Error ? e.message : e).slice(0, 800), step: null, log_tail: '' });
    } finally {
      rmSync(ctx, { recursive: true, force: true });
    }
  }

  // dependency-caching: rebuild with a warm cache after a one-line change to app.go. The
  // examples take turns (before, after, before, ...), so both see the same load on a shared host.
  if (rebuildJobs.length) {
    const state = rebuildJobs.map((j) => ({ ...j, ctx: makeContext(j.ex, true), runs: [] as number[], loads: [] as number[], last: null as BuildResult | null, failed: false }));
    for (let i = 1; i <= opts.repeat; i++) {
      for (const st of state) {
        if (st.failed) continue;
        st.loads.push(round(loadavg()[0]!));
        appendFileSync(join(st.ctx, 'app.go'), `// measure: one-line change ${i} ${Date.now()}\n`);
        const rebuildTag = `${st.tag.replace(/:latest$/, '')}:rebuild`;
        const rb = await build(st.resolved.text, st.ctx, rebuildTag);
        if (!rb.ok) {
          const d = diagnose(rb.log, st.ex, st.resolved);
          log(`SKIP warm rebuild of ${st.ex.dockerfile}: ${d.reason}`);
          skipped.push({ dockerfile: st.ex.dockerfile, practice: st.ex.practice, variant: st.ex.variant, phase: 'measure', ...d, reason: `warm rebuild failed: ${d.reason}`, measured_at: new Date().toISOString() });
          st.failed = true;
          continue;
        }
        st.runs.push(round(rb.seconds));
        st.last = rb;
        scratchImages.add(sh('docker', ['image', 'inspect', '--format', '{{.Id}}', rebuildTag]).trim());
        log(`  warm rebuild ${i}/${opts.repeat} of ${st.ex.id}: ${round(rb.seconds)} s (load ${st.loads[st.loads.length - 1]}, cached ${rb.stepsCached}/${rb.stepsTotal} steps)`);
      }
    }
    for (const st of state) {
      rmSync(st.ctx, { recursive: true, force: true });
      if (st.failed || !st.last) continue;
      records.push({
        kind: 'build-time',
        id: `${st.ex.id}:warm-rebuild`,
        ...st.common,
        image: st.ex.id,
        scenario: 'rebuild with a warm cache after a one-line change to app.go (a comment line appended)',
        seconds: round(median(st.runs)),
        runs: st.runs,
        load_average: st.loads,
        cpus: cpus().length,
        steps_cached: st.last.stepsCached,
        steps_total: st.last.stepsTotal,
        method: 'docker build wall clock',
      });
    }
  }

  // Remove the throwaway rebuild images this run created (never anything else).
  const keep = new Set(images.map((im) => im.image_id));
  for (const id of scratchImages) if (!keep.has(id)) await run('docker', ['image', 'rm', '-f', id]);

  // Stand-ins actually used, with their own sizes, so the page can show what they add.
  const standIns: ImageSizes['stand_ins'] = [];
  for (const [ref, tag] of map) {
    if (!images.some((im) => im.bases.some((b) => b.stand_in === tag))) continue;
    const insp = JSON.parse(sh('docker', ['image', 'inspect', '--format', '{{json .}}', tag])) as { Id: string; Size: number };
    const saved = await saveAndGzip(tag);
    standIns.push({ ref, tag, image_id: insp.Id, uncompressed_bytes: insp.Size, compressed_bytes: saved.compressed });
  }

  // Published figures.
  const published = JSON.parse(readFileSync(PUBLISHED, 'utf8')) as PublishedFile;
  for (const p of published.records) {
    records.push({
      kind: 'image-size',
      id: p.id,
      practice: null,
      variant: null,
      dockerfile: null,
      image: p.image,
      image_version: p.image_version,
      platform: p.platform,
      size_bytes: p.size_bytes,
      size_kind: p.size_kind,
      size_text: p.size_text,
      approximate: p.approximate,
      method: 'published',
      source_url: p.source_url,
      source_date: p.source_date,
      ...(p.source_note ? { source_note: p.source_note } : {}),
      ...(p.caveat_url ? { caveat_url: p.caveat_url } : {}),
      stand_in: false,
    });
  }

  // With --only, keep what the previous run measured for the Dockerfiles not selected now
  // (entry by entry: an entry that no longer matches the schema is dropped, and reported).
  if (only && existsSync(opts.out)) {
    const prev = JSON.parse(readFileSync(opts.out, 'utf8')) as Partial<Record<'images' | 'records' | 'skipped' | 'checks' | 'stand_ins', unknown[]>>;
    const redone = new Set(selected.map((e) => e.dockerfile));
    let dropped = 0;
    const valid = <T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } }, xs: unknown[] | undefined): T[] =>
      (xs ?? []).flatMap((x) => {
        const r = schema.safeParse(x);
        if (!r.success) dropped++;
        return r.success ? [r.data] : [];
      });
    const prevImages = valid(imageSchema, prev.images).filter((im) => !redone.has(im.dockerfile) && !images.some((x) => x.id === im.id));
    images.push(...prevImages);
    const keepIds = new Set(prevImages.map((im) => im.id));
    records.push(...valid(recordSchema, prev.records).filter((r) => r.method !== 'published' && r.dockerfile !== null && !redone.has(r.dockerfile)));
    skipped.push(...valid(skippedSchema, prev.skipped).filter((x) => !redone.has(x.dockerfile)));
    const haveCheck = new Set(checks.map((c) => c.id));
    // A kept run check takes its expectation from expectedRunFailures as it is now.
    checks.push(...valid(checkSchema, prev.checks).filter((c) => c.id.startsWith('run/') && !haveCheck.has(c.id) && keepIds.has(c.id.slice(4))).map(withExpectation));
    for (const x of valid(standInSchema, prev.stand_ins)) if (!standIns.some((y) => y.tag === x.tag)) standIns.push(x);
    if (dropped) log(`kept the rest of ${relative(ROOT, opts.out)}; dropped ${dropped} entries that no longer match the schema`);
  }

  // signal-handling: after stops within 2 s; before takes the whole grace period.
  const stopOf = (id: string) => records.find((r) => r.kind === 'stop-time' && r.id === `${id}:stop`) as Extract<FigureRecord, { kind: 'stop-time' }> | undefined;
  const sa = stopOf('signal-handling/after');
  const sb = stopOf('signal-handling/before');
  checks.push(
    sa
      ? { id: 'signal-handling/after-stops-fast', status: sa.seconds < STOP_FAST_S ? 'pass' : 'fail', detail: `docker stop took ${sa.seconds} s (limit ${STOP_FAST_S} s), exit code ${sa.exit_code}` }
      : { id: 'signal-handling/after-stops-fast', status: 'not-run', detail: 'signal-handling/after.Dockerfile was not measured (missing or did not build)' },
    sb
      ? { id: 'signal-handling/before-takes-grace-period', status: sb.seconds >= sb.grace_period_s - 0.5 ? 'pass' : 'fail', detail: `docker stop took ${sb.seconds} s with a ${sb.grace_period_s} s grace period, exit code ${sb.exit_code}` }
      : { id: 'signal-handling/before-takes-grace-period', status: 'not-run', detail: 'signal-handling/before.Dockerfile was not measured (missing or did not build)' },
  );

  const data: ImageSizes = {
    generated_by: 'scripts/measure/measure-images.ts',
    generated_at: new Date().toISOString(),
    environment: {
      tools,
      platform,
      base_map: opts.baseMap ? relative(ROOT, opts.baseMap) : null,
      note: standIns.length
        ? 'Measured on a machine with no registry access: the pinned base images were replaced by local stand-ins built from Debian packages (scripts/measure/stand-ins.sh; differences in scripts/measure/STAND-INS.md). Sizes that include a base image differ from what the real base would give; compare the stand_ins[] sizes with the published base sizes.'
        : 'Measured with the real pinned base images.',
    },
    stand_ins: standIns,
    images,
    records,
    skipped,
    checks,
  };
  sortData(data);
  const parsed = imageSizes.safeParse(data);
  if (!parsed.success) {
    console.error('measure:images: the result does not match src/data/image-sizes.schema.ts:');
    console.error(JSON.stringify(parsed.error.issues.slice(0, 20), null, 2));
    writeFileSync(`${opts.out}.invalid`, JSON.stringify(data, null, 2) + '\n');
    process.exit(1);
  }
  // Written as parsed: every entry's keys in the schema's order, whether measured now or kept.
  writeFileSync(opts.out, JSON.stringify(parsed.data, null, 2) + '\n');
  const failed = checks.filter((c) => c.status === 'fail' && !c.expected_failure);
  const expected = checks.filter((c) => c.status === 'fail' && c.expected_failure);
  const surprises = checks.filter((c) => c.status === 'pass' && c.expected_failure);
  log(`wrote ${relative(ROOT, opts.out)}: ${images.length} images, ${records.length} records, ${skipped.length} skipped, ${failed.length} failed checks (and ${expected.length} expected failures of pitfall examples)`);
  for (const c of checks) if (c.status !== 'pass' && !c.expected_failure) log(`check ${c.id}: ${c.status}: ${c.detail}`);
  for (const c of surprises) log(`check ${c.id}: pass, but it was expected to fail (${c.expected_failure}): the pitfall no longer shows what the page says`);
}

await main();
