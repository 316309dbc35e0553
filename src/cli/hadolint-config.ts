/**
 * hadolint's `.hadolint.yaml`, read as our configuration so a team can switch without rewriting
 * it. hadolint ids map to our rules through each rule's `sources` ("hadolint:DL3006"):
 *
 *   ignored: [DL3008]                   the rules whose sources name DL3008 are off
 *   override: { error: [DL3006], warning: [...], info: [...], style: [...] }
 *                                       their severity (style is our info)
 *   failure-threshold: warning          failOn (style is info; ignore and none are none)
 *   trustedRegistries: [docker.io]      the same list
 *
 * Ids with no counterpart here are named in a note on stderr, not an error. hadolint's other
 * keys (label-schema, strict-labels, no-color ...) are not ours, and are noted too.
 */
import { rules, type Severity } from '../linter/index.ts';
import { dirname } from 'node:path';
import { at, expectOneOf, expectRecord, expectStrings, fail, onlyKeys, parseText, type At, type Config, type FailOn, type Setting } from './validate.ts';

const HADOLINT_SEVERITIES = ['error', 'warning', 'info', 'style'] as const;
const THRESHOLDS = ['error', 'warning', 'info', 'style', 'ignore', 'none'] as const;
/** Keys hadolint reads that have no meaning here: accepted, and noted. */
const FOREIGN_KEYS = ['no-fail', 'no-color', 'strict-labels', 'label-schema', 'format', 'disable-ignore-pragma', 'require-labels', 'verbose'];

function severityOf(hadolint: (typeof HADOLINT_SEVERITIES)[number]): Severity {
  return hadolint === 'style' ? 'info' : hadolint;
}

/** Our rules whose sources name a hadolint id ("DL3006"). */
export function rulesForHadolint(id: string): string[] {
  return rules.filter((r) => r.sources.some((s) => s.id === `hadolint:${id}`)).map((r) => r.id);
}

export function parseHadolintConfig(text: string, file: string): Config {
  const top: At = { file, path: '' };
  const record = expectRecord(parseText(text, file) ?? {}, top);
  onlyKeys(record, ['ignored', 'override', 'failure-threshold', 'trustedRegistries', ...FOREIGN_KEYS], top);
  const config: Config = { file, dir: dirname(file), practices: {}, rules: {}, overrides: [], notes: [] };
  const unmapped = new Set<string>();
  const set = (ids: string[], setting: Setting) => {
    for (const id of ids) {
      const ours = rulesForHadolint(id);
      if (ours.length === 0) unmapped.add(id);
      for (const rule of ours) config.rules[rule] = setting;
    }
  };
  if (record.override !== undefined) {
    const where = at(top, 'override');
    const override = expectRecord(record.override, where);
    onlyKeys(override, HADOLINT_SEVERITIES, where);
    for (const level of HADOLINT_SEVERITIES) if (override[level] !== undefined) set(hadolintIds(override[level], at(where, level)), severityOf(level));
  }
  // ignored wins over override, as in hadolint.
  if (record.ignored !== undefined) set(hadolintIds(record.ignored, at(top, 'ignored')), 'off');
  const threshold = record['failure-threshold'];
  if (threshold !== undefined) {
    const t = expectOneOf(threshold, THRESHOLDS, at(top, 'failure-threshold'));
    config.failOn = (t === 'ignore' || t === 'none' ? 'none' : severityOf(t)) as FailOn;
  }
  if (record.trustedRegistries !== undefined) config.trustedRegistries = expectStrings(record.trustedRegistries, at(top, 'trustedRegistries'));
  if (unmapped.size > 0) config.notes.push(`${file}: these hadolint rules have no counterpart here, so they change nothing: ${[...unmapped].sort().join(', ')}`);
  const foreign = Object.keys(record).filter((k) => FOREIGN_KEYS.includes(k));
  if (foreign.length > 0) config.notes.push(`${file}: hadolint settings with no meaning here, left alone: ${foreign.join(', ')}`);
  return config;
}

function hadolintIds(value: unknown, where: At): string[] {
  const ids = expectStrings(value, where);
  ids.forEach((id, k) => {
    if (!/^(DL|SC)\d{4}$/.test(id)) fail(at(where, k), `"${id}" is not a hadolint rule id (DL3006, SC2086 ...)`);
  });
  return ids;
}
