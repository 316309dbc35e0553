/**
 * The pinned base images: every FROM under examples/ that carries a digest names an image that
 * src/data/base-images.ts records, with that record's tag and digest, so an image is updated in
 * one place and the examples cannot drift from the data the pages cite.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { imageName, pinnedBaseImages, pinnedReference } from '../../src/data/base-images.ts';
import { buildModel } from '../../src/engine/model.ts';
import { filesUnder } from './files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dockerfiles = filesUnder(join(root, 'examples'), /\.Dockerfile$/);

/** Every FROM image written with a digest, as the engine reads it. */
function pinnedFroms(file: string): { line: number; ref: string; name: string; digest: string }[] {
  const model = buildModel(readFileSync(file, 'utf8'));
  const out: { line: number; ref: string; name: string; digest: string }[] = [];
  for (const stage of model.stages) {
    const ref = stage.ref;
    if (!stage.from || !ref || ref.digest === null) continue;
    const name = ref.text.slice(0, ref.text.length - ref.digest.length - 1);
    out.push({ line: model.lines.lineOf(stage.from.start) + 1, ref: ref.text, name, digest: ref.digest });
  }
  return out;
}

describe('pinned base images', () => {
  it('finds the example Dockerfiles and their pinned FROMs', () => {
    assert.ok(dockerfiles.length > 0);
    assert.ok(dockerfiles.some((f) => pinnedFroms(f).length > 0), 'no FROM with a digest under examples/');
  });

  for (const file of dockerfiles) {
    const rel = relative(root, file);
    const froms = pinnedFroms(file);
    if (froms.length === 0) continue;
    it(`${rel}: every FROM with a digest is a recorded image`, () => {
      for (const f of froms) {
        const record = pinnedBaseImages.find((b) => imageName(b) === f.name);
        assert.ok(record, `${rel}:${f.line} pins ${f.name}, which src/data/base-images.ts does not record`);
        assert.equal(f.ref, pinnedReference(record), `${rel}:${f.line} pins ${f.name} to a digest other than src/data/base-images.ts records`);
      }
    });
  }

  it('records each image once, with a source at a commit and a real-looking digest', () => {
    const names = pinnedBaseImages.map(imageName);
    assert.equal(new Set(names).size, names.length, 'an image is recorded twice');
    for (const b of pinnedBaseImages) {
      assert.match(b.digest, /^sha256:[0-9a-f]{64}$/, `${imageName(b)} digest`);
      assert.match(b.source.commit, /^[0-9a-f]{40}$/, `${imageName(b)} source commit`);
      assert.match(b.source.read, /^\d{4}-\d{2}-\d{2}$/, `${imageName(b)} date read`);
      if (b.compressed) assert.notEqual(b.compressed.manifest_digest, b.digest, `${imageName(b)}: the index digest is pinned, the size is a platform manifest's`);
    }
  });

  it('every recorded image is used by an example', () => {
    const used = new Set(dockerfiles.flatMap((f) => pinnedFroms(f).map((x) => x.name)));
    for (const b of pinnedBaseImages) assert.ok(used.has(imageName(b)), `${imageName(b)} is recorded but no example pins it`);
  });
});
