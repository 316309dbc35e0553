/**
 * Precision on real Dockerfiles: the labelled sample (tests/corpus/labelled.json) is a stratified
 * hand-judged sample of findings on the held-out part of tests/corpus/real (files not read while
 * tuning the rules): up to five findings per rule that changed and five that did not, across
 * different files. Each entry says whether the finding is right or wrong and why; a wrong one
 * still reported is marked "open". Precision = right / (right + wrong) over the labelled findings
 * the rules report now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintOptions } from '../src/linter/index.ts';

export interface Label { file: string; rule: string; line: number; verdict: 'right' | 'wrong'; reason: string; open?: boolean }
export interface CorpusEntry { file: string; repo: string; path: string; commit: string; licence: string; dockerignore: string | null; heldOut: boolean }

const root = join(import.meta.dirname, '..');
export const corpusDir = join(root, 'tests/corpus/real');
export const labels: Label[] = JSON.parse(readFileSync(join(root, 'tests/corpus/labelled.json'), 'utf8'));
export const corpus: CorpusEntry[] = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8'));

/**
 * The options a corpus file is linted with: its folder's .dockerignore, and, when that folder is a
 * subfolder of its repository (its .dockerignore lies there, so it is the context), that the
 * context is not the repository's root, where the .git would be.
 */
export function lintOptions(entry: CorpusEntry): LintOptions {
  const subfolder = entry.path.includes('/') && entry.dockerignore !== null;
  return subfolder ? { dockerignore: entry.dockerignore, context: { repositoryRoot: false } } : { dockerignore: entry.dockerignore };
}

/** True if linting the label's file (with its folder's .dockerignore) reports the label's rule on its line. */
export function fires(label: Label): boolean {
  const entry = corpus.find((e) => e.file === label.file);
  if (!entry) throw new Error(`${label.file} is not in the corpus manifest`);
  const text = readFileSync(join(corpusDir, entry.file), 'utf8');
  return lint(text, lintOptions(entry)).some((d) => d.rule === label.rule && d.line === label.line);
}

export interface Precision { right: number; wrong: number; precision: number; lostRight: Label[] }

/** Precision of what the rules report now over the labelled sample, and the right findings no longer reported. */
export function labelledPrecision(): Precision {
  let right = 0;
  let wrong = 0;
  const lostRight: Label[] = [];
  for (const label of labels) {
    const now = fires(label);
    if (label.verdict === 'right') {
      if (now) right++;
      else lostRight.push(label);
    } else if (now) wrong++;
  }
  return { right, wrong, precision: right / Math.max(1, right + wrong), lostRight };
}

if (import.meta.main) {
  const p = labelledPrecision();
  const all = labels.length;
  const allRight = labels.filter((l) => l.verdict === 'right').length;
  console.log(`Labelled sample: ${all} findings on held-out real Dockerfiles (${allRight} right, ${all - allRight} wrong when judged)`);
  console.log(`  the rules before this work (e0a7028) reported all ${all}: precision ${((100 * allRight) / all).toFixed(1)}%`);
  console.log(`  now reported: ${p.right} right, ${p.wrong} wrong: precision ${(100 * p.precision).toFixed(1)}%; right findings lost: ${p.lostRight.length}`);
}
