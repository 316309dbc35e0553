/**
 * Precision on real Dockerfiles, over two hand-judged samples of findings:
 *
 *   - "tuning" (tests/corpus/labelled.json): a stratified sample on the held-out part of
 *     tests/corpus/real, up to five findings per rule that changed and five that did not, across
 *     different files. The rules were tuned while it was judged, so it flatters them.
 *   - "fresh" (tests/corpus/fresh-labelled.json): a seeded random sample of 100 findings
 *     (`node scripts/corpus/sample.ts --corpus fresh --n 100 --seed 1`) on tests/corpus/fresh,
 *     100 Dockerfiles nobody read while tuning. Judged first; rules were then fixed against its
 *     wrong findings, so its "now" figure is tuned too.
 *   - "fresh-2" (same file): `sample.ts --corpus fresh --n 100 --seed 2 --unlabelled --keep 40`
 *     with the rules of commit b144aae, drawn and judged after those fixes. Its figure is the
 *     honest one for findings the rules were not tuned on.
 *   - "fresh-3" (tests/corpus/fresh3-labelled.json): `sample.ts --corpus fresh3 --seed 3 --warnings 80
 *     --info 20` on tests/corpus/fresh3, 72 Dockerfiles from repositories in neither corpus, collected
 *     and committed before they were linted; 80 warnings and errors and 20 infos, each a uniform sample
 *     of its severity, judged before any rule was changed for them.
 *   - "fresh-4" (tests/corpus/fresh4-labelled.json): `sample.ts --corpus fresh4 --seed 4 --warnings 80
 *     --info 20` on tests/corpus/fresh4, 69 Dockerfiles from 42 repositories in none of the earlier
 *     corpora, collected and committed before they were linted; judged before any rule was changed for
 *     them. Two drawn warnings share a file, line and rule (one per pip command of a RUN), so it holds
 *     99 labels.
 *   - "fresh-5" (tests/corpus/fresh5-labelled.json): `sample.ts --corpus fresh5 --seed 5 --warnings 80
 *     --info 20` on tests/corpus/fresh5, 68 Dockerfiles from 38 repositories in none of the earlier
 *     corpora, collected and committed before they were linted; judged before any rule was changed for
 *     them.
 *   - "fresh-6" (tests/corpus/fresh6-labelled.json): `sample.ts --corpus fresh6 --seed 6 --warnings 80
 *     --info 20` on tests/corpus/fresh6, 64 Dockerfiles from 39 repositories in none of the earlier
 *     corpora, collected and committed before they were linted; judged before any rule was changed for
 *     them.
 *   - "fresh-7" (tests/corpus/fresh7-labelled.json): `sample.ts --corpus fresh7 --seed 7 --warnings 80
 *     --info 20` on tests/corpus/fresh7, 80 Dockerfiles from 44 repositories in none of the earlier
 *     corpora, collected and committed before they were linted; judged before any rule was changed for
 *     them, with the rules of commit a58db4e.
 *   - "fresh-7b" (same file): `sample.ts --corpus fresh7 --seed 8 --warnings 80 --info 20 --unlabelled
 *     --not-in fresh-7` with the rules of commit 5f448c4, drawn and judged after the fixes fresh-7 led to
 *     and before any rule was changed for it; it holds the 74 findings (57 warnings and errors, 17 infos)
 *     of that draw not in fresh-7. Its first-judged figure is the untuned one for findings nobody read.
 *   - "fresh-8" (tests/corpus/fresh8-labelled.json): `sample.ts --corpus fresh8 --seed 8 --warnings 80
 *     --info 20` on tests/corpus/fresh8, 70 Dockerfiles from 40 repositories in none of the earlier
 *     corpora (from eight path listings none of them used), collected and committed before they were
 *     linted; judged before any rule was changed for them, with the rules of commit 30c840b.
 *
 * Each label says whether the finding was right or wrong when judged, and why. The verdicts are
 * never changed afterwards, so the precision as first judged stays recoverable: right/(right+wrong)
 * over all labels of a set. A wrong finding the rules still report is marked "open"; a wrong one
 * fixed later is not. A finding judged wrong only for its message (`message`: the false part)
 * counts as fixed once the reported message no longer contains that text.
 * Precision now = right / (right + wrong) over the labelled findings the rules report now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintOptions } from '../src/linter/index.ts';

export type LabelSet = 'tuning' | 'fresh' | 'fresh-2' | 'fresh-3' | 'fresh-4' | 'fresh-5' | 'fresh-6' | 'fresh-7' | 'fresh-7b' | 'fresh-8';

export interface Label {
  /** Which sample: "tuning" (labelled.json), "fresh" and "fresh-2" (fresh-labelled.json), "fresh-3" (fresh3-labelled.json), "fresh-4" (fresh4-labelled.json), "fresh-5" (fresh5-labelled.json), "fresh-6" (fresh6-labelled.json) "fresh-7" and "fresh-7b" (fresh7-labelled.json), "fresh-8" (fresh8-labelled.json). */
  set: LabelSet;
  file: string;
  rule: string;
  line: number;
  /** The finding is on the .dockerignore, not the Dockerfile. */
  in?: 'dockerignore';
  severity?: 'error' | 'warning' | 'info';
  verdict: 'right' | 'wrong';
  reason: string;
  /** A wrong finding the rules still report. */
  open?: boolean;
  /** For a finding wrong only in what its message says: the false text, gone once fixed. */
  message?: string;
  /** The line the finding was drawn and judged on, when the rules now report what it describes on another line (`line`) of the same instruction. */
  movedFrom?: number;
}
export interface CorpusEntry {
  file: string; repo: string; path: string; commit: string; licence: string; dockerignore: string | null; heldOut: boolean;
  /** For a Dockerfile in a subfolder: whether the repository's root has a .dockerignore at the commit (recorded from fresh6 on; unknown before). */
  rootDockerignore?: boolean;
}

const root = join(import.meta.dirname, '..');
export const corpusDirs: Record<LabelSet, string> = {
  tuning: join(root, 'tests/corpus/real'),
  fresh: join(root, 'tests/corpus/fresh'),
  'fresh-2': join(root, 'tests/corpus/fresh'),
  'fresh-3': join(root, 'tests/corpus/fresh3'),
  'fresh-4': join(root, 'tests/corpus/fresh4'),
  'fresh-5': join(root, 'tests/corpus/fresh5'),
  'fresh-6': join(root, 'tests/corpus/fresh6'),
  'fresh-7': join(root, 'tests/corpus/fresh7'),
  'fresh-7b': join(root, 'tests/corpus/fresh7'),
  'fresh-8': join(root, 'tests/corpus/fresh8'),
};
export const corpusDir = corpusDirs.tuning;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export const labels: Label[] = ['labelled.json', 'fresh-labelled.json', 'fresh3-labelled.json', 'fresh4-labelled.json', 'fresh5-labelled.json', 'fresh6-labelled.json', 'fresh7-labelled.json', 'fresh8-labelled.json'].flatMap((name) => readJson<Label[]>(join(root, 'tests/corpus', name)));
const freshCorpus: CorpusEntry[] = readJson(join(corpusDirs.fresh, 'manifest.json'));
export const corpora: Record<LabelSet, CorpusEntry[]> = {
  tuning: readJson(join(corpusDirs.tuning, 'manifest.json')),
  fresh: freshCorpus,
  'fresh-2': freshCorpus,
  'fresh-3': readJson(join(corpusDirs['fresh-3'], 'manifest.json')),
  'fresh-4': readJson(join(corpusDirs['fresh-4'], 'manifest.json')),
  'fresh-5': readJson(join(corpusDirs['fresh-5'], 'manifest.json')),
  'fresh-6': readJson(join(corpusDirs['fresh-6'], 'manifest.json')),
  'fresh-7': readJson(join(corpusDirs['fresh-7'], 'manifest.json')),
  'fresh-7b': readJson(join(corpusDirs['fresh-7b'], 'manifest.json')),
  'fresh-8': readJson(join(corpusDirs['fresh-8'], 'manifest.json')),
};
/** The tuning corpus (tests/corpus/real), which scripts/corpus/lint.ts lints. */
export const corpus = corpora.tuning;

/**
 * The options a corpus file is linted with: its folder's .dockerignore, that this folder is only
 * taken for the context (as the CLI does without --context), and, when that folder is a subfolder
 * of its repository with a .dockerignore of its own (so it is the context), that the context is
 * not the repository's root, where the .git would be.
 */
export function lintOptions(entry: CorpusEntry): LintOptions {
  const subfolder = entry.path.includes('/') && entry.dockerignore !== null;
  // As the CLI without --context: the Dockerfile's folder is taken for the context, and said to be a guess.
  const fromRoot = entry.path.includes('/') ? entry.path.slice(0, entry.path.lastIndexOf('/')) : '';
  // As the CLI sees it: for a subfolder, whether the repository root has a .dockerignore, where the manifest records it.
  const guessed = fromRoot !== '' && entry.rootDockerignore !== undefined ? { fromRoot, rootDockerignore: entry.rootDockerignore } : { fromRoot };
  // As the CLI: the file's path from the repository root, whose name may say it builds a test or dev image.
  return { dockerignore: entry.dockerignore, context: subfolder ? { repositoryRoot: false, guessed } : { guessed }, path: entry.path };
}

export function entryOf(label: Label): CorpusEntry {
  const entry = corpora[label.set].find((e) => e.file === label.file);
  if (!entry) throw new Error(`${label.file} is not in the ${label.set} corpus manifest`);
  return entry;
}

/** True if linting the label's file (with its folder's .dockerignore) reports the label's finding: its rule, on its line, in its file. */
export function fires(label: Label): boolean {
  const entry = entryOf(label);
  const text = readFileSync(join(corpusDirs[label.set], entry.file), 'utf8');
  return lint(text, lintOptions(entry)).some(
    (d) => d.rule === label.rule && d.line === label.line && (d.file ?? 'Dockerfile') === (label.in ?? 'Dockerfile') && (label.message === undefined || d.message.includes(label.message)),
  );
}

export interface Precision { set: LabelSet; judged: number; judgedRight: number; right: number; wrong: number; precision: number; lostRight: Label[] }

/** Precision of what the rules report now over one labelled sample, and the right findings no longer reported. */
export function labelledPrecision(set: LabelSet, only: (l: Label) => boolean = () => true): Precision {
  const mine = labels.filter((l) => l.set === set && only(l));
  let right = 0;
  let wrong = 0;
  const lostRight: Label[] = [];
  for (const label of mine) {
    const now = fires(label);
    if (label.verdict === 'right') {
      if (now) right++;
      else lostRight.push(label);
    } else if (now) wrong++;
  }
  const judgedRight = mine.filter((l) => l.verdict === 'right').length;
  return { set, judged: mine.length, judgedRight, right, wrong, precision: right / Math.max(1, right + wrong), lostRight };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line per sample: precision as first judged, and now. */
export function precisionReport(): string[] {
  const lines: string[] = [];
  const describe: Record<LabelSet, string> = {
    tuning: 'tuning sample (held-out real Dockerfiles, judged while tuning)',
    fresh: 'fresh sample (seeded random findings on tests/corpus/fresh, judged before the fixes it led to)',
    'fresh-2': 'second fresh draw (seed 2, findings not in the first; judged after those fixes: its first-judged figure is the untuned one)',
    'fresh-3': 'third fresh draw (seed 3 on tests/corpus/fresh3, a corpus of its own; judged before any fix it led to)',
    'fresh-4': 'fourth fresh draw (seed 4 on tests/corpus/fresh4, a corpus of its own; judged before any fix it led to)',
    'fresh-5': 'fifth fresh draw (seed 5 on tests/corpus/fresh5, a corpus of its own; judged before any fix it led to)',
    'fresh-6': 'sixth fresh draw (seed 6 on tests/corpus/fresh6, a corpus of its own; judged before any fix it led to)',
    'fresh-7': 'seventh fresh draw (seed 7 on tests/corpus/fresh7, a corpus of its own; judged before any fix it led to)',
    'fresh-7b': 'seventh corpus, second draw (seed 8 on tests/corpus/fresh7, findings not in fresh-7; judged after its fixes, before any for this draw: its first-judged figure is the untuned one)',
    'fresh-8': 'eighth fresh draw (seed 8 on tests/corpus/fresh8, a corpus of its own; judged before any fix it led to)',
  };
  for (const set of ['tuning', 'fresh', 'fresh-2', 'fresh-3', 'fresh-4', 'fresh-5', 'fresh-6', 'fresh-7', 'fresh-7b', 'fresh-8'] as const) {
    const p = labelledPrecision(set);
    lines.push(
      `${describe[set]}: ${p.judged} findings; as first judged ${p.judgedRight} right: precision ${pct(p.judgedRight / Math.max(1, p.judged))}; ` +
        `now reported ${p.right} right, ${p.wrong} wrong: precision ${pct(p.precision)}; right findings lost: ${p.lostRight.length}`,
    );
    if (set !== 'tuning') {
      for (const [name, test] of [
        ['  warnings and errors', (l: Label) => l.severity !== 'info'],
        ['  info', (l: Label) => l.severity === 'info'],
      ] as const) {
        const q = labelledPrecision(set, test);
        lines.push(`${name}: ${q.judged} findings; as first judged ${pct(q.judgedRight / Math.max(1, q.judged))}; now ${pct(q.precision)} (${q.right} right, ${q.wrong} wrong)`);
      }
    }
  }
  return lines;
}

if (import.meta.main) for (const line of precisionReport()) console.log(line);
