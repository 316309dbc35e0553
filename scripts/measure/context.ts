/** Build contexts: temporary copies of examples/app_go (with the applicable .dockerignore, optionally with clutter) and their size as a tar. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseDockerignore } from '../../src/engine/dockerignore.ts';
import { sampleClutter } from '../../src/data/sample-clutter.ts';
import { CONTEXT, EXAMPLES, ROOT } from './config.ts';

export function walkFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = d ? `${d}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk('');
  return out.sort();
}

/** Files git would check out, plus untracked files that are not gitignored: what a reader has. */
function contextFiles(): string[] {
  const r = spawnSync('git', ['-C', ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', 'examples/app_go'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout) {
    return r.stdout.split('\0').filter(Boolean).map((p) => relative('examples/app_go', p)).filter((p) => existsSync(join(CONTEXT, p)));
  }
  return walkFiles(CONTEXT);
}

/** The .dockerignore BuildKit would use for a Dockerfile: <Dockerfile>.dockerignore beside it, else the context's (a path under examples/). */
export function applicableIgnore(dockerfile: string): string | null {
  const own = `${dockerfile}.dockerignore`;
  if (existsSync(own)) return relative(EXAMPLES, own);
  if (existsSync(join(CONTEXT, '.dockerignore'))) return 'app_go/.dockerignore';
  return null;
}

/**
 * The clutter of a real working copy (src/data/sample-clutter.ts) written into a context copy:
 * each file at its stated size, filled with random (incompressible) bytes, so that neither the
 * tar nor any compression makes it smaller than stated. A stated synthetic working copy, not
 * anyone's disk.
 */
function writeClutter(dir: string): void {
  for (const f of sampleClutter) {
    const abs = join(dir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.size ? randomBytes(f.size) : '');
  }
}

/**
 * Copies the context of a Dockerfile (its absolute path) to a temp dir. The legacy builder reads
 * only the context's own .dockerignore, so a per-Dockerfile ignore file is put there in its place
 * (BuildKit semantics); without withIgnore there is none.
 */
export function makeContext(dockerfile: string, withIgnore: boolean, clutter = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfp-ctx-'));
  for (const f of contextFiles()) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(CONTEXT, f), join(dir, f));
  }
  if (clutter) writeClutter(dir);
  const ignore = applicableIgnore(dockerfile);
  rmSync(join(dir, '.dockerignore'), { force: true });
  if (withIgnore && ignore) copyFileSync(join(EXAMPLES, ignore), join(dir, '.dockerignore'));
  return dir;
}

/**
 * The files (sorted paths) an ignore file's text lets through, and the tar entries that send
 * them: ".", their folders, then the files. A .dockerignore in the folder counts only when there
 * is no ignore file. Filtering uses the rule engine's port of Docker's matcher (a file inside an
 * excluded folder is excluded), the one the site's rules and playground use.
 */
export function selectContext(files: string[], ignoreText: string | null): { files: string[]; entries: string[] } {
  let kept = files.filter((f) => f !== '.dockerignore' || ignoreText === null);
  if (ignoreText !== null) {
    const ignore = parseDockerignore(ignoreText);
    kept = kept.filter((f) => !ignore.ignores(f));
  }
  const dirs = new Set<string>();
  for (const f of kept) for (let d = dirname(f); d !== '.'; d = dirname(d)) dirs.add(d);
  return { files: kept, entries: ['.', ...[...dirs].sort(), ...kept] };
}

/**
 * The build context as BuildKit sends it: the files of the context folder `dir` that the ignore
 * file (a path under examples/, or null for none) lets through, with their folders, as a tar (GNU
 * format, 512-byte blocks).
 */
export function contextTar(dir: string, ignoreFile: string | null): { files: string[]; tarBytes: number; contentBytes: number } {
  const ignoreText = ignoreFile ? readFileSync(join(EXAMPLES, ignoreFile), 'utf8') : null;
  const { files, entries } = selectContext(walkFiles(dir), ignoreText);
  const r = spawnSync('tar', ['-C', dir, '--no-recursion', '--null', '-T', '-', '--format=gnu', '-b', '1', '-cf', '-'], { input: entries.join('\0'), maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`tar of the context failed: ${String(r.stderr)}`);
  const contentBytes = files.reduce((a, f) => a + statSync(join(dir, f)).size, 0);
  return { files, tarBytes: r.stdout.length, contentBytes };
}
