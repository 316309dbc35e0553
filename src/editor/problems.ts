/**
 * The live problems list: the build-time markup (src/presentation/markup.ts), re-rendered on
 * every lint with each location as a button that jumps to the line and, for problems with a
 * safe mechanical fix, a button that applies it. The summary above it is an aria-live region
 * that changes only when the counts change, so typing is not narrated.
 */
import type { Diagnostic } from '../engine/types.ts';
import { sortDiagnostics, summarize } from '../presentation/findings.ts';
import { problemItems } from '../presentation/markup.ts';
import { fixable } from './fixes.ts';

export interface ProblemHandlers {
  jump(d: Diagnostic): void;
  fix(d: Diagnostic): void;
}

const shown = new WeakMap<HTMLElement, { diagnostics: Diagnostic[]; handlers: ProblemHandlers }>();

export function renderProblems(container: HTMLElement, idPrefix: string, diagnostics: readonly Diagnostic[], handlers: ProblemHandlers): void {
  const sorted = sortDiagnostics(diagnostics);
  const summary = container.querySelector<HTMLElement>('[data-live-summary]');
  const list = container.querySelector<HTMLElement>('[data-live-list]');
  const text = summarize(sorted);
  if (summary && summary.textContent !== text) summary.textContent = text;
  if (!list) return;
  if (!shown.has(list)) list.addEventListener('click', (event) => onClick(list, event));
  shown.set(list, { diagnostics: sorted, handlers });
  list.innerHTML = problemItems(sorted, { idPrefix, interactive: true, fixable: new Set(fixable(sorted)) });
  list.hidden = sorted.length === 0;
}

function onClick(list: HTMLElement, event: Event): void {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-problem]');
  const state = shown.get(list);
  const d = state?.diagnostics[Number(button?.dataset.problem)];
  if (!button || !state || !d) return;
  if (button.dataset.action === 'fix') state.handlers.fix(d);
  else state.handlers.jump(d);
}
