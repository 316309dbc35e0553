/**
 * The learner's progress line, the same words at build time (no progress yet) and in the
 * browser (src/editor/exercise-page.ts), so the line the page is served with keeps its place
 * when the browser fills it in.
 */
export interface ProgressEntry {
  /** "<practice>/<id>". */
  key: string;
  title: string;
  href: string;
}

export interface Progress {
  done: number;
  total: number;
  /** The first exercise, in site order, not yet done. */
  next: ProgressEntry | undefined;
}

export function progressOf(order: readonly ProgressEntry[], passed: ReadonlySet<string>): Progress {
  return { done: order.filter((e) => passed.has(e.key)).length, total: order.length, next: order.find((e) => !passed.has(e.key)) };
}

/** "3 of 24 exercises done." */
export function progressSentence({ done, total }: Pick<Progress, 'done' | 'total'>): string {
  return `${done} of ${total} exercises done.`;
}

/** The link to the next exercise's words. */
export function nextExerciseLabel(next: Pick<ProgressEntry, 'title'>): string {
  return `Next exercise: ${next.title}`;
}

/** One practice's line on the checklist: "Exercises: 1 of 2 done", with a check when all are. */
export function practiceProgress(done: number, total: number): string {
  return `${done === total && done > 0 ? '✓ ' : ''}Exercises: ${done} of ${total} done`;
}
