/**
 * node scripts/corpus/lint.ts [--held-out|--all] [--rule <id>] [--counts] [--now YYYY-MM-DD]
 *
 * Lints the real-Dockerfile corpus (tests/corpus/real, see collect.ts) with every rule, each file
 * with the .dockerignore of its folder, and prints the findings (or, with --counts, how many per
 * rule). By default only the tuning part: the held-out files are for the labelled sample. Dated
 * rules (end-of-life-image) judge on --now, by default today (UTC), as the CLI does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, today } from '../../src/linter/index.ts';
import { corpus, corpusDir, lintOptions, type CorpusEntry } from '../../bench/precision.ts';

export const lintEntry = (e: CorpusEntry, now?: string) => lint(readFileSync(join(corpusDir, e.file), 'utf8'), { ...lintOptions(e), now });

if (import.meta.main) {
  const args = process.argv.slice(2);
  const which = args.includes('--all') ? corpus : corpus.filter((e) => e.heldOut === args.includes('--held-out'));
  const ri = args.indexOf('--rule');
  const only = ri >= 0 ? args[ri + 1] : null;
  const ni = args.indexOf('--now');
  const now = ni >= 0 ? args[ni + 1] : today();
  const counts = new Map<string, number>();
  for (const e of which) {
    for (const d of lintEntry(e, now)) {
      if (only && d.rule !== only) continue;
      counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      if (!args.includes('--counts')) console.log(`${e.file}:${d.line} ${d.rule} ${d.severity}: ${d.message}`);
    }
  }
  if (args.includes('--counts')) for (const [r, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), r);
}
