/**
 * SARIF 2.1.0 for code scanning: one run for all files, each rule described once (name, short
 * and full description, helpUri, help, tags), levels mapped (info is "note"), and
 * partialFingerprints that stay put when lines move (./fingerprint.ts). tests/unit/cli checks
 * the output against the OASIS schema (tests/fixtures/sarif-schema-2.1.0.json).
 */
import { ENGINE_VERSION } from '../../data/version.ts';
import type { Rule, Severity } from '../../linter/index.ts';
import { engineFinding } from '../../presentation/engine-findings.ts';
import { ruleUrl } from '../../presentation/urls.ts';
import { toJson, type FileResult } from '../format.ts';
import { fingerprints } from './fingerprint.ts';

export const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The key of our own fingerprint in partialFingerprints (versioned, should the recipe change). */
export const FINGERPRINT_KEY = 'dockerfilePractices/v1';

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
      properties: { tags: ['dockerfile', r.practice, ...r.sources.map((s) => s.id)], precision: 'high' },
    };
  });
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const prints = fingerprints(results).flat();
  const sarifResults = toJson(results, site).map((d, k) => {
    if (!index.has(d.rule)) {
      // The engine's own findings (syntax-error, misplaced-directive, internal-error).
      const about = engineFinding(d.rule);
      index.set(d.rule, driverRules.length);
      driverRules.push({
        id: d.rule,
        name: pascal(d.rule),
        shortDescription: { text: about?.title ?? d.rule },
        fullDescription: { text: about?.description ?? d.rule },
        helpUri: d.url,
        defaultConfiguration: { level: sarifLevel[about?.severity ?? 'warning'] },
        properties: { tags: ['dockerfile'] },
      });
    }
    const print = prints[k];
    return {
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
      ...(print ? { partialFingerprints: { [FINGERPRINT_KEY]: print.finding, primaryLocationLineHash: print.lineHash } } : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dockerfile-practices',
            informationUri: site,
            semanticVersion: ENGINE_VERSION,
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
