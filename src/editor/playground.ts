/**
 * The playground's live parts: after every lint, the scorecard of the eleven practices and
 * the build-context preview are re-rendered (same markup as Playground.astro). Their summaries
 * are aria-live regions that change only when the result does.
 */
import { practicePath } from '../data/practices.ts';
import { contextSummary, formatBytes, previewContext, type SampleFile } from './context-tree.ts';
import type { Group, LintResult } from './live.ts';
import { scorecard, scoreSummary } from './scorecard.ts';
import { el } from './dom.ts';
import { findingText, ruleHref } from './summary.ts';

function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

function readSampleTree(root: HTMLElement): SampleFile[] {
  try {
    const value: unknown = JSON.parse(root.querySelector('script[data-sample-tree]')?.textContent ?? '[]');
    return Array.isArray(value) ? (value as SampleFile[]) : [];
  } catch {
    return [];
  }
}

function renderScorecard(result: LintResult): void {
  const lines = scorecard(result.diagnostics);
  setText(document.querySelector('[data-scorecard-summary]'), scoreSummary(lines));
  const list = document.querySelector('[data-scorecard-list]');
  if (!list) return;
  list.replaceChildren(
    ...lines.map((line) => {
      const li = el('li', 'scorecard__item');
      li.dataset.practice = line.slug;
      li.dataset.passes = String(line.findings.length === 0);
      const link = el('a', 'scorecard__practice', `${line.n}. ${line.title}`);
      link.href = practicePath(line.slug);
      li.append(link, ' ', el('span', 'scorecard__status', line.status));
      if (line.findings.length > 0) {
        const findings = el('ul', 'scorecard__findings');
        for (const d of line.findings) {
          const item = el('li');
          const rule = el('a', undefined, d.rule);
          rule.href = ruleHref(d);
          item.append(`${findingText(d)} `, rule);
          findings.append(item);
        }
        li.append(findings);
      }
      return li;
    }),
  );
}

function renderContext(files: readonly SampleFile[], result: LintResult): void {
  const preview = previewContext(files, result.dockerignore);
  setText(document.querySelector('[data-context-summary]'), contextSummary(preview));
  const list = document.querySelector('[data-context-list]');
  if (!list) return;
  list.replaceChildren(
    ...preview.entries.map((e) => {
      const li = el('li', 'context-preview__file');
      li.dataset.included = String(e.included);
      li.append(
        el('span', 'context-preview__mark', e.included ? 'Sent' : 'Excluded'),
        ' ',
        el('code', 'context-preview__path', e.path),
        ' ',
        el('span', 'context-preview__size', formatBytes(e.size)),
      );
      if (e.note) li.append(' ', el('span', 'context-preview__note', e.note));
      return li;
    }),
  );
}

export function attachPlayground(group: Group): void {
  const files = readSampleTree(group.root);
  let lastIgnore: string | null | undefined;
  group.onLint = (result) => {
    renderScorecard(result);
    if (result.dockerignore !== lastIgnore) {
      lastIgnore = result.dockerignore;
      renderContext(files, result);
    }
  };
}
