/**
 * node scripts/corpus/collect.ts <mirror-git-dir>...
 *
 * Copies the Dockerfiles of local git mirrors of public repositories into tests/corpus/real/
 * (one file each: <owner>__<repo>__<path with / as __>.Dockerfile, exact duplicates dropped, at
 * most 40 per repository) and writes tests/corpus/real/manifest.json naming, for each file,
 * its source repository, path, commit, licence, the .dockerignore of its folder (the usual
 * build context) and whether it is held out (not read while tuning the rules).
 *
 * node scripts/corpus/collect.ts --candidates <tsv> --out <corpus folder>
 *
 * Builds a held-out corpus the way tests/corpus/fresh3 was built (see its README): the tsv lists,
 * in the order they were taken, repositories found by a path listing of the code index (listing,
 * repo, listed path, listed commit), whose mirrors are in /work/.mirror/<owner>+<name>/repo.
 * A repository is kept only if its root licence file is one of the permissive licences below.
 * From each: the listed path at the listed commit (else that path at the snapshot's head, else the
 * snapshot's first Dockerfile by path), then the first other Dockerfile by path at the head.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const candidates = option('--candidates');
const out = join(import.meta.dirname, '../../tests/corpus', option('--out') ?? 'real');
mkdirSync(out, { recursive: true });

const licences: Record<string, string> = {
  'docker-library': 'MIT', 'nodejs/docker-node': 'MIT', 'jenkinsci/docker': 'MIT', 'moby/buildkit': 'Apache-2.0',
  'docker/awesome-compose': 'CC0-1.0', 'dockersamples/example-voting-app': 'Apache-2.0',
  'nginxinc/docker-nginx': 'BSD-2-Clause', 'jupyter/docker-stacks': 'BSD-3-Clause',
};
const git = (dir: string, ...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
const has = (dir: string, rev: string) => {
  try {
    execFileSync('git', ['-C', dir, 'cat-file', '-e', rev], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const isDockerfile = (p: string) => /(^|\/)(Dockerfile[^/]*|[^/]*\.Dockerfile)$/.test(p) && !p.endsWith('.md') && !p.endsWith('.template') && !/(^|\/)(testfiles|testdata|fixtures?)\//.test(p);
const fileName = (repo: string, path: string) =>
  `${repo.replace('/', '__')}__${path.replaceAll('/', '__')}${path.endsWith('Dockerfile') ? '' : '.Dockerfile'}`.replace(/Dockerfile$/, '.Dockerfile').replace('..Dockerfile', '.Dockerfile');

/** The SPDX id of a permissive licence file at the repository's root, or null. */
function licenceOf(dir: string): string | null {
  const name = git(dir, 'ls-tree', '--name-only', 'HEAD').split('\n').find((n) => /^(LICEN[CS]E|COPYING|MIT-LICENSE)(\.md|\.txt)?$/i.test(n));
  if (!name) return null;
  const text = git(dir, 'show', `HEAD:${name}`).slice(0, 3000).replace(/\s+/g, ' ');
  if (/GNU (AFFERO|GENERAL|LESSER)/.test(text)) return null;
  if (text.includes('Apache License')) return 'Apache-2.0';
  if (text.includes('Mozilla Public License')) return 'MPL-2.0';
  if (text.includes('Permission is hereby granted, free of charge')) return 'MIT';
  if (text.includes('Permission to use, copy, modify, and/or distribute')) return 'ISC';
  if (text.includes('Redistribution and use in source and binary')) return text.includes('Neither the name') ? 'BSD-3-Clause' : 'BSD-2-Clause';
  if (text.includes('unencumbered software released into the public domain')) return 'Unlicense';
  return null;
}

const seen = new Set<string>();
const manifest: Array<Record<string, unknown>> = [];

if (candidates) {
  const skipped: string[] = [];
  for (const line of readFileSync(candidates, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [, repo = '', listed = '', listedCommit = ''] = line.split('\t');
    const dir = `/work/.mirror/${repo.replace('/', '+')}/repo`;
    const licence = licenceOf(dir);
    if (!licence) {
      skipped.push(`${repo}: no permissive licence file`);
      continue;
    }
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const paths = git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter((p) => isDockerfile(p) && !/(^|\/)(vendor|node_modules)\//.test(p));
    const first: [string, string] | undefined = has(dir, `${listedCommit}:${listed}`) ? [listed, listedCommit] : has(dir, `${head}:${listed}`) ? [listed, head] : paths[0] ? [paths[0], head] : undefined;
    const picks = first ? [first] : [];
    for (const path of paths) if (picks.length < 2 && path !== first?.[0]) picks.push([path, head]);
    let taken = 0;
    for (const [path, commit] of picks) {
      const text = git(dir, 'show', `${commit}:${path}`);
      const hash = createHash('sha256').update(text).digest('hex');
      const instructions = DockerfileParser.parse(text).getInstructions().length;
      if (seen.has(hash) || text.length > 40_000 || instructions < 3) {
        skipped.push(`${repo} ${path}: ${seen.has(hash) ? 'duplicate' : text.length > 40_000 ? 'over 40,000 characters' : 'fewer than 3 instructions'}`);
        continue;
      }
      seen.add(hash);
      taken++;
      const ignorePath = (dirname(path) === '.' ? '' : dirname(path) + '/') + '.dockerignore';
      const dockerignore = has(dir, `${commit}:${ignorePath}`) ? git(dir, 'show', `${commit}:${ignorePath}`) : has(dir, `${head}:${ignorePath}`) ? git(dir, 'show', `${head}:${ignorePath}`) : null;
      const file = fileName(repo, path);
      writeFileSync(join(out, file), text);
      manifest.push({ file, repo, path, commit, licence, dockerignore, heldOut: true });
    }
    if (taken === 0) skipped.push(`${repo}: no Dockerfile kept`);
  }
  for (const s of skipped) console.log(`skipped ${s}`);
} else {
  for (const dir of args) {
    const repo = basename(dirname(dir)).replace('+', '/');
    const commit = git(dir, 'rev-parse', 'HEAD').trim();
    const paths = git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n');
    let taken = 0;
    for (const path of paths.filter(isDockerfile)) {
      if (taken >= 40) break;
      const text = git(dir, 'show', `${commit}:${path}`);
      const hash = createHash('sha256').update(text).digest('hex');
      if (seen.has(hash) || text.length > 40_000) continue;
      seen.add(hash);
      taken++;
      const ignorePath = (dirname(path) === '.' ? '' : dirname(path) + '/') + '.dockerignore';
      const dockerignore = paths.includes(ignorePath) ? git(dir, 'show', `${commit}:${ignorePath}`) : null;
      const file = fileName(repo, path);
      writeFileSync(join(out, file), text);
      const licence = licences[repo] ?? licences[repo.split('/')[0] ?? ''] ?? 'see source repository';
      // Held out: a fixed third of the files, chosen by content hash, so the split never changes.
      manifest.push({ file, repo, path, commit, licence, dockerignore, heldOut: parseInt(hash.slice(0, 8), 16) % 3 === 0 });
    }
  }
}
manifest.sort((a, b) => String(a.file).localeCompare(String(b.file)));
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.length} files, ${manifest.filter((m) => m.heldOut).length} held out`);
