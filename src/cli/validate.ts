/**
 * The configuration's shape, and a small validator for it: each check names the key path and the file, so an
 * error reads `.dockerfile-practices.json: rules.latest-tagg: unknown rule (did you mean
 * "latest-tag"?)`. Written here rather than with zod so the installed CLI needs no validator.
 */

import { createRequire } from 'node:module';
import type { Severity } from '../linter/index.ts';
import { editDistance } from '../engine/text.ts';

export class ConfigError extends Error {}

/** A rule's or practice's setting: off, or on with this severity. */
export type Setting = 'off' | Severity;
export type FailOn = Severity | 'none';

export const SETTINGS: readonly Setting[] = ['off', 'error', 'warning', 'info'];
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

/** Our file names, looked for in this order in each folder. */
export const CONFIG_NAMES = ['.dockerfile-practices.json', '.dockerfile-practices.yaml', '.dockerfile-practices.yml'] as const;
/** hadolint's, read only when no file of ours is found. */
export const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;

export interface Settings {
  practices: Record<string, Setting>;
  rules: Record<string, Setting>;
}

export interface Config extends Settings {
  /** The file it was read from, and the folder override globs are relative to. */
  file: string;
  dir: string;
  failOn?: FailOn;
  trustedRegistries?: string[];
  overrides: (Settings & { files: string[] })[];
  /** Things worth saying on stderr that are not errors (hadolint ids with no counterpart). */
  notes: string[];
}

/**
 * The YAML parser, loaded when a YAML file is first read: loading it takes longer than linting
 * a small Dockerfile, and most runs read no YAML at all.
 */
let yaml: typeof import('yaml') | undefined;
function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
}

/** JSON for .json files, YAML otherwise; a syntax error names the file. */
export function parseText(text: string, file: string): unknown {
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/:\s*$/, '') : String(error)}`);
  }
}

/** Where a value sits: the file and the key path ("overrides[1].rules"). */
export interface At {
  file: string;
  path: string;
}

export function at(parent: At, key: string | number): At {
  const path = typeof key === 'number' ? `${parent.path}[${key}]` : parent.path ? `${parent.path}.${key}` : key;
  return { file: parent.file, path };
}

export function fail(where: At, message: string): never {
  throw new ConfigError(`${where.file}: ${where.path || '(top level)'}: ${message}`);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, where: At): Record<string, unknown> {
  if (!isRecord(value)) fail(where, `must be a mapping of keys to values, not ${kind(value)}`);
  return value;
}

export function expectStrings(value: unknown, where: At): string[] {
  if (!Array.isArray(value)) fail(where, `must be a list of strings, not ${kind(value)}`);
  return value.map((item, k) => (typeof item === 'string' && item !== '' ? item : fail(at(where, k), `must be a non-empty string, not ${kind(item)}`)));
}

export function expectOneOf<T extends string>(value: unknown, choices: readonly T[], where: At): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  fail(where, `must be one of ${choices.map((c) => `"${c}"`).join(', ')}, not ${kind(value)}`);
}

/** Rejects keys not in `known`, suggesting the closest one. */
export function onlyKeys(record: Record<string, unknown>, known: readonly string[], where: At): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) fail(at(where, key), `unknown key${suggest(key, known)}; known keys: ${known.join(', ')}`);
  }
}

/** " (did you mean "x"?)" for a candidate the word begins, or the closest within a few edits, else "". */
export function suggest(word: string, candidates: readonly string[]): string {
  const prefixed = word.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(word.toLowerCase())) : undefined;
  if (prefixed) return ` (did you mean "${prefixed}"?)`;
  let best = '';
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

