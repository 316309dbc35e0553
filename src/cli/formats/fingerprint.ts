/**
 * Fingerprints that keep a finding's identity across commits, so code scanning (SARIF) and
 * GitLab Code Quality do not report it as new when lines above it move. They hash the rule, the
 * file's path and the finding's own lines with whitespace collapsed, never a line number; the
 * n-th identical finding in a file gets ":n".
 */
import type { Diagnostic } from '../../linter/index.ts';
import { fileOf, type FileResult } from '../format.ts';

export interface Fingerprint {
  /** Rule, path and normalized content: `<32 hex>:<occurrence>`. */
  finding: string;
  /** The content alone, as GitHub's `primaryLocationLineHash`: `<16 hex>:<occurrence>`. */
  lineHash: string;
}

/**
 * node:crypto is loaded when a fingerprint is first asked for (SARIF and GitLab only): loading it
 * takes about as long as linting a hundred small files, and the other formats never need it.
 */
let crypto: typeof import('node:crypto') | undefined;

function sha256(text: string): string {
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** The finding's lines, each trimmed and with runs of whitespace made one space. */
function content(text: string | null | undefined, d: Diagnostic): string {
  if (typeof text !== 'string') return d.message;
  const lines = text.split(/\r\n|\r|\n/).slice(d.line - 1, Math.max(d.line, d.endLine));
  return lines.map((l) => l.trim().replace(/\s+/g, ' ')).join('\n');
}

/** One fingerprint per diagnostic, in the order of `results` and their diagnostics. */
export function fingerprints(results: readonly FileResult[]): Fingerprint[][] {
  return results.map((r) => {
    const seen = new Map<string, number>();
    const count = (key: string) => {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return n;
    };
    return r.diagnostics.map((d) => {
      const body = content(d.file === 'dockerignore' ? r.dockerignoreText : r.text, d);
      const path = fileOf(r, d).replace(/\\/g, '/').replace(/^\.\//, '');
      const finding = sha256(`${d.rule}\n${path}\n${body}`).slice(0, 32);
      const line = sha256(body).slice(0, 16);
      return { finding: `${finding}:${count(`f${finding}`)}`, lineHash: `${line}:${count(`l${d.rule}${line}`)}` };
    });
  });
}
