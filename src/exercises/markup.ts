/**
 * The checks list as HTML, the same at build time (ExerciseChecks.astro) and in the browser
 * (src/editor/exercise.ts). Text is escaped; the marks are words for screen readers.
 */
import type { CheckResult } from './types.ts';
import type { DiffLine } from './diff.ts';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function checksSummary(results: readonly CheckResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  return passed === results.length ? `All ${results.length} checks pass: exercise done.` : `${passed} of ${results.length} checks pass.`;
}

export function checkItems(results: readonly CheckResult[]): string {
  return results
    .map((r) => {
      const mark = r.passed ? '<span class="exercise__mark" aria-hidden="true">✓</span><span class="sr-only">Passes: </span>' : '<span class="exercise__mark" aria-hidden="true">✗</span><span class="sr-only">Fails: </span>';
      const look = r.look ? `<span class="exercise__look">${escape(r.look)}</span>` : '';
      return `<li class="exercise__check" data-passed="${r.passed}">${mark}<span class="exercise__label">${escape(r.label)}</span>${look}</li>`;
    })
    .join('');
}

/** One file's diff; `name` labels it ("Dockerfile"). Focusable, since it scrolls sideways. */
export function diffMarkup(lines: readonly DiffLine[], name = 'Dockerfile'): string {
  const changed = lines.filter((l) => l.kind !== ' ').length;
  const head = changed === 0 ? '<p>Your text is the same as the solution.</p>' : '<p>Lines marked − are only in your text, lines marked + only in the solution.</p>';
  const body = lines
    .map((l) => {
      const tag = l.kind === '-' ? 'del' : l.kind === '+' ? 'ins' : 'span';
      const sign = l.kind === '-' ? '−' : l.kind === '+' ? '+' : ' ';
      return `<${tag} class="exercise__diff-line exercise__diff-line--${l.kind === ' ' ? 'same' : l.kind === '-' ? 'mine' : 'solution'}">${sign} ${escape(l.text)}</${tag}>`;
    })
    .join('\n');
  return `${head}<pre class="exercise__diff-text" tabindex="0" role="region" aria-label="${escape(`${name}: your text against the solution`)}">${body}</pre>`;
}
