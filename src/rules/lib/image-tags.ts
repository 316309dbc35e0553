/**
 * What an official image's tag says about the release cycles it is built on, read against the
 * end-of-life table: golang:1.23.4-alpine3.21 is Go 1.23 on Alpine Linux 3.21, python:3.8-slim-bookworm
 * is Python 3.8 on Debian 12, ubuntu:bionic is Ubuntu 18.04. A tag that names no cycle of the table
 * (latest, 1, lts, alpine, a newer cycle than the table knows) gives nothing.
 */
import { endOfLife, type EndOfLifeProduct, type EndOfLifeProductId, type ReleaseCycle } from '../../data/end-of-life.ts';
import type { ImageRef } from '../../engine/image.ts';

export interface TaggedCycle {
  readonly product: EndOfLifeProduct;
  readonly cycle: ReleaseCycle;
  /** True for the image's own product (golang's Go), false for the base a suffix names (-alpine3.21, -bookworm). */
  readonly own: boolean;
}

const dockerHub = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The name of an official Docker Hub image (golang, library/golang, docker.io/library/golang), or null. */
export function officialImageName(ref: ImageRef): string | null {
  if (ref.registry !== null && !dockerHub.has(ref.registry.toLowerCase())) return null;
  const path = ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  return path.includes('/') ? null : path;
}

const products = new Map(endOfLife.map((p) => [p.product, p]));

function productOf(id: EndOfLifeProductId): EndOfLifeProduct {
  const product = products.get(id);
  if (!product) throw new Error(`no ${id} in src/data/end-of-life.ts`);
  return product;
}

function cycleOf(product: EndOfLifeProduct, cycle: string): TaggedCycle[] {
  const found = product.cycles.find((c) => c.cycle === cycle);
  return found ? [{ product, cycle: found, own: true }] : [];
}

function codenameOf(product: EndOfLifeProduct, word: string): ReleaseCycle | undefined {
  return product.cycles.find((c) => c.codename === word);
}

/** The products whose cycles a tag may name by codename (bookworm, jammy). */
const codenamed: readonly EndOfLifeProductId[] = ['debian', 'ubuntu'];

/** The bases a variant suffix names: "alpine3.21", "slim-bookworm", "jammy". A bare "alpine" follows the newest Alpine: no cycle. */
function basesOf(suffix: string): TaggedCycle[] {
  const out: TaggedCycle[] = [];
  for (const word of suffix.split('-')) {
    const alpine = /^alpine(\d+\.\d+)$/.exec(word);
    if (alpine?.[1]) {
      out.push(...cycleOf(productOf('alpine-linux'), alpine[1]).map((t) => ({ ...t, own: false })));
      continue;
    }
    for (const id of codenamed) {
      const product = productOf(id);
      const cycle = codenameOf(product, word);
      if (cycle) out.push({ product, cycle, own: false });
    }
  }
  return out;
}

/** Language images: a version of the product, then an optional variant suffix. A Map: an image named "constructor" finds nothing. */
const languages = new Map<string, { product: EndOfLifeProductId; tag: RegExp }>([
  // 1.23, 1.23.4, 1.23rc1, 1.23-alpine3.21, 1.23.4-bookworm
  ['golang', { product: 'go', tag: /^(1\.\d+)(?:\.\d+)?(?:(?:rc|beta)\d+)?(?:-(.+))?$/ }],
  // 18, 18.20, 18.20.4, 18-slim, 18.20.4-alpine3.20
  ['node', { product: 'nodejs', tag: /^(\d+)(?:\.\d+){0,2}(?:-(.+))?$/ }],
  // 3.8, 3.8.20, 3.13.0rc1, 3.8-slim-bookworm, 2.7-alpine3.11
  ['python', { product: 'python', tag: /^(\d+\.\d+)(?:\.\d+)?(?:(?:a|b|rc)\d+)?(?:-(.+))?$/ }],
]);

const noCycles: readonly TaggedCycle[] = [];

/** The cycles an image's tag names, own product first. Official images only; a digest without a tag names none. */
export function taggedCycles(ref: ImageRef): readonly TaggedCycle[] {
  const tag = ref.tag;
  if (tag === null) return noCycles;
  const image = officialImageName(ref);
  if (image === null) return noCycles;
  const language = languages.get(image);
  if (language) {
    const m = language.tag.exec(tag);
    // lts-buster, alpine3.21, bookworm: no version of the language, but a base all the same.
    if (!m?.[1]) return basesOf(tag);
    return [...cycleOf(productOf(language.product), m[1]), ...(m[2] ? basesOf(m[2]) : [])];
  }
  if (image === 'alpine') {
    // 3.21, 3.21.3 (edge and dated snapshots name no cycle)
    const m = /^(\d+\.\d+)(?:\.\d+)?$/.exec(tag);
    return m?.[1] ? cycleOf(productOf('alpine-linux'), m[1]) : [];
  }
  if (image === 'debian') {
    // 12, 12.8, 12-slim, bookworm, bookworm-slim, bookworm-20241202-slim, bookworm-backports
    const product = productOf('debian');
    const [first = '', ...rest] = tag.split('-');
    if (!rest.every((w) => w === 'slim' || w === 'backports' || /^\d{8}$/.test(w))) return [];
    const byName = codenameOf(product, first);
    if (byName) return [{ product, cycle: byName, own: true }];
    const m = /^(\d+)(?:\.\d+)?$/.exec(first);
    return m?.[1] ? cycleOf(product, m[1]) : [];
  }
  if (image === 'ubuntu') {
    // 22.04, jammy, jammy-20240911
    const product = productOf('ubuntu');
    const m = /^(\d{2}\.\d{2}|[a-z]+)(?:-\d{8}(?:\.\d+)?)?$/.exec(tag);
    if (!m?.[1]) return [];
    const byName = codenameOf(product, m[1]);
    return byName ? [{ product, cycle: byName, own: true }] : cycleOf(product, m[1]);
  }
  return [];
}

function compareCycles(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** True when the cycle's support has ended on `day` (YYYY-MM-DD): its end-of-life date is that day or earlier. */
export function hasEnded(cycle: ReleaseCycle, day: string): boolean {
  return cycle.eol !== null && cycle.eol <= day;
}

/**
 * The newest cycle of the product that the table gives as supported on `day`; a long-term-support
 * line where there is one. The table has no release dates: on a day before its `asOf`, the cycle
 * may not have been released yet.
 */
export function newestSupported(product: EndOfLifeProduct, day: string): ReleaseCycle | null {
  // A run lints every file on one day: the answer is kept per product for the day last asked.
  const known = newest.get(product);
  if (known?.day === day) return known.cycle;
  const cycle = computeNewestSupported(product, day);
  newest.set(product, { day, cycle });
  return cycle;
}

const newest = new Map<EndOfLifeProduct, { day: string; cycle: ReleaseCycle | null }>();

function computeNewestSupported(product: EndOfLifeProduct, day: string): ReleaseCycle | null {
  const supported = product.cycles.filter((c) => !hasEnded(c, day));
  const lts = supported.filter((c) => c.lts === true || (c.lts !== undefined && c.lts <= day));
  const preferred = lts.length > 0 ? lts : supported;
  return preferred.reduce<ReleaseCycle | null>((best, c) => (best === null || compareCycles(c.cycle, best.cycle) > 0 ? c : best), null);
}
