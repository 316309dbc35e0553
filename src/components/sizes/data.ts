/**
 * The measured and published figures, read once through the schema's parse: a data file that
 * does not match src/data/image-sizes.schema.ts fails `astro build` here, with zod's message.
 * Every size, time and count the size components print comes from this module.
 */
import raw from '../../data/image-sizes.json';
import { imageSizes, recordById } from '../../data/image-sizes.schema.ts';
import type { FigureRecord, ImageMeasurement, ImageSizes } from '../../data/image-sizes.schema.ts';

export const data: ImageSizes = imageSizes.parse(raw);

/** Props of the tables whose rows each name one record. */
export interface FigureTableProps {
  /** Unique on the page; prefixes the footnote anchors. */
  id: string;
  caption: string;
  rows: { label: string; record: string }[];
}

/** The record with this id, of the kind the caller needs; throws (and so fails the build) otherwise. */
export function figure<K extends FigureRecord['kind']>(id: string, kind: K): Extract<FigureRecord, { kind: K }> {
  const r = recordById(data, id);
  if (r.kind !== kind) throw new Error(`image-sizes.json: record "${id}" is a ${r.kind} figure, not ${kind}`);
  return r as Extract<FigureRecord, { kind: K }>;
}

/** The image measurement with this id (e.g. "multi-stage-builds/before"); throws otherwise. */
export function image(id: string): ImageMeasurement {
  const im = data.images.find((i) => i.id === id);
  if (!im) throw new Error(`image-sizes.json has no image "${id}"; run npm run measure:images or fix the id`);
  return im;
}

/** A folder's size measured inside an image (e.g. the Go build cache); throws if it was not measured. */
export function measuredPath(imageId: string, path: string): ImageMeasurement['paths'][number] {
  const found = image(imageId).paths.find((x) => x.path === path);
  if (!found) throw new Error(`image-sizes.json: image ${imageId} has no measured path ${path}; add it to the measurement or fix the path`);
  return found;
}

const exact = new Intl.NumberFormat('en-US');

/** 341776889 -> "341,776,889" */
export function bytesExact(n: number): string {
  return exact.format(n);
}

/**
 * Decimal units, as `docker images` prints them (1 MB = 1,000,000 bytes): "341.8 MB", "9.9 MB",
 * "19.5 kB", "512 B".
 */
export function bytesHuman(n: number): string {
  const units: [number, string][] = [[1e9, 'GB'], [1e6, 'MB'], [1e3, 'kB']];
  for (const [size, unit] of units) {
    if (n >= size) {
      const v = n / size;
      return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${unit}`;
    }
  }
  return `${n} B`;
}

/** Reduction from `from` to `to` in percent, signed the way a reader expects: "−97.1 %", "+3.0 %". */
export function change(from: number, to: number): string {
  if (from === 0) return '—';
  const pct = ((to - from) / from) * 100;
  const rounded = Math.abs(pct) < 0.05 ? 0 : pct;
  const sign = rounded < 0 ? '−' : rounded > 0 ? '+' : '±';
  return `${sign}${Math.abs(rounded).toFixed(1)} %`;
}

export function seconds(s: number): string {
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}

/** "2026-11-29" from an ISO instant. */
export function day(instant: string): string {
  return instant.slice(0, 10);
}

/** The stand-in that replaced a pinned reference, with its own measured size. */
export function standInFor(ref: string) {
  return data.stand_ins.find((s) => s.ref === ref) ?? null;
}

/** "sha256:47d3…e596" */
export function shortDigest(digest: string | null): string {
  if (!digest) return '';
  const hex = digest.replace(/^sha256:/, '');
  return `sha256:${hex.slice(0, 4)}…${hex.slice(-4)}`;
}

/** The instruction as a reader would write it: `/bin/sh -c #(nop) COPY file:… in /app/app` -> `COPY … /app/app`. */
export function instructionText(createdBy: string): string {
  let t = createdBy.replace(/^\|\d+ (\S+=\S+ )*/, '');
  t = t.replace(/^\/bin\/sh -c #\(nop\)\s+/, '');
  t = t.replace(/^\/bin\/sh -c /, 'RUN ');
  // The legacy builder records COPY sources by content hash: keep what is readable.
  t = t.replace(/^(COPY|ADD) (--chown=\S+?)?(file|dir|multi):[0-9a-f]{64} in /, (_m, kw: string, chown?: string) => `${kw} ${chown ? `${chown} ` : ''}… to `);
  t = t.replace(/\s+/g, ' ').trim();
  return t.length > 110 ? `${t.slice(0, 107)}…` : t;
}

export const toolsLine = (r: { tools: ImageSizes['environment']['tools'] }) =>
  `Docker ${r.tools.docker_client}, dockerd ${r.tools.docker_server} (${r.tools.storage_driver}), ${r.tools.builder}, Node ${r.tools.node}`;
