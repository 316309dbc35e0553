/** An image's layers: docker history rows with their instruction, each layer tar's gzip size from docker save, and which came from the base. */
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Layer } from '../../src/data/image-sizes.schema.ts';
import { GZIP_LEVEL } from './config.ts';
import { imageExists } from './docker.ts';
import { run, sh } from './process.ts';

/** gzip size by layer diff id: a base layer is compressed once per run. */
const gzCache = new Map<string, number>();

function gzipSize(file: string): Promise<number> {
  return new Promise((res, rej) => {
    let n = 0;
    const gz = createGzip({ level: GZIP_LEVEL });
    gz.on('data', (c: Buffer) => (n += c.length));
    gz.on('end', () => res(n));
    gz.on('error', rej);
    createReadStream(file).on('error', rej).pipe(gz);
  });
}

export interface SavedImage {
  /** oldest first, one entry per history row */
  history: { created_by: string; empty_layer: boolean }[];
  /** gzip size per non-empty history row, in order */
  layerGz: number[];
  compressed: number;
}

interface SavedConfig {
  history?: { created_by?: string; empty_layer?: boolean }[];
  rootfs: { diff_ids: string[] };
}

/** docker save of ref, unpacked into dir: the layer tars (in order) and the image config. */
async function saveInto(ref: string, dir: string): Promise<{ layers: string[]; config: SavedConfig }> {
  const tar = join(dir, 'image.tar');
  const r = await run('docker', ['save', '-o', tar, ref]);
  if (r.code !== 0) throw new Error(`docker save ${ref}: ${r.out.trim()}`);
  sh('tar', ['-xf', tar, '-C', dir]);
  rmSync(tar);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { Config: string; Layers: string[] }[];
  const m = manifest[0]!;
  const config = JSON.parse(readFileSync(join(dir, m.Config), 'utf8')) as SavedConfig;
  return { layers: m.Layers.map((l) => join(dir, l)), config };
}

export async function saveAndGzip(ref: string): Promise<SavedImage> {
  const dir = mkdtempSync(join(tmpdir(), 'dfp-save-'));
  try {
    const { layers, config } = await saveInto(ref, dir);
    const layerGz: number[] = [];
    for (let i = 0; i < layers.length; i++) {
      const diffId = config.rootfs.diff_ids[i]!;
      let gz = gzCache.get(diffId);
      if (gz === undefined) {
        gz = await gzipSize(layers[i]!);
        gzCache.set(diffId, gz);
      }
      layerGz.push(gz);
    }
    return {
      history: (config.history ?? []).map((h) => ({ created_by: h.created_by ?? '', empty_layer: Boolean(h.empty_layer) })),
      layerGz,
      compressed: layerGz.reduce((a, b) => a + b, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface HistoryRow {
  created_by: string;
  size_bytes: number;
}

/** The output of `docker history --format {{json .}}` (newest first), oldest first, sizes in bytes. */
export function parseHistory(out: string): HistoryRow[] {
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { CreatedBy: string; Size: string })
    .map((h) => ({ created_by: h.CreatedBy, size_bytes: Number.parseInt(h.Size, 10) || 0 }))
    .reverse();
}

function history(ref: string): HistoryRow[] {
  return parseHistory(sh('docker', ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', ref]));
}

/** The Dockerfile instruction a history row came from, as the legacy builder and BuildKit write it. */
export function instructionOf(createdBy: string): string | null {
  const nop = /#\(nop\)\s+(\w+)/.exec(createdBy);
  if (nop) return nop[1]!.toUpperCase();
  if (/^\|\d+ .*\/bin\/sh -c |^\/bin\/sh -c |^RUN /.test(createdBy)) return 'RUN';
  const kw = /^(\w+)\s/.exec(createdBy);
  if (kw && /^(COPY|ADD|ENV|WORKDIR|USER|EXPOSE|ENTRYPOINT|CMD|LABEL|ARG|HEALTHCHECK|STOPSIGNAL|VOLUME|SHELL|ONBUILD)$/.test(kw[1]!)) return kw[1]!;
  return null;
}

/**
 * docker history rows with their gzip sizes: matched to the saved config's history row by row
 * when the two have as many rows (empty layers have none), else one to one when there are as many
 * layer tars as rows, else unknown. The first baseCount rows came from the base image.
 */
export function alignLayers(hist: HistoryRow[], saved: Pick<SavedImage, 'history' | 'layerGz'>, baseCount: number): Layer[] {
  const aligned = saved.history.length === hist.length;
  let k = 0;
  return hist.map((h, i): Layer => {
    let gz: number | null = null;
    if (aligned) {
      if (!saved.history[i]!.empty_layer) gz = saved.layerGz[k++] ?? null;
    } else if (hist.length === saved.layerGz.length) {
      gz = saved.layerGz[i] ?? null;
    }
    return { created_by: h.created_by, instruction: instructionOf(h.created_by), size_bytes: h.size_bytes, compressed_bytes: gz, from_base: i < baseCount };
  });
}

export async function layersOf(ref: string, baseRef: string | null): Promise<{ layers: Layer[]; compressed: number }> {
  const hist = history(ref);
  const saved = await saveAndGzip(ref);
  const baseCount = baseRef && baseRef !== 'scratch' && imageExists(baseRef) ? history(baseRef).length : 0;
  return { layers: alignLayers(hist, saved, baseCount), compressed: saved.compressed };
}
