/**
 * src/data/image-sizes.json: the figures behind the size, build-time and stop-time tables.
 * It is written by `npm run measure:images`; these tests make sure it stays valid, traceable
 * and in step with the examples and the pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addedCompressedBytes, imageSizes, recordById } from '../../src/data/image-sizes.schema.ts';
import { imageName, pinnedBaseImages } from '../../src/data/base-images.ts';
import { resolveBases } from '../../scripts/measure/bases.ts';
import { pinnedBasePublished } from '../../scripts/measure/assemble.ts';
import type { ImageSizes } from '../../src/data/image-sizes.schema.ts';
import { expectedRunFailures, sortData } from '../../scripts/measure/data-file.ts';
import { filesUnder } from './files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = join(ROOT, 'src/data/image-sizes.json');
const PUBLISHED = join(ROOT, 'scripts/measure/published.json');

const raw: unknown = JSON.parse(readFileSync(DATA, 'utf8'));

let parsed: ImageSizes | undefined;

/** The data, parsed once (lazily, so an invalid file fails the schema test with its message). */
function data(): ImageSizes {
  return (parsed ??= imageSizes.parse(raw));
}

test('image-sizes.json validates against its schema', () => {
  const result = imageSizes.safeParse(raw);
  assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 10), null, 2));
});

test("every record's, image's and skipped entry's Dockerfile exists under examples/", () => {
  const d = data();
  const paths = [
    ...d.records.map((r) => r.dockerfile),
    ...d.images.map((im) => im.dockerfile),
    ...d.skipped.map((s) => s.dockerfile),
  ].filter((p): p is string => p !== null);
  const missing = [...new Set(paths)].filter((p) => !existsSync(join(ROOT, 'examples', p)));
  assert.deepEqual(missing, [], `records name Dockerfiles that do not exist: ${missing.join(', ')}. Re-run npm run measure:images.`);
});

test('no record lacks provenance', () => {
  for (const r of data().records) {
    if (r.method === 'published') {
      assert.match(r.source_url, /^https:\/\//, `${r.id}: source_url`);
      assert.match(r.source_date, /^\d{4}-\d{2}/, `${r.id}: source_date`);
      assert.equal(r.stand_in, false, `${r.id}: a published figure is never a stand-in`);
    } else {
      assert.ok(r.method, `${r.id}: method`);
      assert.ok(!Number.isNaN(Date.parse(r.measured_at)), `${r.id}: measured_at`);
      for (const [k, v] of Object.entries(r.tools)) assert.ok(v, `${r.id}: tools.${k}`);
      assert.equal(typeof r.stand_in, 'boolean', `${r.id}: stand_in`);
    }
  }
});

test('size records never mix kinds: uncompressed comes from docker image inspect, compressed from the gzip layer sum', () => {
  for (const r of data().records) {
    if (r.kind !== 'image-size' || r.method === 'published') continue;
    const expected = r.size_kind === 'uncompressed' ? 'docker image inspect' : 'gzip layer sum';
    assert.equal(r.method, expected, `${r.id}: ${r.size_kind} measured by ${r.method}`);
  }
});

test('measured size records agree with the image they name, and its layers add up', () => {
  const d = data();
  for (const r of d.records) {
    if (r.kind !== 'image-size' || r.method === 'published') continue;
    const im = d.images.find((i) => i.id === r.image);
    assert.ok(im, `${r.id}: image ${r.image}`);
    assert.equal(r.size_bytes, r.size_kind === 'uncompressed' ? im.uncompressed_bytes : im.compressed_bytes, r.id);
    assert.equal(r.stand_in, im.stand_in, `${r.id}: stand_in`);
  }
  for (const im of d.images) {
    const sum = im.layers.reduce((a, l) => a + l.size_bytes, 0);
    assert.equal(sum, im.uncompressed_bytes, `${im.id}: docker history layer sizes sum to the image size`);
    const gz = im.layers.reduce((a, l) => a + (l.compressed_bytes ?? 0), 0);
    if (im.layers.every((l) => l.compressed_bytes !== null || l.size_bytes === 0)) {
      assert.equal(gz, im.compressed_bytes, `${im.id}: layer gzip sizes sum to the compressed size`);
    }
  }
});

test('stand-in figures are flagged as such', () => {
  const d = data();
  for (const im of d.images) {
    assert.equal(im.stand_in, im.bases.some((b) => b.stand_in !== null), `${im.id}: stand_in flag matches its bases`);
  }
  if (d.images.some((im) => im.stand_in)) assert.ok(d.stand_ins.length > 0, 'stand_ins[] lists the stand-ins used');
});

test('published records are copied unchanged from scripts/measure/published.json and src/data/base-images.ts', () => {
  const src = { records: [...(JSON.parse(readFileSync(PUBLISHED, 'utf8')) as { records: Record<string, unknown>[] }).records, ...(pinnedBasePublished() as unknown as Record<string, unknown>[])] };
  const d = data();
  for (const p of src.records) {
    const r = recordById(d, String(p.id)) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(p)) assert.deepEqual(r[k], v, `${String(p.id)}.${k}`);
  }
  const extra = d.records.filter((r) => r.method === 'published' && !src.records.some((p) => p.id === r.id));
  assert.deepEqual(extra.map((r) => r.id), [], 'published records that are not in published.json');
});

/**
 * Every table row resolves to a record. Tables name rows by record id; any quoted string in the
 * pages or components shaped like one ("<practice>/<variant>:<figure>", "walkthrough/<step>:…",
 * "original:…", "final:…", "published/…:…") must name a record that exists.
 */
test('every record id named in the pages and components resolves to a record', () => {
  const d = data();
  const ids = new Set(d.records.map((r) => r.id));
  const idLike = /["'`]((?:[a-z0-9-]+\/[a-z0-9.-]+|original|final):(?:uncompressed|compressed|stop|warm-rebuild|context|context-no-dockerignore))["'`]/g;
  const files = ['content', 'src/components', 'src/pages'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(mdx?|astro|tsx?)$/));
  const unresolved: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(idLike)) {
      if (!ids.has(m[1]!)) unresolved.push(`${f.slice(ROOT.length + 1)}: ${m[1]}`);
    }
  }
  assert.deepEqual(unresolved, [], 'table rows that name no record in src/data/image-sizes.json');
});

/**
 * Every row of every size component on the pages resolves: `image="…"` and `image: '…'` name a
 * measured image, `published: '…'` a published figure (with its ":uncompressed" or ":compressed"
 * record), `record: '…'` and `id="…"` a record.
 */
test('every row of the size components on the pages resolves to a record', () => {
  const d = data();
  const recordIds = new Set(d.records.map((r) => r.id));
  const imageIds = new Set(d.images.map((im) => im.id));
  const tag = /<(SizeTable|BaseSumTable|LayerChart|RebuildTable|ContextTable|StopTable|Size)\b[\s\S]*?\/>/g;
  const ref = /\b(image|published|record|id)(?:=|:\s*)["']([^"']+)["']/g;
  const unresolved: string[] = [];
  let rows = 0;
  const pages = filesUnder(join(ROOT, 'content'), /\.mdx?$/);
  for (const page of pages) {
    for (const t of readFileSync(page, 'utf8').matchAll(tag)) {
      const component = t[1]!;
      for (const m of t[0].matchAll(ref)) {
        const [, key, value] = m as unknown as [string, string, string];
        if (key === 'id' && component !== 'Size') continue; // a table's own anchor id
        rows++;
        const ok =
          key === 'image' ? imageIds.has(value) : key === 'published' ? recordIds.has(`${value}:uncompressed`) || recordIds.has(`${value}:compressed`) : recordIds.has(value);
        if (!ok) unresolved.push(`${page.slice(ROOT.length + 1)}: <${component}> ${key} ${value}`);
      }
    }
  }
  assert.ok(rows > 0, 'no size component found in content/');
  assert.deepEqual(unresolved, [], 'size-component rows that name nothing in src/data/image-sizes.json');
});

/**
 * The computed tables (BaseSumTable) add a published base size to the layers an example adds:
 * the split must account for the whole measured image, and each row's example must end today
 * on a base src/data/base-images.ts records with a published size, or on scratch.
 */
test("an image's added layers and its base's layers make up its measured compressed size", () => {
  for (const im of data().images) {
    const base = im.layers.filter((l) => l.from_base).reduce((sum, l) => sum + (l.compressed_bytes ?? 0), 0);
    assert.equal(base + addedCompressedBytes(im), im.compressed_bytes, `${im.id}: base layers + added layers`);
    if (im.final_base.name === 'scratch') assert.equal(base, 0, `${im.id}: scratch adds no layer`);
  }
});

test('every BaseSumTable row names an example that ends on a recorded base or scratch', () => {
  const d = data();
  const rows = filesUnder(join(ROOT, 'content'), /\.mdx?$/).flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/<BaseSumTable\b[\s\S]*?\/>/g)].flatMap((t) => [...t[0].matchAll(/\bimage:\s*'([^']+)'/g)].map((m) => m[1]!)),
  );
  assert.ok(rows.length > 0, 'no BaseSumTable rows in content/');
  for (const id of rows) {
    const im = d.images.find((i) => i.id === id);
    assert.ok(im, `BaseSumTable row ${id} names no measured image`);
    const now = resolveBases(readFileSync(join(ROOT, 'examples', im.dockerfile), 'utf8'), new Map()).finalBase.name;
    assert.ok(now === 'scratch' || pinnedBaseImages.some((b) => imageName(b) === now), `${im.dockerfile} ends on ${now}, which src/data/base-images.ts does not record`);
  }
});

test('recordById names the missing id', () => {
  assert.throws(() => recordById(data(), 'no-such/after:uncompressed'), /no-such\/after:uncompressed/);
});

test('image-sizes.json is in the order measure-images.ts writes it', () => {
  const d = data();
  const sorted = sortData(structuredClone(d));
  for (const k of ['stand_ins', 'images', 'records', 'skipped', 'checks'] as const) {
    const key = (x: object) => ('id' in x ? String(x.id) : 'dockerfile' in x ? String(x.dockerfile) : 'ref' in x ? String(x.ref) : JSON.stringify(x));
    assert.deepEqual(d[k].map(key), sorted[k].map(key), `${k} is out of order: re-run npm run measure:images, or sort it with sortData`);
  }
});

test('every failed check is a pitfall whose failure is the point, and every such pitfall fails', () => {
  const d = data();
  const unexpected = d.checks.filter((c) => c.status === 'fail' && !c.expected_failure).map((c) => `${c.id}: ${c.detail}`);
  assert.deepEqual(unexpected, [], 'failed checks');
  for (const c of d.checks) {
    const why = c.id.startsWith('run/') ? expectedRunFailures[c.id.slice(4)] : undefined;
    assert.equal(c.expected_failure, why, `${c.id}: expected_failure as scripts/measure/data-file.ts has it`);
    if (why) {
      assert.match(c.id, /\/pitfall-/, `${c.id}: only pitfall examples are meant to fail`);
      assert.equal(c.status, 'fail', `${c.id} was expected to fail (${why})`);
    }
  }
});
