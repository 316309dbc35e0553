/** Dependency ecosystems: which manifests and lockfiles their installs read. The managers and their install subcommands are in the package-manager table. */
import type { Command } from './commands.ts';
import { callOf, manager, programsOf, runsAction, type PackageManager } from './package-managers.ts';

export interface Ecosystem {
  readonly name: string;
  /** Files to copy before installing: the manifest and its lockfiles. */
  readonly manifest: string;
  readonly lockfiles: readonly string[];
  /** The managers whose installs read them. */
  readonly managers: readonly PackageManager[];
  /** Does the command download the dependencies? */
  installs(c: Command): boolean;
  /** The lockfile the manager that runs an install reads (yarn: yarn.lock), or null when the ecosystem's managers differ and none is known. */
  lockfileOf(c: Command): string | null;
}

/** npm-family lockfiles by manager: each reads only its own (npm also reads npm-shrinkwrap.json). */
const npmLockfiles = new Map([['npm', 'package-lock.json'], ['yarn', 'yarn.lock'], ['pnpm', 'pnpm-lock.yaml'], ['bun', 'bun.lock']]);

/**
 * True if the command installs a tool for the whole system rather than the project's dependencies:
 * `npm install -g`, `pnpm i --global`, `bun install -g`, `cargo install <crate>` (without --path).
 * It reads no manifest of the project, so where it runs says nothing about caching them.
 */
export function installsGlobalTool(c: Command): boolean {
  const name = callOf(c)?.manager.name;
  if (name === 'cargo') return c.args[0]?.value === 'install' && !c.args.some((a) => a.value === '--path' || a.value.startsWith('--path='));
  if (name !== 'npm' && name !== 'pnpm' && name !== 'bun') return false;
  return c.args.some((a, k) => a.value === '-g' || a.value === '--global' || a.value === '--location=global' || (a.value === '--location' && c.args[k + 1]?.value === 'global'));
}

function ecosystem(name: string, manifest: string, lockfiles: string[], managers: string[], also?: (c: Command) => boolean): Ecosystem {
  return {
    name,
    manifest,
    lockfiles,
    managers: managers.map(manager),
    installs: (c) => runsAction(c, 'install', managers) && !installsGlobalTool(c) && (also === undefined || also(c)),
    lockfileOf: (c) => (lockfiles.length === 1 ? (lockfiles[0] ?? null) : (npmLockfiles.get(callOf(c)?.manager.name ?? '') ?? null)),
  };
}

export const ecosystems: readonly Ecosystem[] = [
  ecosystem('Go', 'go.mod', ['go.sum'], ['go']),
  ecosystem('npm', 'package.json', ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'], ['npm', 'yarn', 'pnpm', 'bun']),
  // pip reads requirements.txt only when told to: pip install -r requirements.txt.
  ecosystem('pip', 'requirements.txt', [], ['pip'], (c) => c.args.some((a) => a.value === '-r' || a.value.startsWith('--requirement'))),
  ecosystem('Bundler', 'Gemfile', ['Gemfile.lock'], ['bundler']),
  ecosystem('Cargo', 'Cargo.toml', ['Cargo.lock'], ['cargo']),
  ecosystem('Maven', 'pom.xml', [], ['maven']),
  ecosystem('Composer', 'composer.json', ['composer.lock'], ['composer']),
];

/** Programs that install dependencies in some ecosystem (a quick filter for rules). */
export const installers = programsOf(ecosystems.flatMap((e) => e.managers));

const globs = new Map<string, RegExp | null>();

/** Glob match of one path component ("package*.json" matches "package-lock.json"). */
export function globMatches(glob: string, name: string): boolean {
  if (glob.indexOf('*') < 0 && glob.indexOf('?') < 0 && glob.indexOf('[') < 0) return glob === name;
  let re = globs.get(glob);
  if (re === undefined) {
    try {
      re = new RegExp('^' + glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
    } catch {
      re = null;
    }
    if (globs.size >= 256) globs.clear();
    globs.set(glob, re);
  }
  return re !== null && re.test(name);
}

/** True if a COPY source copies the file with this base name into the destination. */
export function copiesFile(source: string, file: string): boolean {
  return globMatches(copiedName(source), file);
}

/** The last path component of a COPY source (trailing slashes ignored): what copiesFile matches. */
export function copiedName(source: string): string {
  let end = source.length;
  while (end > 0 && (source[end - 1] === '/' || source[end - 1] === '\\')) end--;
  let start = end;
  while (start > 0 && source[start - 1] !== '/' && source[start - 1] !== '\\') start--;
  return start === 0 && end === source.length ? source : source.slice(start, end);
}
