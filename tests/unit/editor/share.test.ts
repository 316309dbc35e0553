import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeShare,
  encodeShare,
  findingKeys,
  fromBase64Url,
  madeNow,
  MAX_SHARE_BYTES,
  MAX_SHARE_HASH_LENGTH,
  shareTarget,
  toBase64Url,
  ShareTooLargeError,
  staleShareMessage,
  missingExampleMessage,
} from '../../../src/editor/share.ts';
import { ENGINE_VERSION } from '../../../src/data/version.ts';
import { lint } from '../../../src/linter/index.ts';
import project from '../../../package.json' with { type: 'json' };

const NONE = madeNow([], '2026-12-06');

async function roundTrip(texts: string[]): Promise<string[]> {
  const hash = await encodeShare('copy-over-add-before-dockerfile', texts, NONE);
  const decoded = await decodeShare(`#${hash}`);
  assert.ok(decoded.ok, `decodes: ${JSON.stringify(decoded)}`);
  assert.equal(decoded.id, 'copy-over-add-before-dockerfile');
  return decoded.texts;
}

test('share links round-trip any text exactly: empty, CRLF, tabs, emoji, lone surrogates aside', async () => {
  for (const text of ['', 'FROM scratch\n', 'FROM a\r\nRUN b\r\n', '\tRUN "ü" `x` 🚀\n\\\n', 'x'.repeat(10_000)]) {
    assert.deepEqual(await roundTrip([text]), [text]);
  }
  assert.deepEqual(await roundTrip(['FROM a\n', '.git\n**/.env\n']), ['FROM a\n', '.git\n**/.env\n']);
});

test('share links round-trip 64 KB of incompressible text', async () => {
  let text = '';
  let seed = 42;
  while (text.length < 64 * 1024) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(32 + (seed % 95));
    if (seed % 37 === 0) text += '\n';
  }
  assert.deepEqual(await roundTrip([text]), [text]);
});

test('share links round-trip generated texts (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { minLength: 1, maxLength: 2 }), async (texts) => {
      assert.deepEqual(await roundTrip(texts), texts);
    }),
    { numRuns: 100 },
  );
});

test('the hash names its version and editor', async () => {
  const hash = await encodeShare('playground', ['FROM a\n'], NONE);
  assert.match(hash, /^share=2\.playground\.[A-Za-z0-9_-]+$/);
  assert.equal(shareTarget(`#${hash}`), 'playground');
  assert.equal(shareTarget('#why-it-matters'), null);
  await assert.rejects(encodeShare('Bad Id', ['x'], NONE));
});

test('damaged links are reported as corrupt, never thrown', async () => {
  const good = await encodeShare('ex', ['FROM alpine:3.21\nRUN echo hello\n'], NONE);
  const cases = [
    '#share=1.ex.',
    '#share=1.ex.!!!!',
    `#${good.slice(0, -6)}`,
    '#share=1.ex',
    '#share=x.ex.AAAA',
    `#share=1.ex.${toBase64Url(new TextEncoder().encode('not deflate'))}`,
    '#share=1.EX.AAAA',
  ];
  for (const hash of cases) {
    const decoded = await decodeShare(hash);
    assert.equal(decoded.ok, false, hash);
    if (!decoded.ok) assert.equal(decoded.reason, 'corrupt', hash);
  }
});

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

test('valid deflate that is not a JSON array of strings is corrupt', async () => {
  for (const json of ['{"a":1}', '[1]', '[]', 'null', 'FROM x', JSON.stringify(Array(9).fill('x'))]) {
    const decoded = await decodeShare(`#share=1.ex.${await deflate(json)}`);
    assert.deepEqual(decoded, { ok: false, id: 'ex', reason: 'corrupt' }, json);
  }
});

test('a newer format version is refused with its own reason', async () => {
  const decoded = await decodeShare(`#share=3.ex.${await deflate('["x"]')}`);
  assert.deepEqual(decoded, { ok: false, id: 'ex', reason: 'unsupported-version' });
});

test('oversized links are refused: long hashes before decoding, decompression bombs while inflating', async () => {
  const long = await decodeShare(`#share=1.ex.${'A'.repeat(MAX_SHARE_HASH_LENGTH)}`);
  assert.deepEqual(long, { ok: false, id: 'ex', reason: 'oversized' });
  const bomb = await deflate(JSON.stringify(['a'.repeat(MAX_SHARE_BYTES * 4)]));
  assert.ok(bomb.length < 10_000, 'a bomb is small');
  const decoded = await decodeShare(`#share=1.ex.${bomb}`);
  assert.deepEqual(decoded, { ok: false, id: 'ex', reason: 'oversized' });
  await assert.rejects(encodeShare('ex', ['a'.repeat(MAX_SHARE_BYTES)], NONE), ShareTooLargeError);
});

test('base64url is canonical: no padding, no stray bits', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      assert.deepEqual(fromBase64Url(toBase64Url(bytes)), bytes);
    }),
  );
  assert.equal(fromBase64Url('A'), null);
  assert.equal(fromBase64Url('AB'), null, 'leftover bits set');
  assert.equal(fromBase64Url('AA=='), null);
});

test('a link records the version of the rules, the day and what they found, and reads them back', async () => {
  const text = 'FROM alpine:latest\nCOPY . /app\n';
  const found = lint(text, { dockerignore: '', now: '2026-12-06' });
  const decoded = await decodeShare(`#${await encodeShare('playground', [text, ''], madeNow(found, '2026-12-06'))}`);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.made, { engine: ENGINE_VERSION, date: '2026-12-06', findings: findingKeys(found) });
  assert.ok(decoded.made.findings.includes('latest-tag@1'), decoded.made.findings.join(' '));
});

test('the version a link and a SARIF report record is the project\'s, as package.json states it', () => {
  assert.equal(ENGINE_VERSION, project.version);
});

test('format-1 links (texts only, as the site made them before) still open, with nothing to compare', async () => {
  const decoded = await decodeShare(`#share=1.ex.${await deflate('["FROM a\\n"]')}`);
  assert.deepEqual(decoded, { ok: true, id: 'ex', texts: ['FROM a\n'], made: null });
});

test('a format-2 payload with a missing or malformed record is corrupt', async () => {
  const texts = ['FROM a\n'];
  for (const payload of [
    { texts },
    { texts, engine: '0.1.0', date: 'yesterday', findings: [] },
    { texts, engine: '0.1.0', date: '2026-12-06', findings: [1] },
    { texts: [], engine: '0.1.0', date: '2026-12-06', findings: [] },
    ['FROM a\n'],
  ]) {
    const decoded = await decodeShare(`#share=2.ex.${await deflate(JSON.stringify(payload))}`);
    assert.deepEqual(decoded, { ok: false, id: 'ex', reason: 'corrupt' }, JSON.stringify(payload));
  }
});

test('a reader is told when the rules no longer find what they found when the link was made', () => {
  const then = { engine: '0.0.9', date: '2026-01-02', findings: ['latest-tag@1', 'root-user@4'] };
  assert.equal(staleShareMessage(then, { engine: '0.1.0', date: '2026-12-06', findings: ['root-user@4', 'latest-tag@1'] }), null, 'same findings, any order: nothing to say');
  assert.equal(
    staleShareMessage(then, { engine: '0.1.0', date: '2026-12-06', findings: ['latest-tag@1', 'env-file-in-context@.dockerignore:2'] }),
    'This link was made on 2026-01-02 by version 0.0.9 of the rules; this site runs version 0.1.0, and it finds something else. ' +
      'Found now, not then: env-file-in-context (.dockerignore line 2). Found then, not now: root-user (line 4).',
  );
  assert.match(
    staleShareMessage({ ...then, engine: '0.1.0' }, { engine: '0.1.0', date: '2026-12-06', findings: [...then.findings, 'latest-tag@1'] }) ?? '',
    /^This link was made on 2026-01-02 with the same version of the rules \(0\.1\.0\), and today they find something else\. Found now, not then: latest-tag \(line 1\)\.$/,
    'a second finding of the same rule on the same line counts',
  );
});

test('a link to an example the page no longer has is named in its message', () => {
  assert.match(missingExampleMessage('copy-over-add-before-dockerfile'), /"copy-over-add-before-dockerfile".*no longer has/);
});
