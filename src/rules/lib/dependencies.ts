/** Dependency managers: what installs dependencies, and which manifests and lockfiles they read. */
import { subcommand, type Command } from './commands.ts';

export interface Ecosystem {
  readonly name: string;
  /** Files to copy before installing: the manifest and its lockfiles. */
  readonly manifest: string;
  readonly lockfiles: readonly string[];
  /** Does the command download the dependencies? */
  installs(c: Command): boolean;
}

function sub(c: Command): string {
  return subcommand(c.args)?.value ?? '';
}

export const ecosystems: readonly Ecosystem[] = [
  {
    name: 'Go',
    manifest: 'go.mod',
    lockfiles: ['go.sum'],
    installs: (c) => c.name === 'go' && (sub(c) === 'mod' ? c.args.some((a) => a.value === 'download') : ['get'].includes(sub(c))),
  },
  {
    name: 'npm',
    manifest: 'package.json',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'],
    installs: (c) =>
      (c.name === 'npm' && ['ci', 'install', 'i'].includes(sub(c))) ||
      (c.name === 'yarn' && (sub(c) === '' || sub(c) === 'install')) ||
      (c.name === 'pnpm' && ['install', 'i'].includes(sub(c))) ||
      (c.name === 'bun' && sub(c) === 'install'),
  },
  {
    name: 'pip',
    manifest: 'requirements.txt',
    lockfiles: [],
    installs: (c) => ['pip', 'pip3', 'pip2'].includes(c.name) && sub(c) === 'install' && c.args.some((a) => a.value === '-r' || a.value.startsWith('--requirement')),
  },
  {
    name: 'Bundler',
    manifest: 'Gemfile',
    lockfiles: ['Gemfile.lock'],
    installs: (c) => c.name === 'bundle' && (sub(c) === 'install' || sub(c) === ''),
  },
  {
    name: 'Cargo',
    manifest: 'Cargo.toml',
    lockfiles: ['Cargo.lock'],
    installs: (c) => c.name === 'cargo' && ['fetch', 'build', 'install', 'vendor'].includes(sub(c)),
  },
  {
    name: 'Maven',
    manifest: 'pom.xml',
    lockfiles: [],
    installs: (c) => c.name === 'mvn' || c.name === 'mvnw',
  },
  {
    name: 'Composer',
    manifest: 'composer.json',
    lockfiles: ['composer.lock'],
    installs: (c) => c.name === 'composer' && ['install', 'update'].includes(sub(c)),
  },
];

/** Programs that install dependencies in some ecosystem (a quick filter for rules). */
export const installers = ['go', 'npm', 'yarn', 'pnpm', 'bun', 'pip', 'pip2', 'pip3', 'bundle', 'cargo', 'mvn', 'mvnw', 'composer'];

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
