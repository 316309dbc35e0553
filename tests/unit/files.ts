/** Files for the tests to read. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under a folder, recursively, whose paths match `pattern`, sorted; none if the folder does not exist. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((p) => pattern.test(p) && statSync(p).isFile())
    .sort();
}
