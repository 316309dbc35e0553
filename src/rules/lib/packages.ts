/** Package managers: which subcommands download packages and how their caches are cleaned. */
import type { Report } from '../../engine/rule.ts';
import { hasCacheMount, hasOption, later, mounts, removedPaths, subcommand, type Command } from './commands.ts';
import { isInside } from './stages.ts';

export interface PackageCache {
  /** Display name. */
  readonly manager: string;
  /** The programs that run this manager. */
  readonly programs: readonly string[];
  /** What it leaves in the layer: "cache", "package lists". */
  readonly leaves: string;
  /** Does this command fill the cache? */
  fills(c: Command): boolean;
  /** Does this later command (in the same RUN) clean it? */
  cleans(c: Command): boolean;
  /** Cache directories: rm of these, or a cache/tmpfs mount on them, counts as clean. */
  readonly dirs: readonly string[];
  /** Is the cache mounted out of the layer? Default: a cache or tmpfs mount on one of `dirs`. */
  mounted?(c: Command): boolean;
  /** The advice to give. */
  readonly advice: string;
  /** A fix that stops the command filling the cache, where one edit does it. */
  fix?(c: Command): Report['fix'];
}

function sub(c: Command): string {
  return subcommand(c.args, ['-o', '-c', '-t', '-X', '--repo', '-C', '--root', '-R', '--installroot'])?.value ?? '';
}

const apt = new Set(['apt-get', 'apt', 'aptitude']);
const dnf = new Set(['dnf', 'microdnf', 'dnf5']);

/** apt's lists are kept out of the layer by a cache or tmpfs mount on the lists, or on both apt dirs. */
function aptMounted(c: Command): boolean {
  const targets = mounts(c.instruction)
    .filter((m) => m.type === 'cache' || m.type === 'tmpfs')
    .map((m) => (m.target ?? '').replace(/\/+$/, ''));
  return targets.includes('/var/lib/apt/lists') || (targets.includes('/var/lib/apt') && targets.includes('/var/cache/apt'));
}

export const packageCaches: readonly PackageCache[] = [
  {
    manager: 'apt',
    programs: [...apt],
    leaves: 'package lists',
    fills: (c) => apt.has(c.name) && sub(c) === 'update',
    cleans: () => false,
    dirs: ['/var/lib/apt/lists'],
    mounted: aptMounted,
    advice: 'end the same RUN with rm -rf /var/lib/apt/lists/*',
  },
  {
    manager: 'apk',
    programs: ['apk'],
    leaves: 'cache',
    fills: (c) => c.name === 'apk' && sub(c) === 'add' && !hasOption(c.args, [], ['--no-cache']),
    cleans: (c) => c.name === 'apk' && sub(c) === 'cache' && c.args.some((a) => a.value === 'clean' || a.value === 'purge'),
    dirs: ['/var/cache/apk'],
    advice: 'use apk add --no-cache',
    fix: (c) => {
      const add = c.args.find((a) => a.value === 'add');
      return add ? { title: 'Add --no-cache', edits: [{ start: add.end, end: add.end, text: ' --no-cache' }] } : undefined;
    },
  },
  {
    manager: 'yum',
    programs: ['yum'],
    leaves: 'cache',
    fills: (c) => c.name === 'yum' && ['install', 'groupinstall', 'localinstall', 'reinstall'].includes(sub(c)),
    cleans: (c) => c.name === 'yum' && sub(c) === 'clean',
    dirs: ['/var/cache/yum'],
    advice: 'end the same RUN with yum clean all',
  },
  {
    manager: 'dnf',
    programs: [...dnf],
    leaves: 'cache',
    fills: (c) => dnf.has(c.name) && ['install', 'in', 'reinstall', 'rei', 'upgrade', 'up', 'update', 'upgrade-minimal', 'up-min', 'groupinstall', 'localinstall'].includes(sub(c)),
    cleans: (c) => (dnf.has(c.name) || c.name === 'yum') && sub(c) === 'clean',
    dirs: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
    advice: 'end the same RUN with dnf clean all',
  },
  {
    manager: 'zypper',
    programs: ['zypper'],
    leaves: 'cache',
    fills: (c) => c.name === 'zypper' && ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si'].includes(sub(c)),
    cleans: (c) => c.name === 'zypper' && ['clean', 'cc'].includes(sub(c)),
    dirs: ['/var/cache/zypp'],
    advice: 'end the same RUN with zypper clean',
  },
];

/** Every program of every package manager above. */
export const packageManagers: readonly string[] = packageCaches.flatMap((p) => p.programs);

/** True if the cache this command fills is cleaned or mounted away within its RUN. */
export function isCleaned(cache: PackageCache, c: Command, all: readonly Command[]): boolean {
  if (cache.mounted ? cache.mounted(c) : hasCacheMount(c.instruction, cache.dirs)) return true;
  const after = later(all, c);
  if (after.some((x) => cache.cleans(x))) return true;
  return removedPaths(after).some((p) => cache.dirs.some((d) => isInside(p.value, d)));
}
