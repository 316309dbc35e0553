/**
 * Suppression comments:
 *   # dockerfile-practices ignore=<rule>[,<rule>]       on the lines right above an instruction
 *   # dockerfile-practices ignore-file=<rule>[,<rule>]  anywhere: the whole file
 *   # hadolint ignore=DL3006[,...]                      above an instruction (hadolint's pragma)
 *   # hadolint global ignore=DL3006[,...]               the whole file
 *   # check=skip=<Check>[,<Check>|all]                  BuildKit: in the header, the whole file;
 *                                                       right above an instruction, that one
 * Peer ids suppress the rules whose `sources` name them.
 */
import type { Model } from './model.ts';

export interface Suppressions {
  /** Ours and peers' ids ("hadolint:DL3006", "buildkit:*") for the whole file. */
  readonly file: ReadonlySet<string>;
  /** Ids suppressed for the instruction whose keyword is on this 0-based line. */
  forLine(line0: number): ReadonlySet<string>;
}

const empty: ReadonlySet<string> = new Set();

function listAfter(text: string, re: RegExp): string[] {
  const m = re.exec(text);
  if (!m) return [];
  return (m[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Ids named by one comment (its text after "#"), as instruction-level or file-level. */
export function parseSuppression(comment: string): { line: string[]; file: string[]; buildkit: string[] } {
  const text = comment.trim();
  const line: string[] = [];
  const file: string[] = [];
  const buildkit: string[] = [];
  if (/^dockerfile-practices\b/.test(text)) {
    line.push(...listAfter(text, /\bignore=([^\s]*)/));
    file.push(...listAfter(text, /\bignore-file=([^\s]*)/));
  } else if (/^hadolint\s+global\b/.test(text)) {
    file.push(...listAfter(text, /\bignore=([^\s]*)/).map((id) => `hadolint:${id}`));
  } else if (/^hadolint\b/.test(text)) {
    line.push(...listAfter(text, /\bignore=([^\s]*)/).map((id) => `hadolint:${id}`));
  } else if (/^check\s*=/.test(text)) {
    for (const part of text.replace(/^check\s*=\s*/, '').split(/[;\s]/)) {
      const m = /^skip=(.*)$/.exec(part);
      if (m) buildkit.push(...(m[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((id) => (id.toLowerCase() === 'all' ? 'buildkit:*' : `buildkit:${id}`)));
    }
  }
  return { line, file, buildkit };
}

export function readSuppressions(model: Model): Suppressions {
  const file = new Set<string>();
  const { lines, text } = model;
  const firstInstruction = model.all[0];
  const headerEnd = firstInstruction ? firstInstruction.keywordStart : text.length;
  // The header (before the first instruction) may hold parser directives such as
  // "# check=skip=..." that the parser does not report as comments: read its lines directly.
  for (let k = 0; k < lines.lineCount && (lines.starts[k] ?? 0) < headerEnd; k++) {
    const content = text.slice(lines.starts[k] ?? 0, lines.lineEnd(k)).trim();
    if (!content.startsWith('#')) continue;
    const s = parseSuppression(content.slice(1));
    for (const id of [...s.file, ...s.buildkit]) file.add(id);
  }
  for (const c of model.comments) {
    if (c.start < headerEnd) continue;
    for (const id of parseSuppression(c.text).file) file.add(id);
  }
  const cache = new Map<number, ReadonlySet<string>>();
  return {
    file,
    forLine(line0: number): ReadonlySet<string> {
      const hit = cache.get(line0);
      if (hit) return hit;
      let ids: Set<string> | null = null;
      for (let k = line0 - 1; k >= 0; k--) {
        const start = lines.starts[k] ?? 0;
        const content = text.slice(start, lines.lineEnd(k)).trim();
        if (!content.startsWith('#')) break;
        const s = parseSuppression(content.slice(1));
        for (const id of [...s.line, ...s.buildkit]) (ids ??= new Set()).add(id);
      }
      const result = ids ?? empty;
      cache.set(line0, result);
      return result;
    },
  };
}

/** True if one of the ids suppresses the rule (by our id, a source's id, or buildkit:*). */
export function isSuppressed(ids: ReadonlySet<string>, rule: { id: string; sources: readonly { id: string }[] }): boolean {
  if (ids.size === 0) return false;
  if (ids.has(rule.id)) return true;
  for (const s of rule.sources) {
    if (ids.has(s.id)) return true;
    if (s.id.startsWith('buildkit:') && ids.has('buildkit:*')) return true;
  }
  return false;
}
