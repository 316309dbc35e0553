/**
 * The many-files corpus: the 2,996 peer cases (../shared/peer-cases, outside the project),
 * written out twice as 5,992 Dockerfiles, each in its own folder beside a .dockerignore, and
 * the peer it is timed against: a Node script that reads each file and runs dockerfile-utils'
 * validate on it, printing the results as JSON, as the CLI does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const peerCases = join(import.meta.dirname, '../../shared/peer-cases/cases.jsonl');

/** Writes the corpus under `dir`; returns the Dockerfiles' paths relative to `dir`, or null without the peer cases. */
export function writePeerCorpus(dir: string, copies = 2): string[] | null {
  if (!existsSync(peerCases)) return null;
  const cases = readFileSync(peerCases, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { dockerfile_text: string; dockerignore?: string });
  const files: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    cases.forEach((c, n) => {
      const folder = `c${copy}-${n}`;
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'Dockerfile'), c.dockerfile_text);
      writeFileSync(join(dir, folder, '.dockerignore'), c.dockerignore ?? '.git\nnode_modules\n*.log\n');
      files.push(`${folder}/Dockerfile`);
    });
  }
  return files;
}

/** The peer script's source: read each file named on the command line, validate it, print JSON. */
export function utilsScript(): string {
  const utils = import.meta.resolve('dockerfile-utils');
  return `import { readFileSync } from 'node:fs';
import { validate } from ${JSON.stringify(utils)};
const out = [];
for (const file of process.argv.slice(2)) out.push({ file, diagnostics: validate(readFileSync(file, 'utf8')) });
process.stdout.write(JSON.stringify(out, null, 2) + '\\n');
`;
}
