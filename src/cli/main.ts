/**
 * The dockerfile-practices CLI (Node only).
 *
 *   dockerfile-practices lint [--format text|json|sarif|github|gitlab] [--context DIR]
 *                             [--fail-on error|warning|info|none] [--config FILE]
 *                             [--rule ID]... [--ignore ID]... [--site-url URL]
 *                             [--fix] [--fix-unsafe] [--fix-dry-run] [--jobs N] FILE... | -
 *   dockerfile-practices rules [--format text|json] [--site-url URL]
 *   dockerfile-practices schema
 *   dockerfile-practices --version
 *
 * Rule links (JSON `url`, SARIF `helpUri` and `informationUri`) point at the guide at --site-url,
 * else $DOCKERFILE_PRACTICES_SITE_URL, else its public address.
 *
 * Configuration: see ./config.ts (found upward from each Dockerfile, or --config).
 *
 * Exit codes: 0 clean, 1 findings at or above --fail-on (or a syntax error, whatever --fail-on
 * says: BuildKit would refuse the file), 2 usage error, bad configuration or unreadable file.
 */
import { isMainThread } from 'node:worker_threads';
import { rules, SYNTAX_ERROR, today } from '../linter/index.ts';
import { severityRank, type Severity } from '../engine/types.ts';
import { DEFAULT_BASE_PATH, DEFAULT_SITE_URL } from '../data/site.ts';
import { formatRules, type FileResult } from './format.ts';
import { FIX_USAGE, fixMode, fixModeProblem, type FixMode } from './fix.ts';
import { ConfigError } from './config.ts';
import { configSchema } from './config-schema.ts';
import { LINT_FORMATS, readsTexts, Rendering, type LintFormat } from './formats/index.ts';
import { kindOf } from './folders.ts';
import { lintFiles, LintSession, type LintSettings, type Outcome } from './lint-files.ts';
import { defaultJobs, FILES_PER_WORKER, lintInParallel } from './parallel.ts';
import { packageVersion } from './version.ts';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  readStdin(): Promise<string>;
}

/** The environment variable that sets the guide's address when --site-url is not given. */
export const SITE_URL_ENV = 'DOCKERFILE_PRACTICES_SITE_URL';
const PUBLIC_SITE = `${DEFAULT_SITE_URL}${DEFAULT_BASE_PATH}`;

const usage = `Usage:
  dockerfile-practices lint [options] FILE... | -
  dockerfile-practices rules [--format text|json] [--site-url URL]
  dockerfile-practices schema     the configuration's JSON Schema, for editors
  dockerfile-practices --version  the version (also -V)

  --format F      text (default), json, sarif (code scanning), github (workflow
                  annotations), gitlab (Code Quality report)
  --fail-on S     exit 1 on findings of this severity or above: error, warning
                  (default), info, none. Wins over the configuration's failOn
  --config FILE   use this configuration for every file, instead of the
                  .dockerfile-practices.json|.yaml|.yml found upward from each
                  Dockerfile (or, when there is none, hadolint's .hadolint.yaml)
  --rule ID       run only this rule or practice (repeat, or separate with commas)
  --ignore ID     turn off this rule or practice (repeat, or separate with commas)
  --jobs N        lint in N threads; the output and exit code are those of one.
                  Default: one per two logical CPUs, but no more than one per
                  ${FILES_PER_WORKER} files (one for fewer than ${2 * FILES_PER_WORKER}). --fix and standard input
                  run in one
  --context DIR   the build context (the folder docker build runs with), whose
                  .dockerignore applies and whose files the secrets check reads.
                  Default: each Dockerfile's folder

${FIX_USAGE}

  --site-url URL  where the guide is published, base path included; the rule links in JSON
                  and SARIF output start here. Default: $${SITE_URL_ENV}, else
                  ${PUBLIC_SITE}. A copy on GitHub Pages is at
                  https://<owner>.github.io/<repo>/

  Configuration keys: failOn, rules, practices, trustedRegistries, overrides
  (see the README). Exit codes: 0 clean, 1 findings at or above the threshold
  (and always for a syntax error: BuildKit would refuse the file), 2 usage error,
  bad configuration or unreadable file.
`;

class UsageError extends Error {}

interface LintArgs {
  format: LintFormat;
  site: string;
  config: string | null;
  only: string[];
  ignore: string[];
  context: string | null;
  /** null: the configuration's failOn, else warning. */
  failOn: Severity | 'none' | null;
  files: string[];
  fix: FixMode | null;
  /** --jobs, or null: defaultJobs. */
  jobs: number | null;
}

/** Options that may be given more than once; their values are joined with commas. */
const REPEATABLE = new Set(['rule', 'ignore']);

/** An option's accepted values: a list, any value (null), or none at all ('flag'). */
type Accepts = readonly string[] | null | 'flag';

function parseOptions(args: string[], allowed: Record<string, Accepts>): { options: Map<string, string>; rest: string[] } {
  const options = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!(name in allowed)) throw new UsageError(`unknown option --${name}`);
      const choices = allowed[name];
      if (choices === 'flag') {
        if (eq >= 0) throw new UsageError(`--${name} takes no value`);
        options.set(name, 'true');
        continue;
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (choices && !choices.includes(value)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}"`);
      const before = options.get(name);
      options.set(name, before !== undefined && REPEATABLE.has(name) ? `${before},${value}` : value);
      continue;
    }
    rest.push(arg);
  }
  return { options, rest };
}

/**
 * The guide's address for rule links: --site-url, else the environment variable, else the public
 * site. An http(s) URL with no query or fragment; its path is the base path and ends with "/".
 */
export function siteUrl(option: string | undefined, env: Io['env']): string {
  const fromEnv = env[SITE_URL_ENV];
  const [value, source] = option !== undefined ? [option, '--site-url'] : fromEnv ? [fromEnv, SITE_URL_ENV] : [PUBLIC_SITE, 'default'];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${source} must be an absolute URL such as https://example.org/guide/, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${source} must be an http or https URL, not "${value}"`);
  if (url.search || url.hash) throw new UsageError(`${source} must have no query or fragment: "${value}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function parseLint(args: string[], env: Io['env']): LintArgs {
  const { options, rest } = parseOptions(args, {
    format: LINT_FORMATS,
    context: null,
    config: null,
    rule: null,
    ignore: null,
    'fail-on': ['error', 'warning', 'info', 'none'],
    'site-url': null,
    fix: 'flag',
    'fix-unsafe': 'flag',
    'fix-dry-run': 'flag',
    jobs: null,
  });
  if (rest.length === 0) throw new UsageError('lint needs at least one FILE, or - for standard input');
  const mode = fixMode(options);
  const fixProblem = mode && fixModeProblem(mode, rest);
  if (fixProblem) throw new UsageError(fixProblem);
  const jobs = options.get('jobs');
  if (jobs !== undefined && !/^[1-9][0-9]{0,2}$/.test(jobs)) throw new UsageError(`--jobs must be a whole number from 1 to 999, not "${jobs}"`);
  return {
    jobs: jobs === undefined ? null : Number(jobs),
    fix: mode,
    format: (options.get('format') ?? 'text') as LintArgs['format'],
    site: siteUrl(options.get('site-url'), env),
    context: options.get('context') ?? null,
    failOn: (options.get('fail-on') ?? null) as LintArgs['failOn'],
    files: rest,
    config: options.get('config') ?? null,
    only: list(options.get('rule')),
    ignore: list(options.get('ignore')),
  };
}

function list(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Keeps each finding on a .dockerignore only the first time it is reported, taking the results
 * in order: Dockerfiles that share a .dockerignore would otherwise repeat it, once each.
 */
export class OncePerDockerignore {
  readonly #seen = new Set<string>();

  /** The result, less the .dockerignore findings an earlier result (or this one) reported already. */
  filter(r: FileResult): FileResult {
    if (r.dockerignore === null || !r.diagnostics.some((d) => d.file === 'dockerignore')) return r;
    const diagnostics = r.diagnostics.filter((d) => {
      if (d.file !== 'dockerignore') return true;
      const key = [r.dockerignore, d.rule, d.line, d.column, d.endLine, d.endColumn, d.message].join('\0');
      if (this.#seen.has(key)) return false;
      this.#seen.add(key);
      return true;
    });
    return diagnostics.length === r.diagnostics.length ? r : { ...r, diagnostics };
  }
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'rules') {
      const { options, rest } = parseOptions(args, { format: ['text', 'json'], 'site-url': null });
      if (rest.length > 0) throw new UsageError(`rules takes no arguments, got "${rest[0]}"`);
      io.stdout.write(formatRules(rules, (options.get('format') ?? 'text') as 'text' | 'json', siteUrl(options.get('site-url'), io.env)));
      return 0;
    }
    if (command === 'schema' && args.length === 0) {
      io.stdout.write(JSON.stringify(configSchema(), null, 2) + '\n');
      return 0;
    }
    if (command === 'lint') return await runLint(parseLint(args, io.env), io);
    if ((command === '--version' || command === '-V') && args.length === 0) {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(usage);
      return 0;
    }
    throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`dockerfile-practices: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`dockerfile-practices: ${error.message} (see dockerfile-practices --help)\n`);
      return 2;
    }
    throw error;
  }
}

async function runLint(args: LintArgs, io: Io): Promise<number> {
  // A context that does not exist would read as "no .dockerignore", and give wrong findings.
  if (args.context !== null && kindOf(args.context) !== 'folder') {
    throw new UsageError(`--context ${args.context} is not a folder`);
  }
  const settings: LintSettings = { context: args.context, config: args.config, only: args.only, ignore: args.ignore, failOn: args.failOn, now: today(), texts: readsTexts(args.format) };
  const session = new LintSession(settings);
  const report = { write: (s: string) => io.stderr.write(s) };
  const color = io.stdout.isTTY === true && (io.env.NO_COLOR ?? '') === '';
  // Each file's findings are rendered as they come, and what decides the exit code noted.
  const rendering = new Rendering(args.format, args.site, color);
  const once = new OncePerDockerignore();
  let syntaxError = false;
  let failed = false;
  const show = (result: FileResult, threshold: Severity | 'none') => {
    const shown = once.filter(result);
    if (shown.diagnostics.some((d) => d.rule === SYNTAX_ERROR)) syntaxError = true;
    if (threshold !== 'none' && shown.diagnostics.some((d) => severityRank(d.severity) >= severityRank(threshold))) failed = true;
    rendering.add(shown);
  };
  // Standard input and fixes are read and written in this thread only.
  const jobs = args.fix || args.files.includes('-') ? 1 : (args.jobs ?? defaultJobs(args.files.length));
  let outcome: Outcome;
  if (jobs > 1) {
    outcome = await lintInParallel(args.files, session, jobs, report);
    outcome.results.forEach((r, k) => show(r, outcome.thresholds[k] ?? 'warning'));
  } else {
    outcome = await lintFiles(args.files, session, report, { readStdin: io.readStdin, onResult: show, ...(args.fix ? { fix: { mode: args.fix, stdout: io.stdout } } : {}) });
  }
  // A dry run prints only its diff: exit code 1 when there is one, as `diff` does.
  if (args.fix?.dryRun) return outcome.unreadable ? 2 : outcome.changed ? 1 : 0;
  io.stdout.write(rendering.finish());
  if (outcome.unreadable) return 2;
  if (syntaxError) return 1;
  return failed ? 1 : 0;
}

function nodeIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** Runs the CLI on process.argv and sets the exit code. */
export async function main(): Promise<void> {
  // When the reader of the output goes away (`dockerfile-practices lint ... | head`), stop
  // quietly with the exit code the findings gave, as other command-line tools do, instead of
  // crashing on the failed write with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), nodeIo());
  } catch (error) {
    process.stderr.write(`dockerfile-practices: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

// A lint worker (./parallel.ts) loads this module too when the CLI is bundled: it has its own work.
if (import.meta.main && isMainThread) await main();
