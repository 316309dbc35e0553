/**
 * node scripts/corpus/lint.ts [--held-out|--all] [--rule <id>] [--counts]
 *
 * Lints the real-Dockerfile corpus (tests/corpus/real, see collect.ts) with every rule, each file
 * with the .dockerignore of its folder, and prints the findings (or, with --counts, how many per
 * rule). By default only the tuning part: the held-out files are for the labelled sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/linter/index.ts';
import { corpus, corpusDir, lintOptions, type CorpusEntry } from '../../bench/precision.ts';

export const lintEntry = (e: CorpusEntry) => lint(readFileSync(join(corpusDir, e.file), 'utf8'), lintOptions(e));

if (import.meta.main) {
  const args = process.argv.slice(2);
  const which = args.includes('--all') ? corpus : corpus.filter((e) => e.heldOut === args.includes('--held-out'));
  const ri = args.indexOf('--rule');
  const only = ri >= 0 ? args[ri + 1] : null;
  const counts = new Map<string, number>();
  for (const e of which) {
    for (const d of lintEntry(e)) {
      if (only && d.rule !== only) continue;
      counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      if (!args.includes('--counts')) console.log(`${e.file}:${d.line} ${d.rule} ${d.severity}: ${d.message}`);
    }
  }
  if (args.includes('--counts')) for (const [r, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), r);
}
