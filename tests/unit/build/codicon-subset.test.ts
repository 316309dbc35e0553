import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readCmap, subsetTrueType } from '../../../src/build/font-subset.ts';
import { codePoints, codiconsNamed } from '../../../src/build/vite-plugin-codicon-subset.ts';
import { CODICONS } from '../../../src/build/codicons.ts';

const codicon = readFileSync(new URL('../../../node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.ttf', import.meta.url));
const LIGHT_BULB = 0xea61;

/** The table directory: tag to [checksum, offset, length]. */
function directory(font: Uint8Array): Map<string, [number, number, number]> {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, [number, number, number]>();
  for (let i = 0; i < v.getUint16(4); i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...font.subarray(at, at + 4)), [v.getUint32(at + 4), v.getUint32(at + 8), v.getUint32(at + 12)]);
  }
  return tables;
}

function sum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const v = new DataView(padded.buffer);
  let s = 0;
  for (let i = 0; i < padded.length; i += 4) s = (s + v.getUint32(i)) >>> 0;
  return s;
}

/** A glyph's outline bytes (short or long loca). */
function outline(font: Uint8Array, glyph: number): Uint8Array {
  const tables = directory(font);
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const short = v.getInt16(tables.get('head')![1] + 50) === 0;
  const loca = tables.get('loca')![1];
  const glyf = tables.get('glyf')![1];
  const at = (g: number) => (short ? v.getUint16(loca + 2 * g) * 2 : v.getUint32(loca + 4 * g));
  return Uint8Array.from(font.subarray(glyf + at(glyph), glyf + at(glyph + 1)));
}

test('the subset maps only the code points asked for, to the same glyphs with the same outlines', () => {
  const original = readCmap(codicon);
  const asked = [LIGHT_BULB, 0xea76, 0xeb05];
  const subset = subsetTrueType(codicon, asked);
  const cmap = readCmap(subset);
  assert.deepEqual([...cmap.keys()].sort(), asked.sort());
  for (const code of asked) {
    const glyph = cmap.get(code)!;
    assert.equal(glyph, original.get(code));
    assert.ok(outline(subset, glyph).length > 0);
    // Outlines are copied whole; the subset pads each to four bytes.
    assert.deepEqual(outline(subset, glyph).subarray(0, outline(codicon, glyph).length), outline(codicon, glyph));
  }
  const dropped = original.get(0xea60)!;
  assert.ok(outline(codicon, dropped).length > 0);
  assert.equal(outline(subset, dropped).length, 0);
  assert.ok(subset.length < codicon.length / 10, `${subset.length} bytes`);
});

test('the subset is a well-formed font: table checksums and the head checksum adjustment hold', () => {
  const subset = subsetTrueType(codicon, [LIGHT_BULB]);
  const tables = directory(subset);
  for (const [tag, [checksum, offset, length]] of tables) {
    const data = subset.slice(offset, offset + length);
    if (tag === 'head') new DataView(data.buffer).setUint32(8, 0);
    assert.equal(checksum, sum(data), tag);
  }
  assert.equal(sum(subset), 0xb1b0afba);
});

test('a code point the font has no glyph for is an error, not a blank icon', () => {
  assert.throws(() => subsetTrueType(codicon, [0x41]), /no glyph for U\+41/);
});

test('the icons a module names are its Codicon.<name> member reads, and each is a codicon', () => {
  const code = 'const a = Codicon.lightBulb; registerIcon("x", Codicon.close, "y"); Codicon[name]; Other.sparkle; const s = "Codicon.check";';
  assert.deepEqual([...codiconsNamed(code)].sort(), ['close', 'lightBulb']);
  assert.deepEqual(codePoints(['lightBulb']), [LIGHT_BULB]);
  assert.throws(() => codePoints(['noSuchIcon']), /Codicon\.noSuchIcon is not a codicon/);
  // Every listed icon has a glyph in the font Monaco ships.
  assert.doesNotThrow(() => subsetTrueType(codicon, codePoints(CODICONS)));
});
