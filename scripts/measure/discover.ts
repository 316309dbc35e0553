/** Which example Dockerfiles there are to measure (found at run time under examples/dockerfiles), --only's selection, and their image tags. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { practiceSlugs } from '../../src/data/practices.ts';
import { DOCKERFILES, TAG_PREFIX } from './config.ts';

export type Variant = 'before' | 'after' | 'original' | 'final' | 'extra';

export interface Example {
  /** "<dir>/<variant>" or "original" / "final" */
  id: string;
  practice: string | null;
  variant: Variant;
  /** path under examples/ */
  dockerfile: string;
  abs: string;
}

const practiceOf = (dir: string) => ((practiceSlugs as readonly string[]).includes(dir) ? dir : null);

function subdirs(root: string): string[] {
  return readdirSync(root)
    .sort()
    .filter((dir) => statSync(join(root, dir)).isDirectory());
}

function walkthroughEnds(root: string): Example[] {
  return (['original', 'final'] as const)
    .map((name) => ({ id: name, practice: null, variant: name, dockerfile: `dockerfiles/${name}.Dockerfile`, abs: join(root, `${name}.Dockerfile`) }))
    .filter((ex) => existsSync(ex.abs));
}

function beforeAndAfter(root: string, dir: string): Example[] {
  return (['before', 'after'] as const)
    .map((v) => ({ id: `${dir}/${v}`, practice: practiceOf(dir), variant: v, dockerfile: `dockerfiles/${dir}/${v}.Dockerfile`, abs: join(root, dir, `${v}.Dockerfile`) }))
    .filter((ex) => existsSync(ex.abs));
}

/** Every other <name>.Dockerfile of a folder, sorted, as variant "extra" with the id <dir>/<name>. */
function extrasOf(root: string, dir: string): Example[] {
  const found: Example[] = [];
  for (const f of readdirSync(join(root, dir)).sort()) {
    const m = /^(.+)\.Dockerfile$/.exec(f);
    if (!m || m[1] === 'before' || m[1] === 'after') continue;
    found.push({ id: `${dir}/${m[1]}`, practice: practiceOf(dir), variant: 'extra', dockerfile: `dockerfiles/${dir}/${f}`, abs: join(root, dir, f) });
  }
  return found;
}

/**
 * original, final, and each <dir>/before and <dir>/after. With extras, also every other
 * *.Dockerfile (walkthrough steps, pitfalls, named alternatives such as scratch.Dockerfile),
 * with variant "extra" and the id <dir>/<name>.
 */
export function discover(extras: boolean, root = DOCKERFILES): Example[] {
  if (!existsSync(root)) return [];
  const dirs = subdirs(root);
  return [
    ...walkthroughEnds(root),
    ...dirs.flatMap((dir) => beforeAndAfter(root, dir)),
    ...(extras ? dirs.flatMap((dir) => extrasOf(root, dir)) : []),
  ];
}

/** --only A,B: the examples whose id or path contains A or B; null selects all. */
export function selectExamples(all: Example[], only: string[] | null): Example[] {
  return only ? all.filter((e) => only.some((o) => e.id.includes(o) || e.dockerfile.includes(o))) : all;
}

export function tagFor(ex: Example): string {
  return `${TAG_PREFIX}/${ex.id.replace(/\//g, '-')}:latest`;
}
