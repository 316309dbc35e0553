/**
 * The parts of scripts/measure/ that need no Docker: the command line, reading build logs and
 * docker history, the context a .dockerignore lets through, discovery, and putting the data file
 * together from a previous one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { imageSizes, type BaseImage, type ImageSizes } from '../../src/data/image-sizes.schema.ts';
import { dataFile, publishedRecords, signalHandlingChecks } from '../../scripts/measure/assemble.ts';
import { diagnose, parseBuildLog } from '../../scripts/measure/build.ts';
import { parseArgs } from '../../scripts/measure/cli.ts';
import { parseProbe } from '../../scripts/measure/container.ts';
import { selectContext } from '../../scripts/measure/context.ts';
import { discover, selectExamples, tagFor } from '../../scripts/measure/discover.ts';
import { alignLayers, instructionOf, parseHistory } from '../../scripts/measure/layers.ts';
import { keepPrevious, type Lists } from '../../scripts/measure/previous.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = join(ROOT, 'scripts/measure/measure-images.ts');
const DATA = join(ROOT, 'src/data/image-sizes.json');

describe('command line', () => {
  it('reads every option, with a space or "="', () => {
    const o = parseArgs(['--base-map', 'm.json', '--only=a,b', '--repeat', '5', '--grace=3', '--out', 'x.json', '--extras']);
    assert.deepEqual(o, { baseMap: resolve('m.json'), only: 'a,b', repeat: 5, grace: 3, out: resolve('x.json'), extras: true, publishedOnly: false });
    assert.equal(parseArgs(['--published-only']).publishedOnly, true);
    assert.deepEqual(parseArgs(['--repeat', '0']).repeat, 1, 'at least one rebuild');
    assert.equal(parseArgs([]).out, DATA);
  });

  it('exits 64 with the usage on a bad option, 0 on --help, before asking for Docker', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
    const bad = run('--bogus');
    assert.equal(bad.status, 64);
    assert.match(bad.stderr, /^measure:images: unknown argument --bogus\nusage: /);
    assert.equal(run('--only').status, 64);
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stderr, /^usage: node scripts\/measure\/measure-images.ts /);
  });

  it('--published-only copies the published figures afresh and keeps every measured entry, without Docker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-published-'));
    try {
      const out = join(dir, 'image-sizes.json');
      const before = JSON.parse(readFileSync(DATA, 'utf8')) as ImageSizes;
      // A stale published figure and a missing one: both must come back as the sources have them.
      const stale = structuredClone(before);
      stale.records = stale.records.filter((r) => r.id !== 'published/scratch:compressed');
      for (const r of stale.records) if (r.method === 'published') r.size_bytes += 1;
      writeFileSync(out, JSON.stringify(stale));
      const r = spawnSync(process.execPath, [SCRIPT, '--published-only', '--out', out], { encoding: 'utf8', env: { ...process.env, PATH: '' } });
      assert.equal(r.status, 0, r.stderr);
      const after = imageSizes.parse(JSON.parse(readFileSync(out, 'utf8')));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      assert.deepEqual(after.records.filter((x) => x.method === 'published').sort(byId), publishedRecords().sort(byId));
      assert.deepEqual(after.images, before.images);
      assert.deepEqual(after.records.filter((x) => x.method !== 'published'), before.records.filter((x) => x.method !== 'published'));
      assert.deepEqual([after.skipped, after.checks, after.stand_ins, after.environment], [before.skipped, before.checks, before.stand_ins, before.environment]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('build log', () => {
  const log = 'Sending build context to Docker daemon  12.5kB\nStep 1/3 : FROM x\n ---> abc\nStep 2/3 : COPY go.mod .\n ---> Using cache\nStep 3/3 : RUN go build\n ---> Using cache\n';
  it('counts steps and cached steps, and reads the context size', () => {
    assert.deepEqual(parseBuildLog(log), { stepsTotal: 3, stepsCached: 2, contextText: '12.5kB', contextBytes: 12500 });
    assert.deepEqual(parseBuildLog(''), { stepsTotal: 0, stepsCached: 0, contextText: null, contextBytes: null });
  });

  const base = (standIn: string | null): { bases: BaseImage[] } => ({ bases: [{ ref: 'alpine:3.24', name: 'alpine:3.24', digest: null, stand_in: standIn }] });
  it('blames a stand-in only when one was used', () => {
    const out = "Step 2/3 : RUN apk add curl\n/bin/sh: apk: not found\nThe command '/bin/sh -c apk add curl' returned a non-zero code: 127\n";
    const d = diagnose(out, base('standin/alpine:3.24'));
    assert.equal(d.cause, 'stand-in');
    assert.equal(d.step, 'Step 2/3 : RUN apk add curl');
    assert.match(d.reason, /^apk is not in the Alpine stand-ins .*\. The command '\/bin\/sh -c apk add curl' returned a non-zero code: 127$/);
    assert.equal(diagnose(out, base(null)).cause, 'dockerfile');
  });

  it('tells BuildKit-only syntax, missing context files and unreachable registries apart', () => {
    assert.equal(diagnose('Step 3/5 : RUN --mount=type=cache,target=/x go build\nUnknown flag: mount\n', base(null)).cause, 'environment');
    const copy = diagnose('Step 2/2 : COPY payload.tar.gz /\nCOPY failed: file not found in build context\n', base(null));
    assert.equal(copy.cause, 'context');
    assert.match(copy.reason, / COPY failed: file not found in build context$/);
    assert.equal(diagnose('Step 1/2 : FROM nope\npull access denied for nope\n', base(null)).cause, 'environment');
    const own = diagnose('Step 1/1 : RUN false\nThe command returned a non-zero code: 1\n', base(null));
    assert.deepEqual([own.cause, own.reason], ['dockerfile', 'The command returned a non-zero code: 1']);
  });
});

describe('layers', () => {
  it('reads docker history oldest first, and names each row’s instruction', () => {
    const out = '{"CreatedBy":"/bin/sh -c #(nop)  CMD [\\"/app\\"]","Size":"0"}\n{"CreatedBy":"/bin/sh -c go build","Size":"1000"}\n{"CreatedBy":"COPY . . # buildkit","Size":"20"}\n';
    const hist = parseHistory(out);
    assert.deepEqual(hist.map((h) => h.size_bytes), [20, 1000, 0]);
    assert.deepEqual(hist.map((h) => instructionOf(h.created_by)), ['COPY', 'RUN', 'CMD']);
    assert.equal(instructionOf('|1 GOOS=linux /bin/sh -c go build'), 'RUN');
    assert.equal(instructionOf('something else'), null);
  });

  it('matches gzip sizes to history rows, skipping empty layers, and marks the base’s rows', () => {
    const hist = [{ created_by: 'ADD rootfs', size_bytes: 5 }, { created_by: '/bin/sh -c #(nop) CMD x', size_bytes: 0 }, { created_by: 'COPY x', size_bytes: 3 }];
    const saved = { history: [{ created_by: '', empty_layer: false }, { created_by: '', empty_layer: true }, { created_by: '', empty_layer: false }], layerGz: [50, 30] };
    const layers = alignLayers(hist, saved, 1);
    assert.deepEqual(layers.map((l) => [l.compressed_bytes, l.from_base]), [[50, true], [null, false], [30, false]]);
    assert.deepEqual(alignLayers(hist, { history: [], layerGz: [1, 2, 3] }, 0).map((l) => l.compressed_bytes), [1, 2, 3]);
    assert.deepEqual(alignLayers(hist, { history: [], layerGz: [1] }, 0).map((l) => l.compressed_bytes), [null, null, null]);
  });

  it('reads the probe of cache folders', () => {
    assert.deepEqual(parseProbe('/go/pkg/mod 12 3456\nnoise\n'), [{ path: '/go/pkg/mod', files: 12, bytes: 3456 }]);
  });
});

describe('build context', () => {
  const files = ['.dockerignore', '.git/HEAD', 'app.go', 'docs/a/b.md', 'go.mod', 'node_modules/x/y.js'];
  it('sends everything without an ignore file, its own .dockerignore included', () => {
    const c = selectContext(files, null);
    assert.deepEqual(c.files, files);
    assert.deepEqual(c.entries, ['.', '.git', 'docs', 'docs/a', 'node_modules', 'node_modules/x', ...files]);
  });

  it('leaves out what the ignore file excludes, folders and all, and the folder’s own .dockerignore', () => {
    const c = selectContext(files, '.git\nnode_modules\n*.md\n**/*.md\n');
    assert.deepEqual(c.files, ['app.go', 'go.mod']);
    assert.deepEqual(c.entries, ['.', 'app.go', 'go.mod']);
    assert.deepEqual(selectContext(files, '*\n!*.go\n').files, ['app.go']);
  });
});

describe('discovery', () => {
  it('finds original, final and each before/after pair; extras add the other Dockerfiles', () => {
    const all = discover(false);
    assert.deepEqual(all.slice(0, 2).map((e) => e.id), ['original', 'final']);
    assert.ok(all.slice(2).every((e) => e.variant === 'before' || e.variant === 'after'));
    assert.ok(all.some((e) => e.id === 'signal-handling/after' && e.practice === 'signal-handling'));
    const extras = discover(true).filter((e) => e.variant === 'extra');
    assert.ok(extras.some((e) => e.id === 'signal-handling/pitfall-single-quotes'));
    assert.deepEqual(discover(false, join(ROOT, 'no-such-folder')), []);
  });

  it('selects with --only by id or path, and tags each image', () => {
    const all = discover(false);
    assert.deepEqual(selectExamples(all, ['signal-handling/after', 'final.Dockerfile']).map((e) => e.id), ['final', 'signal-handling/after']);
    assert.equal(selectExamples(all, null), all);
    assert.equal(tagFor(all.find((e) => e.id === 'signal-handling/after')!), 'dfp-measure/signal-handling-after:latest');
  });
});

describe('assembling the data file', () => {
  const current = imageSizes.parse(JSON.parse(readFileSync(DATA, 'utf8')));

  it('kept whole by an --only that measures nothing: the lists come out as they are in the repository', () => {
    const lists: Lists = { stand_ins: [], images: [], records: publishedRecords(), skipped: [], checks: [] };
    const prev = JSON.parse(readFileSync(DATA, 'utf8')) as Record<string, unknown[]>;
    assert.equal(keepPrevious(prev, new Set(), lists), 0);
    lists.checks.push(...signalHandlingChecks(lists.records));
    const data = imageSizes.parse(dataFile(lists, current.environment));
    for (const k of ['stand_ins', 'images', 'records', 'skipped', 'checks'] as const) assert.deepEqual(data[k], current[k], k);
  });

  it('drops the re-measured Dockerfile’s entries from the previous file, and counts entries that no longer fit the schema', () => {
    const lists: Lists = { stand_ins: [], images: [], records: [], skipped: [], checks: [] };
    const prev = JSON.parse(readFileSync(DATA, 'utf8')) as Record<string, unknown[]>;
    prev.images = [...prev.images!, { id: 'broken' }];
    const redone = current.images[0]!.dockerfile;
    assert.equal(keepPrevious(prev, new Set([redone]), lists), 1);
    assert.ok(!lists.images.some((im) => im.dockerfile === redone));
    assert.ok(!lists.records.some((r) => r.dockerfile === redone || r.method === 'published'));
    assert.ok(!lists.checks.some((c) => c.id === `run/${current.images[0]!.id}`));
  });

  it('checks signal-handling’s stop times, or says they were not measured', () => {
    const checks: ImageSizes['checks'] = signalHandlingChecks([]);
    assert.deepEqual(checks.map((c) => c.status), ['not-run', 'not-run']);
  });
});
