/**
 * The package-manager table: every fact the rules know about a package manager, in one place.
 * Per manager: the programs that run it, its subcommands by action, the paths its downloads
 * leave (as root, and per home), how the same RUN cleans them, how a flag, an environment
 * variable or a cache mount keeps them out of the layer, and the one-edit fix where there is one.
 *
 * Paths: "~/..." is the running user's home; rules that need one absolute path read it as
 * root's (/root/...). Facts are the tools' documented defaults; official images that move a
 * cache (GOPATH=/go, CARGO_HOME=/usr/local/cargo, GEM_HOME=/usr/local/bundle) get their path too.
 */
import type { Instruction, Stage } from '../../engine/model.ts';
import type { Report } from '../../engine/rule.ts';
import { commandsOf, hasOption, mounts, someEarlier, someLater, subcommand, type Arg, type Command } from './commands.ts';
import { isInside } from './stages.ts';

/** What a subcommand does. "build" compiles, and may download what it needs on the way. */
export type Action = 'install' | 'update' | 'remove' | 'clean' | 'build';

export interface ManagerPath {
  /** One cache, in whichever of these places the version or image puts it. */
  readonly dirs: readonly string[];
  /** What it holds, for messages: "package lists", "cache". */
  readonly what: string;
  /** The actions that fill it. */
  readonly by: readonly Action[];
  /** Commands that empty it in the same RUN, "<manager> <subcommand words>": "dnf clean", "go clean -modcache". */
  readonly cleanedBy: readonly string[];
  /**
   * Cache or tmpfs mounts that keep it out of the layer, when not simply one on a dir or above:
   * any one of these sets, with every target of the set mounted exactly.
   */
  readonly mountSets?: readonly (readonly string[])[];
  /** Set when the usual images empty it already, and why: nothing to report. */
  readonly selfCleaned?: string;
}

export interface PackageManager {
  /** Display name, also the name `cleanedBy` uses. */
  readonly name: string;
  /** "os": installs system packages; "language": installs a language's dependencies. */
  readonly kind: 'os' | 'language';
  readonly programs: readonly string[];
  /** Runs as `python -m <module>` too. */
  readonly module?: string;
  /** Options before the subcommand that take a separate value ("-o Dpkg::...", "-X url"). */
  readonly optionsWithValue: readonly string[];
  /** Subcommands per action. "mod download" is two words; "" is the bare command; "*" is any. */
  readonly actions: Partial<Record<Action, readonly string[]>>;
  readonly paths: readonly ManagerPath[];
  /** Options of a filling command that keep its cache out of the layer. */
  readonly noCacheOptions?: readonly string[];
  /** An environment variable that, set to a true value, does the same. */
  readonly noCacheEnv?: string;
  /** What to do instead, for messages. */
  readonly advice: string;
  /** What to do instead of an index update that leaves its index behind, when that differs. */
  readonly updateAdvice?: string;
  /** The option the one-edit fix inserts after the subcommand. */
  readonly fixOption?: string;
  /** Keeps apt from installing recommended packages (for the programs named). */
  readonly noRecommends?: { readonly option: string; readonly programs: readonly string[] };
}

const osOptions = ['-o', '-c', '-t'];
const rpmOptions = ['-c', '-R', '--installroot', '--repo'];

export const packageManagers: readonly PackageManager[] = [
  {
    name: 'apt',
    kind: 'os',
    programs: ['apt-get', 'apt', 'aptitude'],
    optionsWithValue: osOptions,
    actions: {
      install: ['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade'],
      update: ['update'],
      remove: ['remove', 'purge', 'autoremove'],
      // dist-clean (apt 3, Debian trixie): clean, and the package lists too.
      clean: ['clean', 'dist-clean'],
    },
    paths: [
      // A mount on the lists, or the pair Docker's cache-mount example uses (/var/cache/apt and /var/lib/apt).
      { dirs: ['/var/lib/apt/lists'], what: 'package lists', by: ['update'], cleanedBy: ['apt dist-clean'], mountSets: [['/var/lib/apt/lists'], ['/var/lib/apt', '/var/cache/apt']] },
      {
        dirs: ['/var/cache/apt/archives'],
        what: 'downloaded packages',
        by: ['install'],
        cleanedBy: ['apt clean', 'apt dist-clean'],
        selfCleaned: 'the Debian and Ubuntu images delete downloaded .deb files after each install (/etc/apt/apt.conf.d/docker-clean)',
      },
    ],
    advice: 'end the same RUN with rm -rf /var/lib/apt/lists/*',
    noRecommends: { option: '--no-install-recommends', programs: ['apt-get', 'apt'] },
  },
  {
    name: 'apk',
    kind: 'os',
    programs: ['apk'],
    optionsWithValue: ['-X', '--repository', '-p', '--root', '-t', '--virtual'],
    actions: { install: ['add', 'upgrade'], update: ['update'], remove: ['del'], clean: ['cache clean', 'cache purge'] },
    paths: [{ dirs: ['/var/cache/apk'], what: 'cache', by: ['install', 'update'], cleanedBy: ['apk cache clean', 'apk cache purge'] }],
    // --no-network installs from what is already on disk: nothing is downloaded into the cache.
    noCacheOptions: ['--no-cache', '--no-network'],
    advice: 'use apk add --no-cache',
    updateAdvice: 'drop apk update, since apk add --no-cache fetches a fresh index itself, or end the same RUN with rm -rf /var/cache/apk/*',
    fixOption: '--no-cache',
  },
  {
    name: 'yum',
    kind: 'os',
    programs: ['yum'],
    optionsWithValue: rpmOptions,
    actions: {
      install: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade'],
      update: ['makecache'],
      remove: ['remove', 'erase'],
      clean: ['clean'],
    },
    paths: [{ dirs: ['/var/cache/yum'], what: 'cache', by: ['install', 'update'], cleanedBy: ['yum clean'] }],
    advice: 'end the same RUN with yum clean all',
  },
  {
    name: 'dnf',
    kind: 'os',
    programs: ['dnf', 'dnf5', 'microdnf'],
    optionsWithValue: rpmOptions,
    actions: {
      install: ['install', 'in', 'reinstall', 'rei', 'upgrade', 'up', 'update', 'upgrade-minimal', 'up-min', 'groupinstall', 'localinstall'],
      update: ['makecache'],
      remove: ['remove', 'erase', 'rm'],
      clean: ['clean'],
    },
    // dnf 4 keeps its cache in /var/cache/dnf, dnf5 in /var/cache/libdnf5; yum is dnf on RHEL 8 and later.
    paths: [{ dirs: ['/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/yum'], what: 'cache', by: ['install', 'update'], cleanedBy: ['dnf clean', 'yum clean'] }],
    advice: 'end the same RUN with dnf clean all',
  },
  {
    name: 'zypper',
    kind: 'os',
    programs: ['zypper'],
    optionsWithValue: ['-R', '--root', '-C', '--cache-dir'],
    actions: {
      install: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si'],
      update: ['refresh', 'ref'],
      remove: ['remove', 'rm'],
      clean: ['clean', 'cc'],
    },
    paths: [{ dirs: ['/var/cache/zypp'], what: 'cache', by: ['install', 'update'], cleanedBy: ['zypper clean', 'zypper cc'] }],
    advice: 'end the same RUN with zypper clean',
  },
  {
    name: 'pip',
    kind: 'language',
    programs: ['pip', 'pip2', 'pip3'],
    module: 'pip',
    optionsWithValue: [],
    actions: { install: ['install'], remove: ['uninstall'], clean: ['cache purge'] },
    paths: [{ dirs: ['~/.cache/pip'], what: 'download cache', by: ['install'], cleanedBy: ['pip cache purge'] }],
    noCacheOptions: ['--no-cache-dir'],
    noCacheEnv: 'PIP_NO_CACHE_DIR',
    advice: 'use RUN --mount=type=cache,target=/root/.cache/pip, or pip install --no-cache-dir',
    fixOption: '--no-cache-dir',
  },
  {
    name: 'npm',
    kind: 'language',
    programs: ['npm'],
    optionsWithValue: [],
    actions: { install: ['ci', 'install', 'i'], remove: ['uninstall'], clean: ['cache clean'] },
    paths: [{ dirs: ['~/.npm'], what: 'cache', by: ['install'], cleanedBy: ['npm cache clean'] }],
    advice: 'use RUN --mount=type=cache,target=/root/.npm, or npm cache clean --force in the same RUN',
  },
  {
    name: 'yarn',
    kind: 'language',
    programs: ['yarn'],
    optionsWithValue: [],
    actions: { install: ['', 'install'], remove: ['remove'], clean: ['cache clean'] },
    // Yarn 1 uses /usr/local/share/.cache/yarn when it runs as root.
    paths: [{ dirs: ['/usr/local/share/.cache/yarn', '~/.cache/yarn'], what: 'cache', by: ['install'], cleanedBy: ['yarn cache clean'] }],
    advice: 'use RUN --mount=type=cache,target=/usr/local/share/.cache/yarn, or run yarn cache clean in the same RUN',
  },
  {
    name: 'pnpm',
    kind: 'language',
    programs: ['pnpm'],
    optionsWithValue: [],
    actions: { install: ['install', 'i'], remove: ['remove'] },
    paths: [{ dirs: ['~/.local/share/pnpm/store'], what: 'store', by: ['install'], cleanedBy: [] }],
    advice: 'use RUN --mount=type=cache,target=/root/.local/share/pnpm/store',
  },
  {
    name: 'bun',
    kind: 'language',
    programs: ['bun'],
    optionsWithValue: [],
    actions: { install: ['install'] },
    paths: [{ dirs: ['~/.bun/install/cache'], what: 'cache', by: ['install'], cleanedBy: [] }],
    advice: 'use RUN --mount=type=cache,target=/root/.bun/install/cache',
  },
  {
    name: 'go',
    kind: 'language',
    programs: ['go'],
    optionsWithValue: [],
    actions: { install: ['mod download', 'get'], build: ['build', 'install', 'test', 'run'], clean: ['clean -modcache', 'clean -cache'] },
    paths: [
      // The golang images set GOPATH=/go; elsewhere it is ~/go.
      { dirs: ['/go/pkg/mod', '~/go/pkg/mod'], what: 'module cache', by: ['install', 'build'], cleanedBy: ['go clean -modcache'] },
      { dirs: ['~/.cache/go-build'], what: 'build cache', by: ['build'], cleanedBy: ['go clean -cache'] },
    ],
    advice: 'use RUN --mount=type=cache,target=/go/pkg/mod and --mount=type=cache,target=/root/.cache/go-build',
  },
  {
    name: 'cargo',
    kind: 'language',
    programs: ['cargo'],
    optionsWithValue: [],
    actions: { install: ['fetch', 'build', 'install', 'vendor'] },
    // The rust images set CARGO_HOME=/usr/local/cargo; elsewhere it is ~/.cargo.
    paths: [{ dirs: ['/usr/local/cargo/registry', '~/.cargo/registry'], what: 'registry cache', by: ['install'], cleanedBy: [] }],
    advice: 'use RUN --mount=type=cache,target=/usr/local/cargo/registry',
  },
  {
    name: 'gem',
    kind: 'language',
    programs: ['gem'],
    optionsWithValue: [],
    actions: { install: ['install'], remove: ['uninstall'] },
    // The ruby images set GEM_HOME=/usr/local/bundle; gem keeps the downloaded .gem files in GEM_HOME/cache.
    paths: [{ dirs: ['/usr/local/bundle/cache'], what: 'cache', by: ['install'], cleanedBy: [] }],
    advice: 'end the same RUN with rm -rf /usr/local/bundle/cache',
  },
  {
    name: 'bundler',
    kind: 'language',
    programs: ['bundle'],
    optionsWithValue: [],
    actions: { install: ['', 'install'] },
    paths: [{ dirs: ['/usr/local/bundle/cache'], what: 'cache', by: ['install'], cleanedBy: [] }],
    advice: 'end the same RUN with rm -rf /usr/local/bundle/cache',
  },
  {
    name: 'composer',
    kind: 'language',
    programs: ['composer'],
    optionsWithValue: [],
    actions: { install: ['install', 'update'], clean: ['clear-cache', 'clearcache', 'cc'] },
    // $XDG_CACHE_HOME/composer where XDG applies, else $COMPOSER_HOME/cache.
    paths: [{ dirs: ['~/.cache/composer', '~/.composer/cache'], what: 'cache', by: ['install'], cleanedBy: ['composer clear-cache', 'composer clearcache', 'composer cc'] }],
    advice: 'use RUN --mount=type=cache,target=/root/.cache/composer, or composer clear-cache in the same RUN',
  },
  {
    name: 'maven',
    kind: 'language',
    programs: ['mvn', 'mvnw'],
    optionsWithValue: [],
    actions: { install: ['*'] },
    paths: [{ dirs: ['~/.m2/repository'], what: 'local repository', by: ['install'], cleanedBy: [] }],
    advice: 'use RUN --mount=type=cache,target=/root/.m2',
  },
];

const byName = new Map(packageManagers.map((m) => [m.name, m]));
const byProgram = new Map(packageManagers.flatMap((m) => m.programs.map((p) => [p, m] as const)));
const byModule = new Map(packageManagers.filter((m) => m.module).map((m) => [m.module, m]));

/** The manager called `name` in the table. */
export function manager(name: string): PackageManager {
  const m = byName.get(name);
  if (!m) throw new Error(`no package manager ${name}`);
  return m;
}

/** The programs of the managers (all of them, or those of one kind). */
export function programsOf(managers: readonly PackageManager[] = packageManagers): string[] {
  return managers.flatMap((m) => m.programs);
}

/** The managers of one kind. */
export function managersOf(kind: PackageManager['kind']): PackageManager[] {
  return packageManagers.filter((m) => m.kind === kind);
}

/**
 * A subcommand of the table, split once: "mod download" is sub "mod" and the further word
 * "download" anywhere among the arguments; "" is the bare command; "*" (sub null) is any.
 */
interface Subcommand {
  readonly sub: string | null;
  readonly rest: readonly string[];
}

function parseSubcommand(spec: string): Subcommand {
  if (spec === '*') return { sub: null, rest: [] };
  const [sub = '', ...rest] = spec.split(' ');
  return { sub, rest };
}

/** True if arguments whose subcommand word is `sub` ("" when none) run the subcommand. */
function runsSubcommand(s: Subcommand, sub: string, args: readonly Arg[]): boolean {
  if (s.sub === null) return true;
  if (s.sub !== sub) return false;
  for (const w of s.rest) if (!args.some((a) => a.value === w)) return false;
  return true;
}

const actionOrder: readonly Action[] = ['install', 'update', 'remove', 'clean', 'build'];

/** The table of one manager, read once at load: what the rules ask of each command. */
interface Compiled {
  /** Its actions in the order actionOf tries them, with their subcommands. */
  readonly actions: readonly { readonly action: Action; readonly subs: readonly Subcommand[] }[];
  /** Per action, the paths it fills. */
  readonly fills: ReadonlyMap<Action, readonly ManagerPath[]>;
  /** The paths (of any manager, in table order) a subcommand of this manager empties. */
  readonly cleans: readonly { readonly path: ManagerPath; readonly subs: readonly Subcommand[] }[];
}

/** Per path: the commands that empty it ("dnf clean", "yum clean"), and its directories as root sees them. */
interface CompiledPath {
  readonly cleanedBy: readonly { readonly manager: PackageManager; readonly sub: Subcommand }[];
  readonly rootDirs: readonly string[];
}

const compiledPaths = new Map<ManagerPath, CompiledPath>(
  packageManagers.flatMap((m) =>
    m.paths.map((p) => {
      const cleanedBy = p.cleanedBy.map((spec) => {
        const [name = '', ...words] = spec.split(' ');
        return { manager: manager(name), sub: parseSubcommand(words.join(' ')) };
      });
      return [p, { cleanedBy, rootDirs: p.dirs.map(asRoot) }] as const;
    }),
  ),
);

const compiled = new Map<PackageManager, Compiled>(
  packageManagers.map((m) => {
    const actions = actionOrder.flatMap((action) => {
      const subs = m.actions[action];
      return subs ? [{ action, subs: subs.map(parseSubcommand) }] : [];
    });
    const fills = new Map(actionOrder.map((action) => [action, m.paths.filter((p) => p.by.includes(action))] as const));
    const cleans = [...compiledPaths].flatMap(([path, { cleanedBy }]) => {
      const subs = cleanedBy.filter((x) => x.manager === m).map((x) => x.sub);
      return subs.length > 0 ? [{ path, subs }] : [];
    });
    return [m, { actions, fills, cleans }] as const;
  }),
);

function compiledOf(m: PackageManager): Compiled {
  const c = compiled.get(m);
  if (!c) throw new Error(`${m.name} is not in the package-manager table`);
  return c;
}

function compiledPath(path: ManagerPath): CompiledPath {
  const c = compiledPaths.get(path);
  if (!c) throw new Error(`${path.dirs.join(' ')} is not a path of the package-manager table`);
  return c;
}

export interface Call {
  readonly manager: PackageManager;
  /** The arguments after the program (after `-m pip` for python -m pip). */
  readonly args: readonly Arg[];
  /** The subcommand word, if any. */
  readonly sub: Arg | undefined;
}

/** The package manager a command runs, if any: "apt-get install x", "python3 -m pip install x". */
export function callOf(c: Command): Call | undefined {
  let m = byProgram.get(c.name);
  let args = c.args;
  if (!m && /^python[\d.]*$/.test(c.name) && c.args[0]?.value === '-m') {
    m = byModule.get(c.args[1]?.value ?? '');
    args = c.args.slice(2);
  }
  if (!m) return undefined;
  return { manager: m, args, sub: subcommand(args, m.optionsWithValue) };
}

const question = /^(--version|-v|-V|--help|-h)$/;

/** The action of a call, if its subcommand is one the table knows. */
export function actionOf(call: Call): Action | undefined {
  // `yarn --version`, `pip --help`: no subcommand, only a question about the tool.
  if (call.sub === undefined && call.args.some((a) => question.test(a.value))) return undefined;
  const word = call.sub?.value ?? '';
  for (const { action, subs } of compiledOf(call.manager).actions) if (subs.some((s) => runsSubcommand(s, word, call.args))) return action;
  return undefined;
}

/** The package operands of an install or remove: not the subcommand, not an option or its value. */
export function packageOperands(call: Call): Arg[] {
  const takesValue = call.manager.optionsWithValue;
  return call.args.filter((a, k) => a !== call.sub && !a.value.startsWith('-') && !takesValue.includes(call.args[k - 1]?.value ?? ''));
}

const noPackages: readonly string[] = [];

/**
 * The OS packages (apt-get install, apk add, dnf install ...) that the stage's own RUN
 * instructions install, not its ONBUILD triggers', as written: "curl=7.88.1-10" keeps its pin.
 */
export function osPackagesInstalledBy(stage: Stage): readonly string[] {
  let names: string[] | null = null;
  for (const i of stage.instructions) {
    if (i.keyword !== 'RUN' || i.onbuild) continue;
    for (const c of commandsOf(i)) {
      const call = callOf(c);
      if (call === undefined || call.manager.kind !== 'os' || actionOf(call) !== 'install') continue;
      for (const a of packageOperands(call)) (names ??= []).push(a.value);
    }
  }
  return names ?? noPackages;
}

/** The OS packages the stage and the stages it is built FROM install, as written (osPackagesInstalledBy). */
export function osPackagesAlongChain(stage: Stage): readonly string[] {
  if (stage.base === null) return osPackagesInstalledBy(stage);
  const names: string[] = [];
  for (const s of stage.chain) names.push(...osPackagesInstalledBy(s));
  return names;
}

/** A package operand without its version pin: "curl=7.88.1-10", "openssl>=3" is curl, openssl. */
export function withoutPin(operand: string): string {
  return operand.replace(/[=<>~].*$/, '');
}

/** True if a later command of the same RUN installs with the manager of `c`'s call: its index update is used. */
export function installsAfter(all: readonly Command[], c: Command, call: Call): boolean {
  return someLater(all, c, call.manager, (x) => {
    const next = callOf(x);
    return next?.manager === call.manager && actionOf(next) === 'install';
  });
}

/** True if the command runs this action of some manager (of the given names, if any). */
export function runsAction(c: Command, action: Action, names?: readonly string[]): boolean {
  const call = callOf(c);
  return call !== undefined && (names === undefined || names.includes(call.manager.name)) && actionOf(call) === action;
}

/**
 * The manager's advice with its cache paths in the given home: "/root/.npm" becomes
 * "/home/node/.npm", and a path only root uses (yarn's /usr/local/share/.cache/yarn) becomes
 * the home's own (~/.cache/yarn).
 */
export function adviceIn(m: PackageManager, home: string): string {
  if (home === '/root') return m.advice;
  const prefix = home === '/' ? '/' : `${home}/`;
  let advice = m.advice.replaceAll('/root/', prefix);
  for (const p of m.paths) {
    const rootOnly = p.dirs.find((d) => d.startsWith('/'));
    const own = p.dirs.find((d) => d.startsWith('~/'));
    if (rootOnly && own) advice = advice.replaceAll(rootOnly, prefix + own.slice(2));
  }
  return advice;
}

/** A path as root sees it: "~/.npm" -> "/root/.npm". */
function asRoot(path: string): string {
  return path.startsWith('~/') ? `/root${path.slice(1)}` : path;
}

/** True if a cache or tmpfs mount target holds the directory: is it or a folder above it ("~/x" also matches any home's x, or a folder in it). */
function mountHolds(target: string, dir: string): boolean {
  if (target === '' || target === '/') return false;
  if (isInside(asRoot(dir), target)) return true;
  return dir.startsWith('~/') && target.includes(dir.slice(1));
}

/** True if a cache or tmpfs mount of the RUN keeps one of the directories out of the layer. */
export function mountedAway(instruction: Instruction, dirs: readonly string[]): boolean {
  return mountTargets(instruction).some((target) => dirs.some((d) => mountHolds(target, d)));
}

const truthy = new Set(['1', 'true', 'yes', 'on']);

/** True if the manager's no-cache environment variable is on for this command (ENV, VAR=x cmd, or an earlier export in the RUN). */
function noCacheEnvSet(m: PackageManager, c: Command, all: readonly Command[]): boolean {
  const name = m.noCacheEnv;
  if (!name) return false;
  const env = c.instruction.model.lookupAt(c.instruction)(name);
  if (typeof env === 'string' && truthy.has(env.toLowerCase())) return true;
  const assigned = (a: string) => a.startsWith(`${name}=`) && truthy.has(a.slice(name.length + 1).toLowerCase());
  if (c.assignments.some((a) => assigned(a.value))) return true;
  return someEarlier(all, c, `export ${name}`, (x) => x.name === 'export' && x.args.some((a) => assigned(a.value)));
}

const noShortOptions: readonly string[] = [];

/** True if an option or environment variable keeps the command's cache out of its layer. */
export function keptOutByOption(call: Call, c: Command, all: readonly Command[]): boolean {
  const options = call.manager.noCacheOptions;
  return (options !== undefined && hasOption(call.args, noShortOptions, options)) || noCacheEnvSet(call.manager, c, all);
}

/** The paths a command fills (before any flag or clean-up is considered). */
export function pathsFilled(c: Command): { call: Call; action: Action; paths: readonly ManagerPath[] } | undefined {
  const call = callOf(c);
  if (!call) return undefined;
  const action = actionOf(call);
  if (!action) return undefined;
  const paths = compiledOf(call.manager).fills.get(action);
  return paths && paths.length > 0 ? { call, action, paths } : undefined;
}

/** True if the command empties the path ("dnf clean all", "go clean -modcache"). */
function cleans(c: Command, path: ManagerPath): boolean {
  const call = callOf(c);
  if (!call) return false;
  const word = call.sub?.value ?? '';
  for (const x of compiledPath(path).cleanedBy) if (x.manager === call.manager && runsSubcommand(x.sub, word, call.args)) return true;
  return false;
}

const noPaths: readonly ManagerPath[] = [];

/** The paths a command empties. */
export function pathsCleaned(c: Command): readonly ManagerPath[] {
  const call = callOf(c);
  if (!call) return noPaths;
  const word = call.sub?.value ?? '';
  let out: ManagerPath[] | undefined;
  for (const { path, subs } of compiledOf(call.manager).cleans) if (subs.some((s) => runsSubcommand(s, word, call.args))) (out ??= []).push(path);
  return out ?? noPaths;
}

/** The path's directories as root sees them: "~/.npm" is "/root/.npm". */
export function rootDirs(path: ManagerPath): readonly string[] {
  return compiledPath(path).rootDirs;
}

/** True if the command empties the path: its manager's clean, or an rm of it or of something inside it. */
export function empties(x: Command, path: ManagerPath): boolean {
  if (x.name !== 'rm') return cleans(x, path);
  const dirs = rootDirs(path);
  return x.args.some((a) => !a.value.startsWith('-') && dirs.some((d) => isInside(a.value, d)));
}

/** True if the path is emptied by a later command of the same RUN (a clean, or an rm inside it). */
export function cleanedLater(path: ManagerPath, c: Command, all: readonly Command[]): boolean {
  return someLater(all, c, path, (x) => empties(x, path));
}

const noTargets: readonly string[] = [];

/** The targets of the RUN's cache and tmpfs mounts, without trailing slashes. */
function mountTargets(instruction: Instruction): readonly string[] {
  const all = mounts(instruction);
  if (all.length === 0) return noTargets;
  return all.filter((m) => m.type === 'cache' || m.type === 'tmpfs').map((m) => (m.target ?? '').replace(/\/+$/, ''));
}

/** True if a cache or tmpfs mount of the RUN keeps the path out of its layer. */
export function mountedPath(path: ManagerPath, instruction: Instruction): boolean {
  if (!path.mountSets) return mountedAway(instruction, path.dirs);
  const targets = mountTargets(instruction);
  return path.mountSets.some((set) => set.every((t) => targets.includes(t)));
}

/**
 * True if type=cache mounts of the command's RUN hold every download cache it fills, so a rebuild
 * finds what it downloaded before (a tmpfs mount starts empty on each build, so it does not count).
 */
export function downloadsCached(c: Command): boolean {
  const filled = pathsFilled(c);
  if (!filled) return false;
  const targets = mounts(c.instruction)
    .filter((m) => m.type === 'cache')
    .map((m) => (m.target ?? '').replace(/\/+$/, ''));
  return filled.paths.every((p) => targets.some((t) => p.dirs.some((d) => mountHolds(t, d))));
}

/** The manager's one-edit fix: insert its no-cache option after the subcommand. */
export function noCacheFix(call: Call): Report['fix'] {
  const option = call.manager.fixOption;
  const sub = call.sub;
  if (!option || !sub) return undefined;
  return { title: `Add ${option}`, edits: [{ start: sub.end, end: sub.end, text: ` ${option}` }] };
}
