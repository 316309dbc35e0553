/**
 * The live problems list: the build-time markup of Problems.astro, re-rendered on every lint
 * with each location as a button that jumps to the line and, for problems with a safe
 * mechanical fix, a button that applies it. The summary above it is an aria-live region that
 * changes only when the counts change, so typing is not narrated.
 */
import type { Diagnostic } from '../engine/types.ts';
import { el } from './dom.ts';
import { fixable } from './fixes.ts';
import { locationLabel, ruleHref, severityLabel, sortDiagnostics, summarize } from './summary.ts';

export interface ProblemHandlers {
  jump(d: Diagnostic): void;
  fix(d: Diagnostic): void;
}

export function renderProblems(container: HTMLElement, idPrefix: string, diagnostics: readonly Diagnostic[], handlers: ProblemHandlers): void {
  const sorted = sortDiagnostics(diagnostics);
  const canFix = new Set(fixable(sorted));
  const summary = container.querySelector<HTMLElement>('[data-live-summary]');
  const list = container.querySelector<HTMLElement>('[data-live-list]');
  const text = summarize(sorted);
  if (summary && summary.textContent !== text) summary.textContent = text;
  if (!list) return;
  const items = sorted.map((d, i) => {
    const li = el('li', `live-problem live-problem--${d.severity}`);
    const where = el('button', 'live-problem__where');
    where.type = 'button';
    where.append(el('span', 'live-problem__sev', severityLabel(d.severity)), ' ', el('span', 'live-problem__loc', locationLabel(d)));
    const message = el('span', 'live-problem__msg', d.message);
    message.id = `${idPrefix}-problem-${i}`;
    where.setAttribute('aria-describedby', message.id);
    where.addEventListener('click', () => handlers.jump(d));
    const rule = el('a', 'live-problem__rule', d.rule);
    rule.href = ruleHref(d);
    const detail = el('span', 'live-problem__detail');
    detail.append(message, ' ', rule);
    if (d.fix && canFix.has(d)) {
      const fix = el('button', 'live-problem__fix', `Fix: ${d.fix.title}`);
      fix.type = 'button';
      fix.addEventListener('click', () => handlers.fix(d));
      detail.append(' ', fix);
    }
    li.append(where, ' ', detail);
    return li;
  });
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}
