/**
 * An exercise's live behaviour, attached to its editor group (live.ts calls it when the
 * exercise's editor loads): the checks follow the text on every lint, the state attribute and
 * the progress follow the checks, hints open one at a time (and unlock quick fixes), and the
 * solution can be loaded or compared with the learner's text.
 */
import { allPassed, runChecks } from '../exercises/checks.ts';
import { lineDiff } from '../exercises/diff.ts';
import { checkItems, checksSummary, diffMarkup } from '../exercises/markup.ts';
import type { Exercise } from '../exercises/types.ts';
import { today } from '../linter/index.ts';
import { markPassed } from './exercise-progress.ts';
import type { Group } from './group.ts';

export function attachExercise(root: HTMLElement, group: Group): void {
  const json = root.querySelector('script[data-exercise-spec]')?.textContent;
  if (!json) return;
  const exercise = JSON.parse(json) as Exercise;
  const list = root.querySelector<HTMLElement>('[data-exercise-checks]');
  const summary = root.querySelector<HTMLElement>('[data-exercise-summary]');
  const hints = [...root.querySelectorAll<HTMLDetailsElement>('[data-exercise-hint]')];
  const hintButton = root.querySelector<HTMLButtonElement>('[data-exercise-hint-button]');
  const diff = root.querySelector<HTMLElement>('[data-exercise-diff]');
  const compare = root.querySelector<HTMLButtonElement>('[data-exercise-compare]');
  const solutionTexts = [exercise.solution.dockerfile, ...(exercise.editsDockerignore ? [exercise.solution.dockerignore ?? ''] : [])];
  let loadedSolution = false;
  let lastSummary = summary?.textContent ?? '';

  // Hints: one at a time. Quick fixes stay hidden until the first is open.
  group.fixesHidden = true;
  const showHints = () => {
    const open = hints.filter((h) => h.open).length;
    hints.forEach((h, i) => (h.hidden = i > open || (i === open && !h.open)));
    if (hintButton) {
      hintButton.hidden = open >= hints.length;
      hintButton.textContent = open === 0 ? 'Show a hint' : 'Show the next hint';
    }
    if (open > 0 && group.fixesHidden) {
      group.fixesHidden = false;
      if (group.last) group.lint();
    }
  };
  for (const h of hints) h.addEventListener('toggle', showHints);
  hintButton?.addEventListener('click', () => {
    const next = hints.find((h) => !h.open);
    if (!next) return;
    next.hidden = false;
    next.open = true;
    next.querySelector('summary')?.focus();
  });
  showHints();

  const renderDiff = () => {
    if (!diff || diff.hidden) return;
    const mine = group.texts();
    diff.innerHTML = mine.map((text, i) => diffMarkup(lineDiff(text, solutionTexts[i] ?? ''), i === 0 ? 'Dockerfile' : '.dockerignore')).join('');
  };

  group.onLint(({ dockerfile, dockerignore }) => {
    const results = runChecks(exercise, { dockerfile, dockerignore }, today());
    if (list) list.innerHTML = checkItems(results);
    // The status line is polite and changes only when a check does, not on every keystroke.
    const text = checksSummary(results);
    if (summary && text !== lastSummary) summary.textContent = lastSummary = text;
    const passed = allPassed(results);
    root.dataset.exerciseState = passed ? 'passed' : 'todo';
    const isSolution = group.texts().every((t, i) => t === solutionTexts[i]);
    if (passed && !(loadedSolution && isSolution)) markPassed(exercise.key);
    renderDiff();
  });

  root.querySelector('[data-exercise-load]')?.addEventListener('click', () => {
    loadedSolution = true;
    group.applyShared(solutionTexts);
  });
  compare?.addEventListener('click', () => {
    if (!diff) return;
    diff.hidden = !diff.hidden;
    compare.setAttribute('aria-expanded', String(!diff.hidden));
    renderDiff();
  });
  const actions = root.querySelector<HTMLElement>('[data-exercise-actions]');
  if (actions) actions.hidden = false;
}
