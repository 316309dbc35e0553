/**
 * Progress, shown as soon as a page loads (before any editor): "Done" beside each passed
 * exercise, the page's count and a link to the next exercise not yet done, a checkmark on the
 * sidebar entry of each practice whose exercises are all done, and the landing page's count.
 * Small on purpose: the editor and the checks load later, with the editor.
 */
import { nextExerciseLabel, practiceProgress, progressOf, progressSentence, type ProgressEntry } from '../presentation/progress.ts';
import { passedExercises, resetProgress } from './exercise-progress.ts';


function readOrder(doc: Document): ProgressEntry[] {
  const json = doc.querySelector('script[data-exercises-order]')?.textContent;
  return json ? (JSON.parse(json) as ProgressEntry[]) : [];
}

const pageOf = (key: string) => key.slice(0, key.indexOf('/'));

/** Checkmarks on the sidebar entries of the practices whose exercises are all done. */
function markSidebar(doc: Document, order: readonly ProgressEntry[], passed: ReadonlySet<string>): void {
  for (const mark of doc.querySelectorAll('[data-exercises-sidebar-mark]')) mark.remove();
  const pages = new Set(order.map((e) => pageOf(e.key)));
  for (const page of pages) {
    const keys = order.filter((e) => pageOf(e.key) === page).map((e) => e.key);
    if (!keys.every((k) => passed.has(k))) continue;
    for (const link of doc.querySelectorAll<HTMLAnchorElement>(`nav.sidebar a[href$="/${page}/"]`)) {
      const mark = doc.createElement('span');
      mark.dataset.exercisesSidebarMark = '';
      mark.className = 'exercises-sidebar-mark';
      mark.innerHTML = '<span aria-hidden="true"> ✓</span><span class="sr-only"> (exercises done)</span>';
      link.append(mark);
    }
  }
}

function render(doc: Document): void {
  const order = readOrder(doc);
  if (order.length === 0) return;
  const passed = passedExercises();
  for (const root of doc.querySelectorAll<HTMLElement>('[data-exercise]')) {
    const done = passed.has(root.dataset.exercise ?? '');
    const badge = root.querySelector<HTMLElement>('[data-exercise-done]');
    if (badge) badge.hidden = !done;
    // Until the editor loads and the checks run on the learner's draft, progress says where they stopped.
    if (done && !root.querySelector('[data-live-state="live"]')) root.dataset.exerciseState = 'passed';
  }
  const progress = progressOf(order, passed);
  const { done, next } = progress;
  for (const p of doc.querySelectorAll<HTMLElement>('[data-exercises-progress]')) {
    p.replaceChildren(progressSentence(progress));
    if (next) {
      const link = doc.createElement('a');
      link.href = next.href;
      link.textContent = nextExerciseLabel(next);
      p.append(' ', link);
    }
  }
  for (const span of doc.querySelectorAll<HTMLElement>('[data-exercises-count]')) {
    const keys = order.filter((e) => pageOf(e.key) === span.dataset.exercisesCount).map((e) => e.key);
    const n = keys.filter((k) => passed.has(k)).length;
    span.hidden = keys.length === 0;
    span.textContent = practiceProgress(n, keys.length);
  }
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-exercises-reset]')) button.hidden = done === 0;
  markSidebar(doc, order, passed);
}

export function showPageProgress(doc: Document): void {
  render(doc);
  addEventListener('exercises:progress', () => render(doc));
  addEventListener('storage', () => render(doc));
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-exercises-reset]')) {
    button.addEventListener('click', () => {
      resetProgress();
      button.closest('[data-exercises-reset-scope]')?.querySelector<HTMLElement>('[role="status"]')?.replaceChildren('Progress reset.');
    });
  }
}
