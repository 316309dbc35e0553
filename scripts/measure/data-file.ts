/**
 * How measure-images.ts puts src/data/image-sizes.json together, shared with the unit tests so
 * they can check that the file in the repository is what the script would write.
 *
 *   - expectedRunFailures: the pitfall examples that are meant not to run. Their run check still
 *     records what happened ("fail"), with `expected_failure` saying why that is the point
 *     (withExpectation puts it there).
 *   - sortData: one fixed order for every list, whatever --only or --extras measured this time,
 *     so that re-measuring one practice changes only that practice's entries.
 */
import type { ImageSizes } from '../../src/data/image-sizes.schema.ts';

/** Example id → why its run check fails, and why that is what the page shows. */
export const expectedRunFailures: Readonly<Record<string, string>> = {
  'signal-handling/pitfall-single-quotes':
    'pitfall: single quotes are not JSON, so Docker runs the ENTRYPOINT in shell form and /bin/sh looks for a command named [/app/app]; failing to start is the point',
  'signal-handling/pitfall-two-entrypoints':
    'pitfall: the second ENTRYPOINT replaces the first, so the container runs the health check instead of the server; failing to serve is the point',
};

/** A run check of a pitfall example that is meant not to run says so (and one that is not, does not). */
export function withExpectation(c: ImageSizes['checks'][number]): ImageSizes['checks'][number] {
  const { expected_failure: _, ...rest } = c;
  const why = c.id.startsWith('run/') ? expectedRunFailures[c.id.slice(4)] : undefined;
  return why ? { ...rest, expected_failure: why } : rest;
}

/**
 * The order the script discovers Dockerfiles in: original, final, every <dir>/before and
 * <dir>/after (directories sorted), then the other Dockerfiles of each directory (sorted), then
 * figures with no Dockerfile (the published base sizes).
 */
function rank(dockerfile: string | null): (string | number)[] {
  if (dockerfile === null) return [4];
  if (dockerfile === 'dockerfiles/original.Dockerfile') return [0];
  if (dockerfile === 'dockerfiles/final.Dockerfile') return [1];
  const m = /^dockerfiles\/([^/]+)\/(.+)\.Dockerfile$/.exec(dockerfile);
  if (!m) return [3.5, dockerfile];
  const [, dir, name] = m as unknown as [string, string, string];
  if (name === 'before') return [2, dir, 0];
  if (name === 'after') return [2, dir, 1];
  return [3, dir, name];
}

function compareRanks(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export const byDockerfile = (a: { dockerfile: string | null }, b: { dockerfile: string | null }): number => compareRanks(rank(a.dockerfile), rank(b.dockerfile));

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts the lists of the data file in place, into the order the script writes, and returns it. */
export function sortData<T extends Pick<ImageSizes, 'stand_ins' | 'images' | 'records' | 'skipped' | 'checks'>>(data: T): T {
  const dockerfileOf = new Map(data.images.map((im) => [im.id, im.dockerfile]));
  data.stand_ins.sort((a, b) => byString(a.ref, b.ref));
  data.images.sort((a, b) => byDockerfile(a, b) || byString(a.id, b.id));
  data.records.sort((a, b) => byDockerfile(a, b) || byString(a.id, b.id));
  data.skipped.sort((a, b) => byDockerfile(a, b) || byString(a.phase, b.phase));
  // Run checks in the order of their images, then the behaviour checks by id.
  const checkRank = (id: string) => (id.startsWith('run/') ? rank(dockerfileOf.get(id.slice(4)) ?? `?${id}`) : [5, id]);
  data.checks.sort((a, b) => compareRanks(checkRank(a.id), checkRank(b.id)) || byString(a.id, b.id));
  return data;
}
