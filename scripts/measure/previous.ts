/** With --only: what the previous data file holds for the Dockerfiles not measured this time, entry by entry (an entry that no longer matches the schema is dropped, and counted). */
import { check as checkSchema, image as imageSchema, record as recordSchema, skipped as skippedSchema, standIn as standInSchema } from '../../src/data/image-sizes.schema.ts';
import type { ImageSizes } from '../../src/data/image-sizes.schema.ts';
import { withExpectation } from './data-file.ts';

export type Lists = Pick<ImageSizes, 'images' | 'records' | 'skipped' | 'checks' | 'stand_ins'>;
export type PreviousFile = Partial<Record<keyof Lists, unknown[]>>;

interface Schema<T> {
  safeParse(x: unknown): { success: true; data: T } | { success: false };
}

/** Reads the lists of a previous data file, keeping the entries that still match the schema. */
function validLists(prev: PreviousFile): { lists: Lists; dropped: number } {
  let dropped = 0;
  const valid = <T>(schema: Schema<T>, xs: unknown[] | undefined): T[] =>
    (xs ?? []).flatMap((x) => {
      const r = schema.safeParse(x);
      if (!r.success) dropped++;
      return r.success ? [r.data] : [];
    });
  const lists: Lists = {
    images: valid(imageSchema, prev.images),
    records: valid(recordSchema, prev.records),
    skipped: valid(skippedSchema, prev.skipped),
    checks: valid(checkSchema, prev.checks),
    stand_ins: valid(standInSchema, prev.stand_ins),
  };
  return { lists, dropped };
}

/**
 * Adds to `now` what `prev` measured for the Dockerfiles not in `redone`: their images, records
 * (not the published ones, which are always copied afresh), skipped entries and run checks (with
 * their expectation as data-file.ts has it now), and stand-ins not listed yet. Returns how many
 * entries were dropped for not matching the schema.
 */
export function keepPrevious(prev: PreviousFile, redone: ReadonlySet<string>, now: Lists): number {
  const { lists: old, dropped } = validLists(prev);
  const images = old.images.filter((im) => !redone.has(im.dockerfile) && !now.images.some((x) => x.id === im.id));
  now.images.push(...images);
  const keepIds = new Set(images.map((im) => im.id));
  now.records.push(...old.records.filter((r) => r.method !== 'published' && r.dockerfile !== null && !redone.has(r.dockerfile)));
  now.skipped.push(...old.skipped.filter((x) => !redone.has(x.dockerfile)));
  const haveCheck = new Set(now.checks.map((c) => c.id));
  now.checks.push(...old.checks.filter((c) => c.id.startsWith('run/') && !haveCheck.has(c.id) && keepIds.has(c.id.slice(4))).map(withExpectation));
  for (const x of old.stand_ins) if (!now.stand_ins.some((y) => y.tag === x.tag)) now.stand_ins.push(x);
  return dropped;
}
