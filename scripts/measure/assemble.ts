/** Putting the data file together: stand-ins used, published figures, signal-handling's checks, validation, writing, and the closing report. */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { imageName, pinnedBaseImages, sourceUrl } from '../../src/data/base-images.ts';
import { imageSizes, publishedBaseId } from '../../src/data/image-sizes.schema.ts';
import type { FigureRecord, ImageMeasurement, ImageSizes, ToolVersions } from '../../src/data/image-sizes.schema.ts';
import type { BaseMap } from './bases.ts';
import { PUBLISHED, ROOT, STOP_FAST_S } from './config.ts';
import { sortData } from './data-file.ts';
import { inspectImage } from './docker.ts';
import { saveAndGzip } from './layers.ts';
import type { Lists } from './previous.ts';
import { log } from './process.ts';

type Check = ImageSizes['checks'][number];

/** The stand-ins some measured image was built on, with their own sizes, so the page can show what they add. */
export async function standInsUsed(map: BaseMap, images: ImageMeasurement[]): Promise<ImageSizes['stand_ins']> {
  const standIns: ImageSizes['stand_ins'] = [];
  for (const [ref, tag] of map) {
    if (!images.some((im) => im.bases.some((b) => b.stand_in === tag))) continue;
    const insp = inspectImage(tag);
    const saved = await saveAndGzip(tag);
    standIns.push({ ref, tag, image_id: insp.Id, uncompressed_bytes: insp.Size, compressed_bytes: saved.compressed });
  }
  return standIns;
}

/** A published size as scripts/measure/published.json writes it. */
interface Published {
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
}

/**
 * The compressed sizes src/data/base-images.ts records for the pinned bases (a base whose source
 * gives no size has none), in published.json's shape: recorded there once, copied here.
 */
export function pinnedBasePublished(): Published[] {
  return pinnedBaseImages.flatMap((b): Published[] => {
    const c = b.compressed;
    if (!c) return [];
    return [
      {
        id: `${publishedBaseId(b)}:compressed`,
        image: imageName(b),
        image_version: b.describes,
        platform: c.platform,
        size_kind: 'compressed',
        size_bytes: c.bytes,
        size_text: c.text,
        approximate: false,
        source_url: sourceUrl(b.source),
        source_date: c.layers_date,
        source_note: `The pinned index ${b.digest}, its ${c.platform} manifest ${c.manifest_digest}; recorded in src/data/base-images.ts (read ${b.source.read}); source_date is the newest layer's date.`,
      },
    ];
  });
}

/** The official base images' published sizes, from published.json and src/data/base-images.ts, as records. */
export function publishedRecords(file = PUBLISHED): FigureRecord[] {
  const fromFile = (JSON.parse(readFileSync(file, 'utf8')) as { records: Published[] }).records;
  return [...fromFile, ...pinnedBasePublished()].map((p) => ({
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
  }));
}

/** signal-handling: the after example stops within STOP_FAST_S; the before example takes the whole grace period. */
export function signalHandlingChecks(records: FigureRecord[]): Check[] {
  const stopOf = (id: string) => records.find((r) => r.kind === 'stop-time' && r.id === `${id}:stop`) as Extract<FigureRecord, { kind: 'stop-time' }> | undefined;
  const sa = stopOf('signal-handling/after');
  const sb = stopOf('signal-handling/before');
  const notRun = (id: string, variant: string): Check => ({ id, status: 'not-run', detail: `signal-handling/${variant}.Dockerfile was not measured (missing or did not build)` });
  return [
    sa
      ? { id: 'signal-handling/after-stops-fast', status: sa.seconds < STOP_FAST_S ? 'pass' : 'fail', detail: `docker stop took ${sa.seconds} s (limit ${STOP_FAST_S} s), exit code ${sa.exit_code}` }
      : notRun('signal-handling/after-stops-fast', 'after'),
    sb
      ? { id: 'signal-handling/before-takes-grace-period', status: sb.seconds >= sb.grace_period_s - 0.5 ? 'pass' : 'fail', detail: `docker stop took ${sb.seconds} s with a ${sb.grace_period_s} s grace period, exit code ${sb.exit_code}` }
      : notRun('signal-handling/before-takes-grace-period', 'before'),
  ];
}

const STAND_IN_NOTE =
  'Measured on a machine with no registry access: the pinned base images were replaced by local stand-ins built from Debian packages (scripts/measure/stand-ins.sh; differences in scripts/measure/STAND-INS.md). Sizes that include a base image differ from what the real base would give; compare the stand_ins[] sizes with the published base sizes.';

/** Where and how the figures were measured. */
export function environment(tools: ToolVersions, platform: string, baseMap: string | null, standIns: number): ImageSizes['environment'] {
  return {
    tools,
    platform,
    base_map: baseMap ? relative(ROOT, baseMap) : null,
    note: standIns ? STAND_IN_NOTE : 'Measured with the real pinned base images.',
  };
}

/** The data file, its lists in the one fixed order (data-file.ts). */
export function dataFile(lists: Lists, env: ImageSizes['environment']): ImageSizes {
  return sortData({ generated_by: 'scripts/measure/measure-images.ts', generated_at: new Date().toISOString(), environment: env, ...lists });
}

/** Validates the data and writes it as parsed (every entry's keys in the schema's order); exits 1, keeping FILE.invalid, when it does not match the schema. */
export function writeData(data: ImageSizes, out: string): void {
  const parsed = imageSizes.safeParse(data);
  if (!parsed.success) {
    console.error('measure:images: the result does not match src/data/image-sizes.schema.ts:');
    console.error(JSON.stringify(parsed.error.issues.slice(0, 20), null, 2));
    writeFileSync(`${out}.invalid`, JSON.stringify(data, null, 2) + '\n');
    process.exit(1);
  }
  writeFileSync(out, JSON.stringify(parsed.data, null, 2) + '\n');
}

/** What was written, the checks that failed, and pitfalls that no longer fail as the page says. */
export function report(data: ImageSizes, out: string): void {
  const { checks } = data;
  const failed = checks.filter((c) => c.status === 'fail' && !c.expected_failure);
  const expected = checks.filter((c) => c.status === 'fail' && c.expected_failure);
  const surprises = checks.filter((c) => c.status === 'pass' && c.expected_failure);
  log(`wrote ${relative(ROOT, out)}: ${data.images.length} images, ${data.records.length} records, ${data.skipped.length} skipped, ${failed.length} failed checks (and ${expected.length} expected failures of pitfall examples)`);
  for (const c of checks) if (c.status !== 'pass' && !c.expected_failure) log(`check ${c.id}: ${c.status}: ${c.detail}`);
  for (const c of surprises) log(`check ${c.id}: pass, but it was expected to fail (${c.expected_failure}): the pitfall no longer shows what the page says`);
}
