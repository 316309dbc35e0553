/** Output formats of the CLI: text lines, JSON, SARIF 2.1.0, and the rules listing. */
import type { Diagnostic, Rule, Severity } from '../linter/index.ts';
import { ruleUrl } from '../presentation/urls.ts';

export interface FileResult {
  /** The path as given on the command line ("-" for standard input). */
  file: string;
  /** The .dockerignore that was used, if any. */
  dockerignore: string | null;
  diagnostics: Diagnostic[];
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  practice: string;
  severity: Severity;
  message: string;
  url: string;
  fix?: Diagnostic['fix'];
}

function fileOf(r: FileResult, d: Diagnostic): string {
  return d.file === 'dockerignore' ? (r.dockerignore ?? '.dockerignore') : r.file;
}

/**
 * Every function that prints a rule link takes `site`: the guide's address, origin and base path
 * (`https://example.org/guide/`), which the CLI reads from --site-url.
 */
export function toJson(results: readonly FileResult[], site: string): JsonDiagnostic[] {
  // One URL per rule, not per finding: a lint of thousands of files has tens of thousands.
  const urls = new Map<string, string>();
  const urlOf = (d: Diagnostic) => {
    const key = `${d.practice} ${d.rule}`;
    let url = urls.get(key);
    if (url === undefined) urls.set(key, (url = ruleUrl(d, site)));
    return url;
  };
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
        url: urlOf(d),
      };
      if (d.fix) out.fix = d.fix;
      return out;
    }),
  );
}

export function formatJson(results: readonly FileResult[], site: string): string {
  return JSON.stringify(toJson(results, site), null, 2) + '\n';
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

const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());
}

function sarifUri(file: string): string {
  const slashed = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return slashed
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

export function formatSarif(results: readonly FileResult[], catalogue: readonly Rule[], site: string): string {
  const driverRules: object[] = catalogue.map((r) => {
    const url = ruleUrl({ rule: r.id, practice: r.practice }, site);
    return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    helpUri: url,
    help: { text: `${r.rationale}\n\n${url}`, markdown: `${r.rationale}\n\n[${r.id}](${url})` },
    defaultConfiguration: { level: sarifLevel[r.severity] },
    properties: { tags: [r.practice, ...r.sources.map((s) => s.id)], precision: 'high' },
    };
  });
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const sarifResults: object[] = [];
  for (const d of toJson(results, site)) {
    if (!index.has(d.rule)) {
      index.set(d.rule, driverRules.length);
      driverRules.push({
        id: d.rule,
        name: pascal(d.rule),
        shortDescription: { text: 'Internal error of the linter' },
        fullDescription: { text: 'A rule failed on this file. The other rules still ran.' },
        helpUri: d.url,
        defaultConfiguration: { level: 'warning' },
      });
    }
    sarifResults.push({
      ruleId: d.rule,
      ruleIndex: index.get(d.rule),
      level: sarifLevel[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: d.file === '-' ? 'stdin' : sarifUri(d.file) },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column : 1) },
          },
        },
      ],
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dockerfile-practices',
            informationUri: site,
            semanticVersion: '0.1.0',
            rules: driverRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

export function formatRules(catalogue: readonly Rule[], format: 'text' | 'json', site: string): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        catalogue.map((r) => ({ id: r.id, practice: r.practice, severity: r.severity, title: r.title, url: ruleUrl({ rule: r.id, practice: r.practice }, site), sources: r.sources.map((s) => s.id) })),
        null,
        2,
      ) + '\n'
    );
  }
  const idWidth = Math.max(...catalogue.map((r) => r.id.length));
  const practiceWidth = Math.max(...catalogue.map((r) => r.practice.length));
  return catalogue.map((r) => `${r.id.padEnd(idWidth)}  ${r.practice.padEnd(practiceWidth)}  ${r.severity.padEnd(7)}  ${r.title}\n`).join('');
}
