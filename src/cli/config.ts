/**
 * The CLI's configuration (Node only): a `.dockerfile-practices.json` (or `.yaml`, `.yml`) found
 * upward from each Dockerfile's folder, or the file given with --config; hadolint's
 * `.hadolint.yaml` when none of ours exists. It turns rules or whole practices off, changes a
 * rule's severity, sets the fail threshold and the trusted registries, and overrides all of
 * that per path glob. Applied around the linter, never inside a rule.
 *
 *   {
 *     "failOn": "error",
 *     "practices": { "expose-ports": "off" },
 *     "rules": { "missing-digest": "warning", "latest-tag": "error" },
 *     "trustedRegistries": ["docker.io", "ghcr.io"],
 *     "overrides": [{ "files": ["legacy/**"], "rules": { "missing-user": "off" } }]
 *   }
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { practiceSlugs } from '../data/practices.ts';
import { rules, settableEngineFindings, settableIds, SYNTAX_ERROR, type Diagnostic, type Rule } from '../linter/index.ts';
import { Folders } from './folders.ts';
import { matchGlob } from './glob.ts';
import { parseHadolintConfig } from './hadolint-config.ts';
import { at, CONFIG_NAMES, ConfigError, expectOneOf, expectRecord, expectStrings, fail, FAIL_ON, HADOLINT_NAMES, onlyKeys, parseText, SETTINGS, suggest, type At, type Config, type FailOn, type Setting, type Settings } from './validate.ts';

export { CONFIG_NAMES, ConfigError, HADOLINT_NAMES, type Config, type FailOn, type Setting } from './validate.ts';

/** What applies to one Dockerfile. */
export interface Effective {
  config: Config | null;
  /** Every rule id with its setting. */
  settings: Map<string, Setting>;
  failOn?: FailOn;
  trustedRegistries?: string[];
}


function parseSettings(record: Record<string, unknown>, where: At, known: readonly string[], what: string): Record<string, Setting> {
  const out: Record<string, Setting> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!known.includes(key)) fail(at(where, key), `unknown ${what}${suggest(key, known)}; \`dockerfile-practices rules\` lists them`);
    out[key] = expectOneOf(value, SETTINGS, at(where, key));
  }
  return out;
}

function parseSettingsPart(record: Record<string, unknown>, where: At): Settings {
  return {
    practices: record.practices === undefined ? {} : parseSettings(expectRecord(record.practices, at(where, 'practices')), at(where, 'practices'), practiceSlugs, 'practice'),
    rules: record.rules === undefined ? {} : parseSettings(expectRecord(record.rules, at(where, 'rules')), at(where, 'rules'), settableIds, 'rule'),
  };
}

/** Parses and validates our configuration; `file` names it in errors. */
export function parseConfig(text: string, file: string): Config {
  const top: At = { file, path: '' };
  const data = parseText(text, file);
  const record = expectRecord(data ?? {}, top);
  onlyKeys(record, ['$schema', 'failOn', 'practices', 'rules', 'trustedRegistries', 'overrides'], top);
  const config: Config = { file, dir: dirname(file), ...parseSettingsPart(record, top), overrides: [], notes: [] };
  if (record.failOn !== undefined) config.failOn = expectOneOf(record.failOn, FAIL_ON, at(top, 'failOn'));
  if (record.trustedRegistries !== undefined) config.trustedRegistries = expectStrings(record.trustedRegistries, at(top, 'trustedRegistries'));
  if (record.overrides !== undefined) {
    const list = record.overrides;
    if (!Array.isArray(list)) fail(at(top, 'overrides'), 'must be a list of { files, rules, practices }');
    config.overrides = list.map((item, k) => {
      const where = at(at(top, 'overrides'), k);
      const o = expectRecord(item, where);
      onlyKeys(o, ['files', 'practices', 'rules'], where);
      if (o.files === undefined) fail(at(where, 'files'), 'is required: the path globs this override applies to');
      const files = typeof o.files === 'string' ? [o.files] : expectStrings(o.files, at(where, 'files'));
      return { files, ...parseSettingsPart(o, where) };
    });
  }
  return config;
}

/** A path as errors show it: relative to the working folder when inside it. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Reads a configuration file of either kind, telling them apart by name; errors name it as `shown`. */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${shown(path)}: cannot read the configuration: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))}`);
  }
  const config = basename(path).includes('hadolint') ? parseHadolintConfig(text, shown(path)) : parseConfig(text, shown(path));
  return { ...config, dir: dirname(resolve(path)) };
}

/**
 * Finds configuration files upward from folders, stopping at the filesystem root or after a
 * folder that holds .git (the repository's root). Ours wins over hadolint's at any height.
 */
export class ConfigFinder {
  private readonly loaded = new Map<string, Config>();
  private readonly folders: Folders;

  /** `folders` can be shared with the run's other lookups (the .dockerignore files). */
  constructor(folders = new Folders()) {
    this.folders = folders;
  }

  /** The configuration for a Dockerfile in `dir`, or null. */
  forDir(dir: string): Config | null {
    return this.forAbsolute(this.folders.absolute(dir));
  }

  /** The same for a folder given by its absolute path. */
  forAbsolute(dir: string): Config | null {
    const path = this.folders.nearest(dir, CONFIG_NAMES) ?? this.folders.nearest(dir, HADOLINT_NAMES);
    return path === null ? null : this.load(path);
  }

  load(path: string): Config {
    let config = this.loaded.get(path);
    if (!config) {
      config = loadConfig(path);
      this.loaded.set(path, config);
    }
    return config;
  }
}

/** Command-line selections, which win over any file: --rule (only these) and --ignore. */
export interface Selection {
  only: string[];
  ignore: string[];
}

/**
 * Checks --rule and --ignore ids; accepts rule ids and practice slugs. `--rule syntax-error` asks
 * for the syntax check alone (it always runs); it cannot be ignored.
 */
export function parseSelection(only: readonly string[], ignore: readonly string[]): Selection {
  const known = [...settableIds, SYNTAX_ERROR, ...practiceSlugs];
  const check = (flag: string) => (id: string) => {
    if (!known.includes(id)) throw new ConfigError(`--${flag} ${id}: unknown rule or practice${suggest(id, known)}`);
    if (flag === 'ignore' && id === SYNTAX_ERROR) throw new ConfigError('--ignore syntax-error: a Dockerfile BuildKit refuses is always reported');
    return id;
  };
  return { only: only.map(check('rule')), ignore: ignore.map(check('ignore')) };
}

function applySettings(settings: Map<string, Setting>, part: Settings): void {
  for (const [practice, setting] of Object.entries(part.practices)) {
    for (const r of rules) if (r.practice === practice) settings.set(r.id, setting);
  }
  for (const [id, setting] of Object.entries(part.rules)) settings.set(id, setting);
}

/**
 * What applies to a file depends on its path only through `overrides`: without them, every
 * Dockerfile under one configuration (or none) shares one answer, computed once per run.
 */
const sharedEffective = new WeakMap<Selection, Map<Config | null, Effective>>();

/** What applies to `file` (as given, relative to the working folder) under a configuration. */
export function effectiveFor(config: Config | null, file: string, selection: Selection): Effective {
  if (config && config.overrides.length > 0) return computeEffective(config, file, selection);
  let byConfig = sharedEffective.get(selection);
  if (!byConfig) sharedEffective.set(selection, (byConfig = new Map()));
  let effective = byConfig.get(config);
  if (!effective) byConfig.set(config, (effective = computeEffective(config, file, selection)));
  return effective;
}

/** Every rule and engine finding that can be turned off or re-rated, with its practice (null: the engine's) and default severity. */
const settable: readonly (Pick<Rule, 'id' | 'severity'> & { practice: string | null })[] = [...rules, ...settableEngineFindings.map((f) => ({ ...f, practice: null }))];
const defaultSeverity = new Map<string, Setting>(settable.map((r) => [r.id, r.severity]));

function computeEffective(config: Config | null, file: string, selection: Selection): Effective {
  const settings = new Map<string, Setting>(defaultSeverity);
  if (config) {
    applySettings(settings, config);
    const path = relative(config.dir, resolve(file));
    for (const o of config.overrides) if (o.files.some((g) => matchGlob(g, path))) applySettings(settings, o);
  }
  // The command line wins: --rule runs what it names (even if the file turned it off) and only
  // that; --ignore turns off what it names.
  const picked = (rule: Pick<Rule, 'id'> & { practice: string | null }, list: readonly string[]) => list.includes(rule.id) || (rule.practice !== null && list.includes(rule.practice));
  for (const rule of settable) {
    const now = settings.get(rule.id) ?? rule.severity;
    if (selection.only.length > 0) settings.set(rule.id, !picked(rule, selection.only) ? 'off' : now === 'off' ? rule.severity : now);
    if (picked(rule, selection.ignore)) settings.set(rule.id, 'off');
  }
  const effective: Effective = { config, settings };
  if (config?.failOn) effective.failOn = config.failOn;
  if (config?.trustedRegistries) effective.trustedRegistries = config.trustedRegistries;
  return effective;
}

const enabled = new WeakMap<Effective, readonly string[]>();

/** The rule ids to run. */
export function enabledRules(effective: Effective): readonly string[] {
  let ids = enabled.get(effective);
  if (!ids) enabled.set(effective, (ids = [...effective.settings].filter(([, s]) => s !== 'off').map(([id]) => id)));
  return ids;
}

const rerating = new WeakMap<Effective, boolean>();

/** Whether a rule is set to a severity other than its default (most runs set none: their findings keep theirs). */
function rerates(effective: Effective): boolean {
  let any = rerating.get(effective);
  if (any === undefined) rerating.set(effective, (any = [...effective.settings].some(([id, s]) => s !== 'off' && s !== defaultSeverity.get(id))));
  return any;
}

/**
 * Findings with their configured severity (internal errors keep theirs). A rule left at its
 * default keeps each finding's own severity: dockerignore-missing-secrets only suggests, at info,
 * when it cannot see the context's files.
 */
export function withSeverities(diagnostics: Diagnostic[], effective: Effective): Diagnostic[] {
  if (!rerates(effective)) return diagnostics;
  return diagnostics.map((d) => {
    const setting = effective.settings.get(d.rule);
    const configured = setting !== undefined && setting !== 'off' && setting !== defaultSeverity.get(d.rule);
    return configured && setting !== d.severity ? { ...d, severity: setting } : d;
  });
}
