/**
 * GitLab Code Quality: a JSON array of issues with description, check_name, fingerprint,
 * severity and location (path, lines.begin), shown in merge requests. Severities: error is
 * "major", warning "minor", info "info". Fingerprints survive line shifts (./fingerprint.ts).
 */
import type { Severity } from '../../linter/index.ts';
import { toJson, type FileResult } from '../format.ts';
import { fingerprints } from './fingerprint.ts';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const severity: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

export function formatGitlab(results: readonly FileResult[], site: string): string {
  const prints = fingerprints(results).flat();
  const issues = toJson(results, site).map((d, k) => ({
    type: 'issue',
    description: `${d.message} (${d.rule})`,
    check_name: d.rule,
    fingerprint: (prints[k]?.finding ?? `${d.rule}:${d.file}:${d.line}`).replace(':', '-'),
    severity: severity[d.severity],
    location: { path: d.file.replace(/\\/g, '/').replace(/^\.\//, ''), lines: { begin: d.line, end: d.endLine } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
}
