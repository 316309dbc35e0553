/**
 * What a stage's image is for, read from the Dockerfile alone: the one classification that the
 * rules about the final image share. Advice for an app's runtime image (run as non-root, build
 * in a separate stage, ship no build tools, expose the port) does not fit an image that is a
 * toolchain, a test run, a development environment or a base for other images, and each rule
 * that gives such advice asks `purposeOf` rather than keeping its own list of exceptions.
 *
 * | purpose       | read from                                                                                                 |
 * |---------------|-----------------------------------------------------------------------------------------------------------|
 * | `base`        | ONBUILD triggers, or no CMD or ENTRYPOINT in the stage or the stages it is built on: it starts what its     |
 * |               | base image starts (a shell, an interpreter) or what `docker run` names: a builder base, a CI environment,  |
 * |               | an artifact on scratch, a last stage that exports or uploads                                                |
 * | `dev`         | a development server as its command (npm run dev, vite, nodemon, symfony serve)                           |
 * | `test`        | its command runs tests (pytest, npm test, make test, ./run_tests.sh)                                       |
 * | `tool`        | its command is a shell, an interpreter, a compiler, a git or SSH server (CMD ["python3"],                  |
 * |               | ENTRYPOINT ["git", "daemon"], CMD ["sshd", "-D"]), a build (ENTRYPOINT ["make", "verify-all"]), or an      |
 * |               | ENTRYPOINT that only runs its arguments (["tini", "--"]) with no CMD                                      |
 * | `code-runner` | it installs compilers of three languages or more: a judge or workstation that compiles what users submit   |
 * | `cli`         | an app whose default arguments ask for its usage (CMD ["--help"]): a command-line tool, no service          |
 * | `app`         | anything else that starts a program of its own: a service or an application                                |
 *
 * The purpose is read from what the image runs. A stage's name says which target it is
 * (isNonProductionStage: dev, debug, test, ci ...), which rules about the shipped image weigh apart.
 */
import { memo, memoSlot, type Instruction, type Model, type Stage } from '../../engine/model.ts';
import type { LintOptions } from '../../engine/types.ts';
import { baseName } from '../../engine/shell.ts';
import { unquote } from '../../engine/words.ts';
import { commandsOf, type Command } from './commands.ts';
import { isBuildCommand } from './images.ts';
import { osPackagesAlongChain, withoutPin } from './package-managers.ts';
import { lastInChain } from './stages.ts';

const PURPOSES = memoSlot();

export type Purpose = 'app' | 'cli' | 'base' | 'dev' | 'test' | 'tool' | 'code-runner';

/** What the stage's image is for (see the table above). Read once per stage: several rules ask about the final stage. */
export function purposeOf(model: Model, stage: Stage): Purpose {
  const purposes = memo(model, PURPOSES, noPurposesYet);
  return (purposes[stage.index] ??= readPurpose(stage));
}

/** A slot per stage, filled as rules ask. */
function noPurposesYet(model: Model): (Purpose | undefined)[] {
  return new Array<Purpose | undefined>(model.stages.length);
}

/**
 * True if the stage is not an app's runtime image (a command-line app is one), or is a target,
 * or the final stage of a file, named for development, debugging, tests or CI: advice for
 * shipping an app does not apply to it.
 */
export function isNotAnAppImage(model: Model, stage: Stage, options: LintOptions): boolean {
  const p = purposeOf(model, stage);
  return (p !== 'app' && p !== 'cli') || isNonProductionStage(stage) || (stage === model.finalStage && isNonProductionFile(options.path));
}

function readPurpose(stage: Stage): Purpose {
  for (const s of stage.chain) for (const i of s.instructions) if (i.keyword === 'ONBUILD' || i.onbuild) return 'base';
  const entrypoint = lastInChain(stage, 'ENTRYPOINT');
  const cmd = lastInChain(stage, 'CMD');
  const start = entrypoint ?? cmd;
  if (startsDevServer(start)) return 'dev';
  if (startsTests(start)) return 'test';
  if (!start) return 'base';
  if (startsTool(entrypoint, cmd) || startsBuild(start)) return 'tool';
  if (compilesForItsUsers(stage)) return 'code-runner';
  return asksForUsage(entrypoint, cmd) ? 'cli' : 'app';
}

/** Stage names that mark a development or debug target, and a test or CI one: built with --target, never shipped as the app. */
const nonProductionWords = new Set(['dev', 'devel', 'develop', 'development', 'devenv', 'devenvs', 'devcontainer', 'debug', 'test', 'tests', 'testing', 'validate', 'validation', 'lint', 'ci']);

/** True if the stage is a development, debug, test or CI target by its name (dev, dev-envs, debug, test, validate). */
export function isNonProductionStage(stage: Stage): boolean {
  return stage.name !== null && stage.name.toLowerCase().split(/[-_.]/).some((w) => nonProductionWords.has(w));
}

/** Words of a Dockerfile's name that say it builds an image for a check: Dockerfile.test, ci.Dockerfile, Dockerfile.e2e. */
const checkFileWords = new Set(['test', 'tests', 'testing', 'e2e', 'ci', 'lint', 'validate', 'validation']);

/**
 * True if the Dockerfile's name says it builds a test or CI image (Dockerfile.test,
 * ci.Dockerfile, Dockerfile.e2e), or it is a development container's (.devcontainer/Dockerfile):
 * an image for a check or a developer's editor, never shipped. Only the file's own name counts,
 * and the .devcontainer folder: a folder named ci/ may hold the services a pipeline's tests talk
 * to, and Dockerfile.dev often builds the app itself, run as a server for development.
 */
export function isNonProductionFile(path: string | undefined): boolean {
  if (path === undefined) return false;
  // Several rules ask about the file being linted: read its name once.
  if (path !== lastPath) {
    lastPath = path;
    lastAnswer = readNonProductionFile(path);
  }
  return lastAnswer;
}

let lastPath: string | undefined;
let lastAnswer = false;

function readNonProductionFile(path: string): boolean {
  const parts = path.toLowerCase().split(/[/\\]/);
  const name = parts.pop() ?? '';
  return parts.includes('.devcontainer') || name.split(/[._-]+/).some((w) => checkFileWords.has(w));
}

/** Programs that make an image a toolchain or a tool server when they are what it runs; sshd: a workstation people log into to use its tools. */
const toolPrograms = new Set([
  'bash', 'sh', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'csh', 'tcsh', 'fish', 'python', 'python3', 'node', 'irb', 'ruby', 'php', 'go', 'gcc', 'g++', 'make', 'cargo', 'rustc', 'mvn', 'gradle', 'jshell', 'ghci', 'iex', 'erl',
  'git', 'git-daemon', 'gitea', 'gitlab-runner', 'jenkins.sh', 'jenkins-agent', 'docker', 'dockerd', 'dockerd-entrypoint.sh', 'buildkitd', 'sshd',
]);

/** Wrappers that only run the command they are given: init shims, and the ROS images' entrypoint (it sources the ROS setup and runs exec "$@"). */
const passThroughWrappers = new Set(['tini', 'tini-static', 'dumb-init', 'ros_entrypoint.sh']);

/** The words of a CMD or ENTRYPOINT, exec or shell form, unquoted. */
export function wordsOf(i: Instruction | undefined): string[] {
  return i ? (i.json?.map((j) => j.value) ?? i.words.map((w) => unquote(w.raw, i.escape))) : [];
}

const help = /^(--help|-h|help|--version|version)$/;

/**
 * True if the image's start is a tool rather than an app: a shell, interpreter, compiler, git or
 * SSH server, or a pass-through ENTRYPOINT (tini --) with no CMD, which runs only what docker run names.
 */
function startsTool(entrypoint: Instruction | undefined, cmd: Instruction | undefined): boolean {
  const c = wordsOf(cmd);
  const e = wordsOf(entrypoint);
  const runs = (ws: string[]) => ws.length > 0 && toolPrograms.has(baseName(ws[0] ?? '')) && ws.slice(1).every((w) => w.startsWith('-') || ws[0] === 'git');
  const wrapper = e.length > 0 && (passThroughWrappers.has(baseName(e[0] ?? '')) || /entrypoint|tini|dumb-init/.test(baseName(e[0] ?? '')));
  // ENTRYPOINT ["python3"] with CMD ["app.py"] runs python3 app.py: an app, not the interpreter.
  // ENTRYPOINT ["dockerd-entrypoint.sh"] is a tool of its own, whatever its name says.
  if (runs([...e, ...c])) return true;
  if (e.length > 0 && !wrapper) return false;
  // ENTRYPOINT ["tini", "--"] and no CMD: an ENTRYPOINT resets the base image's CMD, so it runs only what docker run names.
  if (entrypoint && !cmd && passThroughWrappers.has(baseName(e[0] ?? '')) && e.slice(1).every((w) => w.startsWith('-'))) return true;
  // ENTRYPOINT ["docker-entrypoint.sh"] with CMD ["node"]: the wrapper runs the CMD.
  return runs(c) || (e.length > 0 && c.length === 0 && runs(e.slice(1).filter((w) => w !== '--')));
}

/** True if the default arguments ask for the program's usage: CMD ["--help"], or ENTRYPOINT ["tool"] with CMD ["test", "--help"]. */
function asksForUsage(entrypoint: Instruction | undefined, cmd: Instruction | undefined): boolean {
  const c = wordsOf(cmd);
  const e = wordsOf(entrypoint);
  const args = [...e, ...c].slice(1);
  if (args.length === 1 && help.test(args[0] ?? '')) return true;
  return e.length === 1 && help.test(c[c.length - 1] ?? '');
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
function compilesForItsUsers(stage: Stage): boolean {
  const languages = new Set<string>();
  for (const p of osPackagesAlongChain(stage)) {
    const name = withoutPin(p);
    const language = compilerPackages.find(([re]) => re.test(name))?.[1];
    if (language) languages.add(language);
  }
  return languages.size >= 3;
}

/**
 * True if the start runs a build (ENTRYPOINT ["make", "verify-all"], CMD ["npm", "run", "build"]):
 * the image is a build or check environment that runs and exits. `make run`, `make serve` or
 * `make start` may well start the service.
 */
function startsBuild(start: Instruction): boolean {
  const first = commandsOf(start)[0];
  return first !== undefined && isBuildCommand(first) && !(first.name === 'make' && first.args.some((a) => /^(run|serve|server|start|up|dev)$/.test(a.value)));
}

/** Package-manager scripts that start a development server (npm run dev, yarn start:dev). */
const devScripts = /^(dev|develop|start:dev|dev:.+|serve:dev)$/;

/** True if the start command runs a development server (npm run dev, vite, nodemon, symfony serve): a local dev image, not one that is deployed. */
function startsDevServer(start: Instruction | undefined): boolean {
  const c = start ? commandsOf(start)[0] : undefined;
  if (!c) return false;
  // npx nodemon, bunx vite: the program is the first argument.
  const viaRunner = c.name === 'npx' || c.name === 'bunx';
  const name = viaRunner ? (c.args[0]?.value ?? '') : c.name;
  // The program's first two arguments.
  const first = c.args[viaRunner ? 1 : 0]?.value;
  const second = c.args[viaRunner ? 2 : 1]?.value;
  if (name === 'nodemon') return true;
  if (name === 'vite') return first === undefined || first === 'dev' || first === 'serve' || first.startsWith('-');
  if (name === 'next' || name === 'nuxt') return first === 'dev';
  if (name === 'ng') return first === 'serve';
  // The Symfony CLI's local web server, which its docs say is not for production.
  if (name === 'symfony') return first === 'serve' || first === 'server:start' || first === 'local:server:start';
  if (!scriptRunners.has(name)) return false;
  const script = first === 'run' || first === 'run-script' ? second : first;
  return script !== undefined && devScripts.test(script);
}

/** Package managers that run a package.json script: npm run dev, yarn dev. */
const scriptRunners = new Set(['npm', 'yarn', 'pnpm', 'bun']);

/** Programs that run tests, and the programs whose `test` (or `check`) subcommand does (npm test, go test, make check). */
const testRunners = new Set(['pytest', 'py.test', 'tox', 'jest', 'mocha', 'vitest', 'phpunit', 'rspec', 'bats', 'ctest']);
const testSubcommands = new Set(['npm', 'yarn', 'pnpm', 'go', 'cargo', 'dotnet', 'mvn', 'gradle', 'rake', 'bundle', 'make']);

/** True if the command runs tests: pytest, npm test, go test ./..., make test, ./run_tests.sh, test_completions.sh. */
function runsTests(c: Command): boolean {
  if (testRunners.has(c.name) || /(^|[_.-])tests?([_.-]|$)/.test(c.name)) return true;
  return testSubcommands.has(c.name) && c.args.some((a) => a.value === 'test' || (c.name === 'make' && a.value === 'check'));
}

/** True if the start command runs the tests (CMD cd /src && make test, CMD ["pytest"]): a test image that runs them and exits. */
function startsTests(start: Instruction | undefined): boolean {
  return start !== undefined && commandsOf(start).some(runsTests);
}
