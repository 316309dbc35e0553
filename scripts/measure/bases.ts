/**
 * The base images of an example Dockerfile, read with the rule engine's model (so stages,
 * global ARGs, --platform and continuations mean what they mean to the linter), and the text
 * rewritten to build FROM stand-ins where the base map names one.
 */
import { readFileSync } from 'node:fs';
import { parseImage, type ImageRef } from '../../src/engine/image.ts';
import { buildModel, type Stage } from '../../src/engine/model.ts';
import type { BaseImage } from '../../src/data/image-sizes.schema.ts';

/** Image reference as written in the examples → local stand-in tag. */
export type BaseMap = Map<string, string>;

export interface Resolved {
  /** The Dockerfile to build: the examples' text with stand-ins substituted. */
  text: string;
  /** Every external base image, in FROM order. */
  bases: BaseImage[];
  /** The base image the final stage ends up on. */
  finalBase: BaseImage;
  /** Why the Dockerfile cannot be built as it is; empty when it can. */
  problems: string[];
}

/** Reads a base map (a JSON object; keys starting with "$" are comments). */
export function loadBaseMap(file: string | null): BaseMap {
  const map: BaseMap = new Map();
  if (!file) return map;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(json)) if (!k.startsWith('$')) map.set(k, v);
  return map;
}

/** The reference as written without its "@digest" (name:tag), from the engine's parse of it. */
function withoutDigest(ref: ImageRef): string {
  return ref.digest === null ? ref.text : ref.text.slice(0, ref.text.length - ref.digest.length - 1);
}

/** name:tag as Docker resolves it, from the engine's parse: Docker Hub and its library/ namespace are the defaults. */
function canonicalName(ref: ImageRef): string {
  const hub = ref.registry === null || ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
  const path = hub ? ref.path.replace(/^library\//, '') : `${ref.registry}/${ref.path}`;
  return ref.tag === null ? path : `${path}:${ref.tag}`;
}

/** The stand-in for a reference: exact match first, then the same name:tag whatever the digest. */
function lookupStandIn(map: BaseMap, ref: string): string | null {
  const exact = map.get(ref);
  if (exact !== undefined) return exact;
  const name = canonicalName(parseImage(ref));
  for (const [k, v] of map) if (canonicalName(parseImage(k)) === name) return v;
  return null;
}

const none: BaseImage = { ref: 'none', name: 'none', digest: null, stand_in: null };

export function resolveBases(text: string, map: BaseMap): Resolved {
  const model = buildModel(text);
  const baseOf = new Map<Stage, BaseImage>();
  const bases: BaseImage[] = [];
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  let finalBase: BaseImage | null = null;
  for (const stage of model.stages) {
    if (!stage.from) continue;
    let base: BaseImage;
    const inherited = stage.base ? baseOf.get(stage.base) : undefined;
    const ref = stage.image?.value ?? '';
    if (inherited) {
      base = inherited;
    } else if (!stage.imageWord || ref === '') {
      problems.push(`FROM without an image on line ${model.lines.lineOf(stage.from.start) + 1}`);
      base = none;
    } else if (ref.toLowerCase() === 'scratch') {
      base = { ref: 'scratch', name: 'scratch', digest: null, stand_in: null };
    } else {
      // stage.ref is the engine's parse when the reference is fully known; else parse what it expands to.
      const parsed = stage.ref ?? parseImage(ref);
      const { digest } = parsed;
      const standIn = lookupStandIn(map, ref);
      base = { ref, name: withoutDigest(parsed), digest: digest && /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : null, stand_in: standIn };
      bases.push(base);
      // The image word is replaced whole, also when it was written with an ARG.
      if (standIn) edits.push({ start: stage.imageWord.start, end: stage.imageWord.end, text: standIn });
    }
    baseOf.set(stage, base);
    finalBase = base;
  }
  if (!finalBase) problems.push('no FROM line');
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, bases, finalBase: finalBase ?? none, problems };
}
