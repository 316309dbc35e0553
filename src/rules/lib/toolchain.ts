/**
 * When build tools in the image are no mistake: the RUN that installs or uses them removes them
 * again before the layer is written (apk del .build-deps, apt-get purge --auto-remove after
 * apt-mark auto), or the toolchain is what the image is for (a compiler or language image, a
 * git server).
 */
import type { Instruction, Model, Stage } from '../../engine/model.ts';
import { baseName } from '../../engine/shell.ts';
import { unquote } from '../../engine/words.ts';
import { commandsOf, someLater, type Command } from './commands.ts';
import { actionOf, callOf, packageOperands } from './package-managers.ts';
import { lastInChain } from './stages.ts';

/**
 * True if a later command of the same RUN removes what the OS package manager installed:
 * `apk del <virtual>`, `apt-get purge --auto-remove` (the docker-library pattern marks every
 * package auto first, then purges), `apt-get autoremove` after `apt-mark auto`.
 */
export function buildDepsRemovedAfter(all: readonly Command[], c: Command): boolean {
  // Each question is answered for the whole RUN in one scan (someLater), so a long RUN stays linear.
  return (
    someLater(all, c, purgesWithAutoRemove, purgesWithAutoRemove) ||
    (someLater(all, c, marksAuto, marksAuto) && someLater(all, c, autoremoves, autoremoves)) ||
    someLater(all, c, removesVirtual, removesVirtual)
  );
}

const AUTO = ['--auto-remove', 'autoremove', '--autoremove'];

function osRemoveValues(x: Command): string[] | null {
  const call = callOf(x);
  return call && call.manager.kind === 'os' && actionOf(call) === 'remove' ? x.args.map((a) => a.value) : null;
}
/** `apt-get purge --auto-remove`: removes what only the purged packages pulled in. */
function purgesWithAutoRemove(x: Command): boolean {
  return osRemoveValues(x)?.includes('--auto-remove') ?? false;
}
/** `apt-mark auto '.*'`: after it, an autoremove removes every package not marked manual again. */
function marksAuto(x: Command): boolean {
  return x.name === 'apt-mark' && x.args[0]?.value === 'auto';
}
function autoremoves(x: Command): boolean {
  const values = osRemoveValues(x);
  return values !== null && AUTO.some((a) => values.includes(a));
}
/** `apk del .build-deps`, `apk del --no-network .build-deps`: a virtual package named by convention. */
function removesVirtual(x: Command): boolean {
  const values = osRemoveValues(x);
  return values !== null && !AUTO.some((a) => values.includes(a)) && values.some((v) => v.startsWith('.'));
}

/** True if the RUN that runs `c` (a build) installed its build dependencies earlier and removes them again before it ends. */
export function buildDepsRemovedInRun(c: Command): boolean {
  const all = commandsOf(c.instruction);
  return all.some((x) => {
    if (x.index >= c.index) return false;
    const call = callOf(x);
    return call !== undefined && call.manager.kind === 'os' && actionOf(call) === 'install' && buildDepsRemovedAfter(all, x);
  });
}

/** Programs that make an image a toolchain or a tool server when they are what it runs; sshd: a workstation people log into to use its tools. */
const toolPrograms = new Set([
  'bash', 'sh', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'csh', 'tcsh', 'fish', 'python', 'python3', 'node', 'irb', 'ruby', 'php', 'go', 'gcc', 'g++', 'make', 'cargo', 'rustc', 'mvn', 'gradle', 'jshell', 'ghci', 'iex', 'erl',
  'git', 'git-daemon', 'gitea', 'gitlab-runner', 'jenkins.sh', 'jenkins-agent', 'docker', 'dockerd', 'dockerd-entrypoint.sh', 'buildkitd', 'sshd',
]);

/**
 * True if the stage's image is the toolchain itself: what it runs is a bare shell, interpreter,
 * compiler, git server or SSH server (CMD ["python3"], ENTRYPOINT ["git", "daemon"], CMD ["sshd", "-D"]). A
 * stage with no CMD or ENTRYPOINT says nothing either way, so it counts as an app.
 */
export function toolchainIsProduct(model: Model, stage: Stage): boolean {
  const chain = model.chain(stage);
  const own = chain.flatMap((s) => s.instructions).filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && !i.onbuild);
  if (own.length === 0) return false;
  const cmd = own.filter((i) => i.keyword === 'CMD').pop();
  const entry = own.filter((i) => i.keyword === 'ENTRYPOINT').pop();
  const words = (i: typeof cmd) => (i ? (i.json?.map((j) => j.value) ?? i.words.map((w) => unquote(w.raw, i.escape))) : []);
  const c = words(cmd);
  const e = words(entry);
  const runs = (ws: string[]) => ws.length > 0 && toolPrograms.has(baseName(ws[0] ?? '')) && ws.slice(1).every((w) => w.startsWith('-') || ws[0] === 'git');
  // ENTRYPOINT ["docker-entrypoint.sh"] with CMD ["node"]: the wrapper runs the CMD.
  if (runs(e)) return true;
  if (e.length === 0 || /entrypoint|tini|dumb-init/.test(baseName(e[0] ?? ''))) return runs(c) || (e.length > 0 && c.length === 0 && runs(e.slice(1).filter((w) => w !== '--')));
  return runs(e);
}

/** Stage names that mark a development, debug, test or CI target rather than the production image. */
const nonProductionWords = new Set(['dev', 'devel', 'develop', 'development', 'devenv', 'devenvs', 'devcontainer', 'debug', 'test', 'tests', 'testing', 'validate', 'validation', 'lint', 'ci']);

/**
 * True if the stage is a development, debug, test or CI target (dev, dev-envs, debug, test,
 * validate): built with --target for a developer or a check, never shipped as the app.
 */
export function isNonProductionStage(stage: Stage): boolean {
  return (stage.name ?? '').toLowerCase().split(/[-_.]/).some((w) => nonProductionWords.has(w));
}

/** OS packages of compilers, and the language each compiles. */
const compilerPackages: readonly (readonly [RegExp, string])[] = [
  [/^(build-essential|build-base|gcc|g\+\+|gcc-c\+\+|clang)$/, 'C'],
  [/^(default-jdk|default-jdk-headless|openjdk-?\d+-jdk(-headless)?|java-[\d.]+-openjdk-devel)$/, 'Java'],
  [/^(fp-compiler|fpc)$/, 'Pascal'],
  [/^(golang|golang-go|go)$/, 'Go'],
  [/^(rustc|cargo|rust)$/, 'Rust'],
  [/^ghc$/, 'Haskell'],
  [/^gfortran$/, 'Fortran'],
  [/^gnat$/, 'Ada'],
  [/^(mono-complete|mono-mcs|dotnet-sdk-[\d.]+)$/, 'C#'],
  [/^ocaml(-nox)?$/, 'OCaml'],
];

/**
 * True if the stage's chain installs compilers of three languages or more (gcc, fp-compiler and
 * default-jdk): a code runner, judge or workstation that compiles what its users submit, so the
 * compilers are what it serves. An app's build needs one language, maybe with C beside it.
 */
export function compilesForItsUsers(model: Model, stage: Stage): boolean {
  const languages = new Set<string>();
  for (const i of model.chain(stage).flatMap((s) => s.instructions)) {
    if (i.keyword !== 'RUN' || i.onbuild) continue;
    for (const c of commandsOf(i)) {
      const call = callOf(c);
      if (!call || call.manager.kind !== 'os' || actionOf(call) !== 'install') continue;
      for (const a of packageOperands(call)) {
        const name = a.value.replace(/[=<>~].*$/, '');
        const language = compilerPackages.find(([re]) => re.test(name))?.[1];
        if (language) languages.add(language);
      }
    }
  }
  return languages.size >= 3;
}

/** Package-manager scripts that start a development server (npm run dev, yarn start:dev). */
const devScripts = /^(dev|develop|start:dev|dev:.+|serve:dev)$/;

/** True if the start command runs a development server (npm run dev, vite, nodemon, symfony serve): a local dev image, not one that is deployed. */
export function startsDevServer(start: Instruction | undefined): boolean {
  const c = start ? commandsOf(start)[0] : undefined;
  if (!c) return false;
  // npx nodemon, bunx vite: the program is the first argument.
  const viaRunner = c.name === 'npx' || c.name === 'bunx';
  const name = viaRunner ? (c.args[0]?.value ?? '') : c.name;
  const args = c.args.slice(viaRunner ? 1 : 0).map((a) => a.value);
  if (name === 'nodemon') return true;
  if (name === 'vite') return args[0] === undefined || args[0] === 'dev' || args[0] === 'serve' || args[0].startsWith('-');
  if (name === 'next' || name === 'nuxt') return args[0] === 'dev';
  if (name === 'ng') return args[0] === 'serve';
  // The Symfony CLI's local web server, which its docs say is not for production.
  if (name === 'symfony') return args[0] === 'serve' || args[0] === 'server:start' || args[0] === 'local:server:start';
  if (!['npm', 'yarn', 'pnpm', 'bun'].includes(name)) return false;
  const script = args[0] === 'run' || args[0] === 'run-script' ? args[1] : args[0];
  return script !== undefined && devScripts.test(script);
}

/** Programs that run tests, and the programs whose `test` (or `check`) subcommand does (npm test, go test, make check). */
const testRunners = new Set(['pytest', 'py.test', 'tox', 'jest', 'mocha', 'vitest', 'phpunit', 'rspec', 'bats', 'ctest']);
const testSubcommands = new Set(['npm', 'yarn', 'pnpm', 'go', 'cargo', 'dotnet', 'mvn', 'gradle', 'rake', 'bundle', 'make']);

/** True if the command runs tests: pytest, npm test, go test ./..., make test, ./run_tests.sh, test_completions.sh. */
export function runsTests(c: Command): boolean {
  if (testRunners.has(c.name) || /(^|[_.-])tests?([_.-]|$)/.test(c.name)) return true;
  return testSubcommands.has(c.name) && c.args.some((a) => a.value === 'test' || (c.name === 'make' && a.value === 'check'));
}

/** True if the start command runs the tests (CMD cd /src && make test, CMD ["pytest"]): a test image that runs them and exits. */
export function startsTests(start: Instruction | undefined): boolean {
  return start !== undefined && commandsOf(start).some(runsTests);
}

/**
 * True if the stage is not an app's runtime image, so the advice to ship only the app on a
 * minimal runtime does not apply: its image is a toolchain or shell (toolchainIsProduct), a base
 * for other images (ONBUILD triggers, or no CMD or ENTRYPOINT of its own: the base image's
 * command, a shell or interpreter, stays in effect), a development or test target (by its name,
 * or a development server or a test run as its command), or a code runner whose compilers are what it serves
 * (compilesForItsUsers).
 */
export function isNotAnAppImage(model: Model, stage: Stage): boolean {
  const chain = model.chain(stage);
  const all = chain.flatMap((s) => s.instructions);
  if (all.some((i) => i.keyword === 'ONBUILD' || i.onbuild)) return true;
  if (!all.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && !i.onbuild)) return true;
  const start = lastInChain(model, stage, 'ENTRYPOINT') ?? lastInChain(model, stage, 'CMD');
  if (startsDevServer(start) || startsTests(start)) return true;
  return isNonProductionStage(stage) || toolchainIsProduct(model, stage) || compilesForItsUsers(model, stage);
}
