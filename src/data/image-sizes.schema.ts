/**
 * Schema of src/data/image-sizes.json, the measured and published figures behind every
 * image-size, build-time, context-size and stop-time table on the site.
 *
 * The file is written by `npm run measure:images` (scripts/measure/measure-images.ts), never by
 * hand. A table names its rows by record id (`records[].id`), so a row always resolves to one
 * record with its provenance: measured figures carry the method, the time and the tool
 * versions; published figures carry the source URL and date.
 *
 * Sizes are never mixed: each size record has one `size_kind`, `uncompressed` (the on-disk
 * size, `docker image inspect --format {{.Size}}`) or `compressed` (the sum of the gzip
 * layers, what a registry stores and Docker Hub shows).
 */
import { z } from 'zod';
import { practiceSlugs } from './practices.ts';

const practiceSlug = z.enum(practiceSlugs as unknown as [string, ...string[]]);

/**
 * before/after belong to a practice; original and final are the walkthrough's two ends; extra is
 * any other example Dockerfile (a walkthrough step, a pitfall, an alternative), measured with --extras.
 */
export const variants = ['before', 'after', 'original', 'final', 'extra'] as const;
const variant = z.enum(variants);

const sha256 = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex>');
/** ISO 8601 instant, as written by `new Date().toISOString()`. */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected an ISO 8601 UTC instant');
/** A source's date: day, or month when the source gives only the month. */
const sourceDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');
/** Path under examples/, e.g. dockerfiles/multi-stage-builds/after.Dockerfile */
const examplePath = z.string().regex(/^dockerfiles\/([a-z0-9-]+\/)?[A-Za-z0-9._-]+\.Dockerfile$/, 'expected a Dockerfile path under examples/');
const platform = z.string().regex(/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, 'expected os/arch');

export const toolVersions = z.object({
  /** `docker version` client and server (daemon) versions. */
  docker_client: z.string().min(1),
  docker_server: z.string().min(1),
  /** e.g. "legacy builder (DOCKER_BUILDKIT=0)" */
  builder: z.string().min(1),
  storage_driver: z.string().min(1),
  node: z.string().min(1),
  /** How compressed sizes were computed, e.g. "node:zlib gzip level 6". */
  gzip: z.string().min(1),
});
export type ToolVersions = z.infer<typeof toolVersions>;

/** A base image as the Dockerfile names it, and what was actually used for it. */
export const baseImage = z.object({
  /** The reference exactly as written in FROM, digest included, or "scratch". */
  ref: z.string().min(1),
  /** name:tag without the digest. */
  name: z.string().min(1),
  digest: sha256.nullable(),
  /** The local image that replaced it, when one did (see scripts/measure/STAND-INS.md). */
  stand_in: z.string().nullable(),
});
export type BaseImage = z.infer<typeof baseImage>;

const measuredProvenance = {
  measured_at: instant,
  tools: toolVersions,
  /** True when any base image of the build was replaced by a local stand-in. */
  stand_in: z.boolean(),
};

/** Fields every figure has: which example it belongs to. */
const exampleFields = {
  id: z.string().min(1),
  practice: practiceSlug.nullable(),
  variant: variant.nullable(),
  /** The Dockerfile's path under examples/, or null for a published base-image figure. */
  dockerfile: examplePath.nullable(),
};

const measuredSize = z.object({
  kind: z.literal('image-size'),
  ...exampleFields,
  practice: practiceSlug.nullable(),
  variant: variant,
  dockerfile: examplePath,
  /** images[].id of the measured image. */
  image: z.string().min(1),
  /** The final stage's base (resolved through stage names), which the size builds on. */
  base_image: baseImage,
  platform,
  size_bytes: z.number().int().nonnegative(),
  size_kind: z.enum(['uncompressed', 'compressed']),
  method: z.enum(['docker image inspect', 'gzip layer sum']),
  ...measuredProvenance,
});

const publishedSize = z.object({
  kind: z.literal('image-size'),
  ...exampleFields,
  practice: z.null(),
  variant: z.null(),
  dockerfile: z.null(),
  /** The published image and tag, e.g. "alpine:3.24". */
  image: z.string().min(1),
  image_version: z.string().min(1),
  platform,
  size_bytes: z.number().int().nonnegative(),
  size_kind: z.enum(['uncompressed', 'compressed']),
  /** The figure exactly as the source prints it ("~245.66 MB", "around 2 MiB"). */
  size_text: z.string().min(1),
  approximate: z.boolean(),
  method: z.literal('published'),
  source_url: z.url(),
  source_date: sourceDate,
  source_note: z.string().optional(),
  caveat_url: z.url().optional(),
  stand_in: z.literal(false),
});

const buildTime = z.object({
  kind: z.literal('build-time'),
  ...exampleFields,
  variant: variant,
  dockerfile: examplePath,
  image: z.string().min(1),
  /** What was timed, e.g. "rebuild with a warm cache after a one-line change to app.go". */
  scenario: z.string().min(1),
  /** Median of `runs`. */
  seconds: z.number().nonnegative(),
  runs: z.array(z.number().nonnegative()).min(1),
  /** The host's 1-minute load average as each run started: other builds on the machine slow a run down. */
  load_average: z.array(z.number().nonnegative()).min(1),
  cpus: z.number().int().positive(),
  /** Build steps the legacy builder reported as "Using cache", out of steps_total. */
  steps_cached: z.number().int().nonnegative(),
  steps_total: z.number().int().nonnegative(),
  method: z.literal('docker build wall clock'),
  ...measuredProvenance,
});

const contextSize = z.object({
  kind: z.literal('context-size'),
  ...exampleFields,
  variant: variant,
  dockerfile: examplePath,
  /** The ignore file in effect (path under examples/), or null for "no .dockerignore at all". */
  dockerignore: z.string().nullable(),
  /**
   * The clutter written into the measured copy of examples/app_go (a module path such as
   * src/data/sample-clutter.ts): a stated synthetic working copy. Null for a clean checkout.
   */
  clutter: z.string().nullable(),
  /** What the legacy builder printed for the build with this ignore file, as a cross-check. */
  daemon_reported: z.string().optional(),
  /** The context as a tar (GNU format, 512-byte blocks, folders included). */
  size_bytes: z.number().int().nonnegative(),
  /** The files' own bytes. */
  content_bytes: z.number().int().nonnegative(),
  /** The files that enter the context, relative to examples/app_go. */
  files: z.array(z.string()),
  method: z.literal('context tar'),
  ...measuredProvenance,
});

const stopTime = z.object({
  kind: z.literal('stop-time'),
  ...exampleFields,
  variant: variant,
  dockerfile: examplePath,
  image: z.string().min(1),
  seconds: z.number().nonnegative(),
  /** `docker stop -t` */
  grace_period_s: z.number().int().positive(),
  /** 0 or 2 after a graceful exit; 137 when the container was killed at the end of the grace period. */
  exit_code: z.number().int(),
  method: z.literal('docker stop wall clock'),
  ...measuredProvenance,
});

export const record = z.union([measuredSize, publishedSize, buildTime, contextSize, stopTime]);
export type FigureRecord = z.infer<typeof record>;

export const layer = z.object({
  /** The instruction as `docker history --no-trunc` prints it. */
  created_by: z.string(),
  /** The Dockerfile instruction keyword (RUN, COPY, ...), or null for a base-image layer that records none. */
  instruction: z.string().nullable(),
  size_bytes: z.number().int().nonnegative(),
  /** gzip size of this layer's tar (null for metadata-only steps, which have no tar). */
  compressed_bytes: z.number().int().nonnegative().nullable(),
  /** The layer comes from the base image (a stand-in's, when stand_in is set). */
  from_base: z.boolean(),
});
export type Layer = z.infer<typeof layer>;

export const image = z.object({
  /** "<dir>/<variant>" ("<dir>/<name>" for extras), or "original" / "final". */
  id: z.string().min(1),
  practice: practiceSlug.nullable(),
  variant,
  dockerfile: examplePath,
  /** Local tag the script built. */
  tag: z.string().min(1),
  image_id: sha256,
  platform,
  /** Every external FROM of the Dockerfile, in order. */
  bases: z.array(baseImage),
  /** The final stage's base. */
  final_base: baseImage,
  stand_in: z.boolean(),
  uncompressed_bytes: z.number().int().nonnegative(),
  compressed_bytes: z.number().int().nonnegative(),
  /** Oldest first, like the Dockerfile. */
  layers: z.array(layer),
  /**
   * Folders the pages discuss (/root/.cache/go-build, /go/pkg/mod, /usr/local/go, /src, package
   * caches) that exist in the image: apparent size of their files. Empty for an image without a
   * shell to measure with (distroless, scratch), where none of them exist anyway.
   */
  paths: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), files: z.number().int().nonnegative() })).default([]),
  /** The app answered on port 3000 inside the container. */
  run_check: z.object({
    ok: z.boolean(),
    url: z.string(),
    status: z.number().int().nullable(),
    seconds_to_answer: z.number().nullable(),
    detail: z.string().optional(),
  }),
  measured_at: instant,
});
export type ImageMeasurement = z.infer<typeof image>;

export const skipped = z.object({
  dockerfile: examplePath,
  practice: practiceSlug.nullable(),
  variant,
  /** Where it stopped. */
  phase: z.enum(['build', 'run', 'measure']),
  /**
   * "stand-in" when the stand-in base is the cause (e.g. no apk), "environment" when the machine
   * lacks something (BuildKit, a registry), "context" when the Dockerfile needs a file the sample
   * app does not have, "dockerfile" when the file itself fails.
   */
  cause: z.enum(['stand-in', 'dockerfile', 'environment', 'context']),
  reason: z.string().min(1),
  /** The failing step as the builder printed it, e.g. "Step 4/12 : RUN apk add --no-cache tzdata". */
  step: z.string().nullable(),
  log_tail: z.string(),
  measured_at: instant,
});
export type Skipped = z.infer<typeof skipped>;

/** A behaviour the script asserts, e.g. that signal-handling's after example stops within 2 s. */
export const check = z.object({
  id: z.string().min(1),
  /** not-run: an input was missing (a Dockerfile not written yet, or one that did not build here). */
  status: z.enum(['pass', 'fail', 'not-run']),
  detail: z.string().min(1),
  /**
   * Set on the run check of a pitfall example that is meant not to run (scripts/measure/data-file.ts):
   * why it fails, and that the failure is the point. Such a check should say "fail"; a "pass"
   * means the pitfall no longer shows what its page says.
   */
  expected_failure: z.string().min(1).optional(),
});

export const standIn = z.object({
  /** The pinned reference it replaces. */
  ref: z.string().min(1),
  tag: z.string().min(1),
  image_id: sha256,
  uncompressed_bytes: z.number().int().nonnegative(),
  compressed_bytes: z.number().int().nonnegative(),
});

export const imageSizes = z
  .object({
    generated_by: z.literal('scripts/measure/measure-images.ts'),
    generated_at: instant,
    environment: z.object({
      tools: toolVersions,
      platform,
      /** The --base-map file, when bases were substituted. */
      base_map: z.string().nullable(),
      /** What the page should say about stand-ins, in one sentence. */
      note: z.string(),
    }),
    stand_ins: z.array(standIn),
    images: z.array(image),
    records: z.array(record),
    skipped: z.array(skipped),
    checks: z.array(check),
  })
  .superRefine((data, ctx) => {
    const ids = new Set<string>();
    data.records.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['records', i, 'id'], message: `duplicate record id ${r.id}` });
      ids.add(r.id);
    });
    const imageIds = new Set(data.images.map((im) => im.id));
    data.records.forEach((r, i) => {
      if ((r.kind === 'image-size' && r.method !== 'published') || r.kind === 'build-time' || r.kind === 'stop-time') {
        if (!imageIds.has(r.image)) ctx.addIssue({ code: 'custom', path: ['records', i, 'image'], message: `record ${r.id} names image ${r.image}, which is not in images[]` });
      }
    });
  });
export type ImageSizes = z.infer<typeof imageSizes>;

/**
 * The compressed bytes of the layers a Dockerfile's own instructions add on top of its final
 * base, as measured (each layer tar gzipped): what stays the same when only the base changes.
 */
export function addedCompressedBytes(im: ImageMeasurement): number {
  return im.layers.filter((l) => !l.from_base).reduce((sum, l) => sum + (l.compressed_bytes ?? 0), 0);
}

/** The record a table row names, or an error that says which id is missing. */
export function recordById(data: ImageSizes, id: string): FigureRecord {
  const found = data.records.find((r) => r.id === id);
  if (!found) throw new Error(`image-sizes.json has no record "${id}"; run npm run measure:images or fix the id`);
  return found;
}

/**
 * The id, without its ":uncompressed" or ":compressed" suffix, under which a pinned base image's
 * published sizes are recorded: "published/golang-1.27-alpine3.24", "published/static-debian13-nonroot".
 */
export function publishedBaseId(image: { repository: string; tag: string }): string {
  return `published/${image.repository.split('/').pop()}-${image.tag}`;
}
