/**
 * A TrueType subsetter small enough for an icon font: it keeps the glyphs of the code points
 * asked for (and glyph 0, .notdef), empties every other glyph's outline, and maps only the kept
 * code points, so a code point left out falls back to another font instead of drawing blank.
 * Glyph ids do not change, so hmtx, GSUB and the rest stay as they are. Glyph names (post
 * format 2) are dropped: browsers do not read them.
 *
 * The OpenType tables used: https://learn.microsoft.com/typography/opentype/spec/otff
 * (table directory and checksums), cmap (format 4), glyf, loca, head, maxp, post.
 */

interface Table {
  tag: string;
  data: Uint8Array;
}

function readTables(font: Uint8Array): Table[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000) throw new Error(`not a TrueType font (sfnt version 0x${version.toString(16)})`);
  const tables: Table[] = [];
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    tables.push({ tag, data: font.subarray(offset, offset + view.getUint32(at + 12)) });
  }
  return tables;
}

const dataView = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

function table(tables: readonly Table[], tag: string): Uint8Array {
  const t = tables.find((x) => x.tag === tag);
  if (!t) throw new Error(`the font has no ${tag} table`);
  return t.data;
}

/** Code point to glyph id, from the font's Windows Unicode BMP subtable (cmap format 4). */
export function readCmap(font: Uint8Array): Map<number, number> {
  const cmap = table(readTables(font), 'cmap');
  const v = dataView(cmap);
  for (let i = 0; i < v.getUint16(2); i++) {
    const platform = v.getUint16(4 + 8 * i);
    const encoding = v.getUint16(6 + 8 * i);
    const offset = v.getUint32(8 + 8 * i);
    if (platform !== 3 || encoding !== 1 || v.getUint16(offset) !== 4) continue;
    const map = new Map<number, number>();
    const segments = v.getUint16(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const end = v.getUint16(ends + 2 * s);
      const start = v.getUint16(starts + 2 * s);
      const delta = v.getInt16(deltas + 2 * s);
      const rangeOffset = v.getUint16(rangeOffsets + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = v.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) map.set(c, glyph);
      }
    }
    return map;
  }
  throw new Error('the font has no Windows Unicode BMP cmap (3, 1, format 4)');
}

/** One format 4 subtable for the pairs (runs of consecutive code points and glyphs share a segment), used for Unicode and Windows. */
function writeCmap(pairs: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const segments: Array<{ start: number; end: number; delta: number }> = [];
  for (const [code, glyph] of [...pairs].sort((a, b) => a[0] - b[0])) {
    if (code > 0xfffe) throw new Error(`U+${code.toString(16)} is beyond the BMP`);
    const last = segments.at(-1);
    if (last && code === last.end + 1 && glyph - code === last.delta) last.end = code;
    else segments.push({ start: code, end: code, delta: glyph - code });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const subtableLength = 16 + 8 * n;
  const out = new Uint8Array(4 + 2 * 8 + subtableLength);
  const v = dataView(out);
  v.setUint16(2, 2);
  for (const [i, [platform, encoding]] of [[0, 3], [3, 1]].entries()) {
    v.setUint16(4 + 8 * i, platform!);
    v.setUint16(6 + 8 * i, encoding!);
    v.setUint32(8 + 8 * i, 20);
  }
  const s = 20;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n));
  v.setUint16(s, 4);
  v.setUint16(s + 2, subtableLength);
  v.setUint16(s + 6, 2 * n);
  v.setUint16(s + 8, searchRange);
  v.setUint16(s + 10, Math.log2(searchRange / 2));
  v.setUint16(s + 12, 2 * n - searchRange);
  segments.forEach((seg, i) => {
    v.setUint16(s + 14 + 2 * i, seg.end);
    v.setUint16(s + 16 + 2 * n + 2 * i, seg.start);
    v.setUint16(s + 16 + 4 * n + 2 * i, seg.delta & 0xffff);
    // idRangeOffset stays 0: every glyph is code point + delta.
  });
  return out;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const v = dataView(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

function writeFont(tables: Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const headerLength = 12 + 16 * n;
  const pad = (x: number) => Math.ceil(x / 4) * 4;
  const out = new Uint8Array(headerLength + sorted.reduce((sum, t) => sum + pad(t.data.length), 0));
  const v = dataView(out);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(n));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, searchRange);
  v.setUint16(8, Math.log2(searchRange / 16));
  v.setUint16(10, 16 * n - searchRange);
  let offset = headerLength;
  let headOffset = -1;
  sorted.forEach((t, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
    if (t.tag === 'head') {
      headOffset = offset;
      dataView(t.data).setUint32(8, 0); // checkSumAdjustment is computed over the whole font below
    }
    v.setUint32(at + 4, checksum(t.data));
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  v.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The font with only the glyphs of `codePoints` (and .notdef); throws if one has no glyph. */
export function subsetTrueType(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const tables = readTables(font).map((t) => ({ tag: t.tag, data: t.data.slice() }));
  const cmap = readCmap(font);
  const pairs: Array<[number, number]> = [];
  for (const code of new Set(codePoints)) {
    const glyph = cmap.get(code);
    if (glyph === undefined) throw new Error(`the font has no glyph for U+${code.toString(16).toUpperCase()}`);
    pairs.push([code, glyph]);
  }
  const keep = new Set([0, ...pairs.map(([, g]) => g)]);

  const head = dataView(table(tables, 'head'));
  const shortLoca = head.getInt16(50) === 0;
  const glyphs = dataView(table(tables, 'maxp')).getUint16(4);
  const loca = dataView(table(tables, 'loca'));
  const glyf = table(tables, 'glyf');
  const at = (g: number) => (shortLoca ? loca.getUint16(2 * g) * 2 : loca.getUint32(4 * g));
  const newGlyf: Uint8Array[] = [];
  const newLoca = new Uint8Array((glyphs + 1) * (shortLoca ? 2 : 4));
  const nl = dataView(newLoca);
  let offset = 0;
  for (let g = 0; g <= glyphs; g++) {
    if (shortLoca) nl.setUint16(2 * g, offset / 2);
    else nl.setUint32(4 * g, offset);
    if (g === glyphs || !keep.has(g)) continue;
    const outline = glyf.subarray(at(g), at(g + 1));
    if (outline.length >= 2 && dataView(outline).getInt16(0) < 0) throw new Error(`glyph ${g} is composite, which this subsetter does not follow`);
    const padded = new Uint8Array(Math.ceil(outline.length / 4) * 4);
    padded.set(outline);
    newGlyf.push(padded);
    offset += padded.length;
  }
  const glyfData = new Uint8Array(offset);
  let o = 0;
  for (const g of newGlyf) {
    glyfData.set(g, o);
    o += g.length;
  }

  // post format 3: the same header (italic angle, underline, fixed pitch), no glyph names.
  const post = table(tables, 'post').slice(0, 32);
  dataView(post).setUint32(0, 0x00030000);

  const replaced: Record<string, Uint8Array> = { cmap: writeCmap(pairs), glyf: glyfData, loca: newLoca, post };
  return writeFont(tables.map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })));
}
