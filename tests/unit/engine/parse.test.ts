/**
 * The engine's lean parse (dockerfile-ast's Parser scanner, recording offsets) must find
 * exactly what the standard `DockerfileParser.parse` finds: the same instructions with the
 * same ranges and keywords, the same comments and the same escape character. Otherwise
 * findings would move.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Util } from 'dockerfile-ast/lib/util.js';
import { parseDockerfile, type Outline } from '../../../src/engine/parse.ts';
import { filesUnder } from '../files.ts';
import { dockerfileLike, edit, examples, mutate } from './arbitraries.ts';

function plain(o: Outline) {
  return {
    instructions: o.instructions.map(({ keyword, start, keywordEnd, end }) => ({ keyword, start, keywordEnd, end })),
    comments: o.comments.map(({ start, end }) => ({ start, end })),
    escape: o.escape,
  };
}

function same(text: string): void {
  // 'lean' never falls back, so a lean parse that throws fails here instead of hiding.
  const lean = plain(parseDockerfile(text, undefined, 'lean'));
  assert.deepEqual(lean, plain(parseDockerfile(text, undefined, 'standard')), `parses differ on ${JSON.stringify(text)}`);
}

describe('the lean parse', () => {
  it("answers dockerfile-ast's byte-order-mark question as its own Buffer check does, without Buffer", () => {
    const utf8Bom = (char: string) => {
      const bytes = Uint8Array.from(Buffer.from(char, 'utf8'));
      return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    };
    for (const char of ['\uFEFF', '', 'F', '#', '\uFFFE', '\u00EF', '\uD800', '\uDC00', ' ']) assert.equal(Util.isUTF8BOM(char), utf8Bom(char), JSON.stringify(char));
    fc.assert(fc.property(fc.string({ maxLength: 1, unit: 'binary' }), (char) => Util.isUTF8BOM(char) === utf8Bom(char)));
    // As in a browser, which has no Buffer.
    const global = globalThis as { Buffer?: unknown };
    const saved = global.Buffer;
    delete global.Buffer;
    try {
      assert.equal(parseDockerfile('\uFEFFFROM alpine\n', undefined, 'lean').instructions[0]?.start, 1);
      assert.equal(parseDockerfile('\uFEFFFROM alpine\n', undefined, 'standard').instructions[0]?.start, 1);
    } finally {
      global.Buffer = saved;
    }
  });

  it('runs on the pinned dockerfile-ast: the Parser internals it relies on are there', () => {
    assert.doesNotThrow(() => parseDockerfile('FROM alpine\n', undefined, 'lean'));
  });

  it('finds what DockerfileParser.parse finds in every example Dockerfile and rule example', () => {
    const files = filesUnder(new URL('../../../examples', import.meta.url).pathname, /Dockerfile$/);
    const texts = [...files.map((f) => readFileSync(f, 'utf8')), ...examples];
    assert.ok(texts.length > 200, `only ${texts.length} examples found`);
    for (const text of texts) same(text);
  });

  it('finds what DockerfileParser.parse finds in heredocs, ONBUILD triggers, escape directives and CRLF', () => {
    for (const text of [
      'FROM alpine\nRUN <<EOF\necho hi\nEOF\nCOPY <<-A <<B /x\n\tone\n\tA\ntwo\nB\n',
      'FROM alpine\nONBUILD COPY <<EOF /x\nhello\nEOF\nONBUILD\nONBUILD RUN echo',
      '# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  # inside\n  c:\\\n',
      '\uFEFF# syntax=docker/dockerfile:1\r\nFROM alpine\r\nRUN a \\\r\n b\r\n',
      'FROM alpine\nRUN echo \\ \n  hi\nRUN [ "a" , "b" ]\nCMD []\n',
    ])
      same(text);
  });

  it('finds what DockerfileParser.parse finds in random and mutated input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), same), { numRuns: 300 });
    fc.assert(fc.property(dockerfileLike, same), { numRuns: 1000 });
    fc.assert(fc.property(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => same(mutate(text, edits))), { numRuns: 1000 });
  });
});
