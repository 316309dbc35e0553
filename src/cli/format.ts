/** Output formats of the CLI: text lines, JSON, and the rules listing (SARIF, GitHub and GitLab are in formats/). */
import type { Diagnostic, Rule, Severity } from '../linter/index.ts';
import { engineFindings } from '../presentation/engine-findings.ts';
import { ruleUrl } from '../presentation/urls.ts';

export interface FileResult {
  /** The path as given on the command line ("-" for standard input). */
  file: string;
  /** The .dockerignore that was used, if any. */
  dockerignore: string | null;
  diagnostics: Diagnostic[];
  /** The Dockerfile's and the .dockerignore's text, for fingerprints that outlive line shifts. */
  text?: string;
  dockerignoreText?: string | null;
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  /** null for the engine's own findings (syntax-error, misplaced-directive). */
  practice: string | null;
  severity: Severity;
  message: string;
  url: string;
  fix?: Diagnostic['fix'];
}

export function fileOf(r: FileResult, d: Diagnostic): string {
  return d.file === 'dockerignore' ? (r.dockerignore ?? '.dockerignore') : r.file;
}

/**
 * The link to each finding's rule, worked out once per rule (and practice: an internal error
 * carries the practice of the rule that failed): a lint of thousands of files has tens of
 * thousands of findings. A rendering that takes the results one file at a time keeps one.
 */
export class RuleUrls {
  readonly #site: string;
  readonly #byRule = new Map<string, { practice: string | null; url: string }>();

  constructor(site: string) {
    this.#site = site;
  }

  of(d: Pick<Diagnostic, 'rule' | 'practice'>): string {
    const known = this.#byRule.get(d.rule);
    if (known?.practice === d.practice) return known.url;
    const url = ruleUrl(d, this.#site);
    if (!known) this.#byRule.set(d.rule, { practice: d.practice, url });
    return url;
  }
}

/**
 * Every function that prints a rule link takes `site`: the guide's address, origin and base path
 * (`https://example.org/guide/`), which the CLI reads from --site-url.
 */
export function toJson(results: readonly FileResult[], site: string, urls = new RuleUrls(site)): JsonDiagnostic[] {
  return results.flatMap((r) =>
    r.diagnostics.map((d) => {
      const out: JsonDiagnostic = {
        file: fileOf(r, d),
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        rule: d.rule,
        practice: d.practice,
        severity: d.severity,
        message: d.message,
        url: urls.of(d),
      };
      if (d.fix) out.fix = d.fix;
      return out;
    }),
  );
}

/**
 * A JSON array with one finding per line: as greppable as indented JSON, and it takes half the
 * time to write on a lint with tens of thousands of findings (JSON.stringify with an indent
 * walks every nested value again to lay it out).
 */
export function formatJson(results: readonly FileResult[], site: string): string {
  const rows: string[] = [];
  const urls = new RuleUrls(site);
  for (const r of results) addJsonRows(rows, r, urls);
  return jsonArray(rows.length === 0 ? null : rows.join(JSON_ROW_SEPARATOR));
}

/**
 * Adds the JSON output's rows of one file's findings: each is JSON.stringify of toJson's object
 * for it, written out key by key (a test holds the two to the same text), without making the
 * object: the rows of thousands of files are written as they are linted.
 */
export function addJsonRows(rows: { push(row: string): unknown }, r: FileResult, urls: RuleUrls): void {
  for (const d of r.diagnostics) {
    const practice = d.practice === null ? 'null' : jsonString(d.practice);
    const fix = d.fix ? `,"fix":${JSON.stringify(d.fix)}` : '';
    rows.push(
      `  {"file":${jsonString(fileOf(r, d))},"line":${d.line},"column":${d.column},"endLine":${d.endLine},"endColumn":${d.endColumn},"rule":${jsonString(d.rule)},"practice":${practice},"severity":${jsonString(d.severity)},"message":${jsonString(d.message)},"url":${jsonString(urls.of(d))}${fix}}`,
    );
  }
}

/** What JSON.stringify escapes in a string: quotes, backslashes, control characters, and (if lone) surrogates. */
const escaped = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * JSON.stringify(s) for a string. Most need no escape and are only put in quotes: the rows of the
 * 5,992-file bench took 14 ms this way, against 76 ms with a call to JSON.stringify per string.
 */
export function jsonString(s: string): string {
  return escaped.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** What stands between two rows of the JSON output. */
export const JSON_ROW_SEPARATOR = ',\n';

/** The JSON output around its rows, joined with JSON_ROW_SEPARATOR (null: there are none). */
export function jsonArray(rows: string | null): string {
  return rows === null ? '[]\n' : `[\n${rows}\n]\n`;
}

const colors: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

export function formatText(results: readonly FileResult[], color: boolean): string {
  let out = '';
  for (const r of results) {
    for (const d of r.diagnostics) {
      const severity = color ? `${colors[d.severity]}${d.severity}\x1b[0m` : d.severity;
      const rule = color ? `\x1b[2m${d.rule}\x1b[0m` : d.rule;
      out += `${fileOf(r, d)}:${d.line}:${d.column} ${severity} ${rule} ${d.message}\n`;
    }
  }
  return out;
}

/**
 * The rules listing: the catalogue, then the engine's own findings (syntax-error,
 * misplaced-directive, internal-error), which belong to no practice ("-" in text, null in JSON).
 */
export function formatRules(catalogue: readonly Rule[], format: 'text' | 'json', site: string): string {
  const listed: (Pick<Rule, 'id' | 'severity' | 'title' | 'sources'> & { practice: Rule['practice'] | null })[] = [
    ...catalogue,
    ...engineFindings.map((f) => ({ ...f, practice: null })),
  ];
  if (format === 'json') {
    return (
      JSON.stringify(
        listed.map((r) => ({ id: r.id, practice: r.practice, severity: r.severity, title: r.title, url: ruleUrl({ rule: r.id, practice: r.practice }, site), sources: r.sources.map((s) => s.id) })),
        null,
        2,
      ) + '\n'
    );
  }
  const idWidth = Math.max(...listed.map((r) => r.id.length));
  const practiceWidth = Math.max(...listed.map((r) => (r.practice ?? '-').length));
  return listed.map((r) => `${r.id.padEnd(idWidth)}  ${(r.practice ?? '-').padEnd(practiceWidth)}  ${r.severity.padEnd(7)}  ${r.title}\n`).join('');
}
