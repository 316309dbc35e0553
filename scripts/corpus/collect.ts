/**
 * node scripts/corpus/collect.ts <mirror-git-dir>...
 *
 * Copies the Dockerfiles of local git mirrors of public repositories into tests/corpus/real/
 * (one file each: <owner>__<repo>__<path with / as __>.Dockerfile, exact duplicates dropped, at
 * most 40 per repository) and writes tests/corpus/real/manifest.json naming, for each file,
 * its source repository, path, commit, licence, the .dockerignore of its folder (the usual
 * build context) and whether it is held out (not read while tuning the rules).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const out = join(import.meta.dirname, '../../tests/corpus/real');
mkdirSync(out, { recursive: true });

const licences: Record<string, string> = {
  'docker-library': 'MIT', 'nodejs/docker-node': 'MIT', 'jenkinsci/docker': 'MIT', 'moby/buildkit': 'Apache-2.0',
  'docker/awesome-compose': 'CC0-1.0', 'dockersamples/example-voting-app': 'Apache-2.0',
  'nginxinc/docker-nginx': 'BSD-2-Clause', 'jupyter/docker-stacks': 'BSD-3-Clause',
};
const git = (dir: string, ...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

const seen = new Set<string>();
const manifest: Array<Record<string, unknown>> = [];
for (const dir of process.argv.slice(2)) {
  const repo = basename(dirname(dir)).replace('+', '/');
  const commit = git(dir, 'rev-parse', 'HEAD').trim();
  const paths = git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n');
  const dockerfiles = paths.filter((p) => /(^|\/)(Dockerfile[^/]*|[^/]*\.Dockerfile)$/.test(p) && !p.endsWith('.md') && !p.endsWith('.template') && !/(^|\/)(testfiles|testdata|fixtures?)\//.test(p));
  let taken = 0;
  for (const path of dockerfiles) {
    if (taken >= 40) break;
    const text = git(dir, 'show', `${commit}:${path}`);
    const hash = createHash('sha256').update(text).digest('hex');
    if (seen.has(hash) || text.length > 40_000) continue;
    seen.add(hash);
    taken++;
    const ignorePath = (dirname(path) === '.' ? '' : dirname(path) + '/') + '.dockerignore';
    const dockerignore = paths.includes(ignorePath) ? git(dir, 'show', `${commit}:${ignorePath}`) : null;
    const file = `${repo.replace('/', '__')}__${path.replaceAll('/', '__')}${path.endsWith('Dockerfile') ? '' : '.Dockerfile'}`.replace(/Dockerfile$/, '.Dockerfile').replace('..Dockerfile', '.Dockerfile');
    writeFileSync(join(out, file), text);
    const licence = licences[repo] ?? licences[repo.split('/')[0] ?? ''] ?? 'see source repository';
    // Held out: a fixed third of the files, chosen by content hash, so the split never changes.
    manifest.push({ file, repo, path, commit, licence, dockerignore, heldOut: parseInt(hash.slice(0, 8), 16) % 3 === 0 });
  }
}
manifest.sort((a, b) => String(a.file).localeCompare(String(b.file)));
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.length} files, ${manifest.filter((m) => m.heldOut).length} held out`);
