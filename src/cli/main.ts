/**
 * The dockerfile-practices CLI (Node only).
 *
 *   dockerfile-practices lint [--format text|json|sarif|github|gitlab] [--context DIR]
 *                             [--fail-on error|warning|info|none] [--config FILE]
 *                             [--rule ID]... [--ignore ID]... [--site-url URL]
 *                             [--fix] [--fix-unsafe] [--fix-dry-run] FILE... | -
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
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Folders } from './folders.ts';
import { lint, rules, SYNTAX_ERROR, today } from '../linter/index.ts';
import { severityRank, type Severity } from '../engine/types.ts';
import { DEFAULT_BASE_PATH, DEFAULT_SITE_URL } from '../data/site.ts';
import { formatRules, type FileResult } from './format.ts';
import { FIX_USAGE, fixFile, fixMode, fixModeProblem, withoutBom, type FixMode } from './fix.ts';
import { ConfigError, ConfigFinder, effectiveFor, enabledRules, parseSelection, withSeverities, type Config, type Effective } from './config.ts';
import { configSchema } from './config-schema.ts';
import { LINT_FORMATS, render, type LintFormat } from './formats/index.ts';
import { contextInfo, type ContextInfo } from './context.ts';
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
  });
  if (rest.length === 0) throw new UsageError('lint needs at least one FILE, or - for standard input');
  const mode = fixMode(options);
  const fixProblem = mode && fixModeProblem(mode, rest);
  if (fixProblem) throw new UsageError(fixProblem);
  return {
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

/** A file that exists but cannot be read. */
class UnreadableFile extends Error {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(`cannot read ${path}: ${reason}`);
    this.path = path;
  }
}

/**
 * A file's text, or null when it does not exist. Any other failure (a folder, no permission) throws UnreadableFile.
 * Files are read synchronously: a lint of thousands of small files otherwise spends most of its
 * time idle, waiting on one promise after another. Callers ask the run's Folders first, so a
 * missing file (most Dockerfiles have no <name>.dockerignore) costs neither a stat nor an exception.
 */
function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new UnreadableFile(path, readFailure(error));
  }
}

/** Why a file could not be read, in words: "no such file" rather than ENOENT. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** `dir`: the context folder the .dockerignore belongs to (null when unknown: standard input without --context). */
type Ignore = { path: string | null; text: string | null | undefined; dir: string | null };

/**
 * The .dockerignore BuildKit would use: <Dockerfile>.dockerignore beside it, else the context's.
 * `contexts` holds each context folder's .dockerignore once read (many Dockerfiles share one).
 */
function findDockerignore(file: string, context: string | null, contexts: Map<string, Ignore>, folders: Folders): Ignore {
  const dir = context ?? (file === '-' ? null : dirname(file));
  // Folders are listed by absolute path, as the configuration search lists them: once each.
  if (file !== '-' && folders.kind(resolve(dirname(file)), `${basename(file)}.dockerignore`) !== null) {
    const own = `${file}.dockerignore`;
    const text = readOptional(own);
    if (text !== null) return { path: own, text, dir };
  }
  if (dir === null) return { path: null, text: undefined, dir };
  const known = contexts.get(dir);
  if (known) return known;
  const path = join(dir, '.dockerignore');
  const found = { path, text: folders.kind(resolve(dir), '.dockerignore') === null ? null : readOptional(path), dir };
  contexts.set(dir, found);
  return found;
}

/**
 * The context folder's listing, once per folder and .dockerignore text (Dockerfiles that share
 * them share it). `guessed` is the same for the whole run.
 */
function contextOf(dir: string, text: string | null, guessed: boolean, listings: Map<string, Map<string | null, ContextInfo>>, folders: Folders): ContextInfo {
  let byText = listings.get(dir);
  if (!byText) listings.set(dir, (byText = new Map()));
  let info = byText.get(text);
  if (!info) byText.set(text, (info = contextInfo(dir, text, guessed, folders)));
  return info;
}

/**
 * The results with each finding on a .dockerignore kept only for the first Dockerfile that
 * reported it: Dockerfiles that share a .dockerignore would otherwise repeat it, once each.
 */
export function oncePerDockerignore(results: readonly FileResult[]): FileResult[] {
  // Only a .dockerignore that several results share can repeat a finding.
  const uses = new Map<string, number>();
  for (const r of results) if (r.dockerignore !== null) uses.set(r.dockerignore, (uses.get(r.dockerignore) ?? 0) + 1);
  const seen = new Set<string>();
  return results.map((r) => {
    if (r.dockerignore === null || (uses.get(r.dockerignore) ?? 0) < 2 || !r.diagnostics.some((d) => d.file === 'dockerignore')) return r;
    const diagnostics = r.diagnostics.filter((d) => {
      if (d.file !== 'dockerignore') return true;
      const key = [r.dockerignore, d.rule, d.line, d.column, d.endLine, d.endColumn, d.message].join('\0');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...r, diagnostics };
  });
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
  if (args.context !== null && !(await stat(args.context).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError(`--context ${args.context} is not a folder`);
  }
  const selection = parseSelection(args.only, args.ignore);
  // One listing per folder answers every lookup of the run: configuration, .dockerignore, .git.
  const folders = new Folders();
  const finder = new ConfigFinder(folders);
  const now = today();
  const given = args.config === null ? null : finder.load(args.config);
  const noted = new Set<Config>();
  const results: FileResult[] = [];
  const thresholds: (Severity | 'none')[] = [];
  let unreadable = false;
  let stdinUsed = false;
  let changed = false;
  const contexts = new Map<string, Ignore>();
  const listings = new Map<string, Map<string | null, ContextInfo>>();
  for (const file of args.files) {
    let text: string;
    try {
      if (file === '-') {
        if (stdinUsed) throw new Error('standard input can be read only once');
        stdinUsed = true;
        text = await io.readStdin();
      } else {
        text = readFileSync(file, 'utf8');
      }
    } catch (error) {
      io.stderr.write(`dockerfile-practices: cannot read ${file}: ${readFailure(error)}\n`);
      unreadable = true;
      continue;
    }
    let ignore: Ignore;
    try {
      ignore = findDockerignore(file, args.context, contexts, folders);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      // Still lint the Dockerfile, as if its .dockerignore were unknown (those rules stay quiet).
      io.stderr.write(`dockerfile-practices: ${error.message} (for ${file})\n`);
      unreadable = true;
      ignore = { path: null, text: undefined, dir: null };
    }
    const config = given ?? finder.forDir(file === '-' ? '.' : dirname(file));
    if (config && !noted.has(config)) {
      noted.add(config);
      for (const note of config.notes) io.stderr.write(`dockerfile-practices: note: ${note}\n`);
    }
    const effective: Effective = effectiveFor(config, file, selection);
    const context = ignore.dir !== null && ignore.text !== undefined ? contextOf(ignore.dir, ignore.text, args.context === null, listings, folders) : undefined;
    const options = { dockerignore: ignore.text, context, rules: enabledRules(effective), trustedRegistries: effective.trustedRegistries, now };
    if (args.fix) {
      const fixed = await fixFile(file, text, options, args.fix, io).catch((error: unknown) => {
        io.stderr.write(`dockerfile-practices: cannot write ${file}: ${readFailure(error)}\n`);
        unreadable = true;
        return null;
      });
      if (!fixed) continue;
      if (fixed.changed) changed = true;
      results.push({ file, dockerignore: ignore.path, diagnostics: withSeverities(fixed.diagnostics, effective), text: withoutBom(fixed.text), dockerignoreText: ignore.text });
    } else {
      results.push({ file, dockerignore: ignore.path, diagnostics: withSeverities(lint(withoutBom(text), options), effective), text: withoutBom(text), dockerignoreText: ignore.text });
    }
    // One threshold per result, in the same order.
    thresholds.push(args.failOn ?? effective.failOn ?? 'warning');
  }
  // A dry run prints only its diff: exit code 1 when there is one, as `diff` does.
  if (args.fix?.dryRun) return unreadable ? 2 : changed ? 1 : 0;
  const color = io.stdout.isTTY === true && (io.env.NO_COLOR ?? '') === '';
  const shown = oncePerDockerignore(results);
  io.stdout.write(render(args.format, shown, args.site, color));
  if (unreadable) return 2;
  if (shown.some((r) => r.diagnostics.some((d) => d.rule === SYNTAX_ERROR))) return 1;
  const fails = (r: FileResult, k: number) => {
    const threshold = thresholds[k] ?? 'warning';
    return threshold !== 'none' && r.diagnostics.some((d) => severityRank(d.severity) >= severityRank(threshold));
  };
  return shown.some(fails) ? 1 : 0;
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

if (import.meta.main) await main();
