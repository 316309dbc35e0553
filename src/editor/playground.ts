/**
 * The playground's live parts: after every lint, the scorecard of the eleven practices and
 * the build-context preview are re-rendered with the markup of the static page
 * (src/presentation/markup.ts). Their summaries are aria-live regions that change only when
 * the result does.
 */
import { contextSummary, previewContext, type SampleFile } from '../presentation/context-tree.ts';
import { contextItems, scorecardItems } from '../presentation/markup.ts';
import { scorecard, scoreSummary } from '../presentation/scorecard.ts';
import type { LintResult } from './group.ts';

function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

const rendered = new WeakMap<Element, string>();

/** Replaces the markup only when it changed (the browser's own serialisation may differ). */
function setHtml(node: Element | null, html: string): void {
  if (!node || rendered.get(node) === html) return;
  rendered.set(node, html);
  node.innerHTML = html;
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
  setText(document.querySelector('[data-scorecard-summary]'), scoreSummary(lines, result.diagnostics));
  setHtml(document.querySelector('[data-scorecard-list]'), scorecardItems(lines));
}

function renderContext(files: readonly SampleFile[], result: LintResult): void {
  const preview = previewContext(files, result.dockerignore);
  setText(document.querySelector('[data-context-summary]'), contextSummary(preview));
  setHtml(document.querySelector('[data-context-list]'), contextItems(preview));
}

/** A listener for the playground group's lints: keeps the scorecard and the context current. */
export function playgroundRenderer(root: HTMLElement): (result: LintResult) => void {
  const files = readSampleTree(root);
  let lastIgnore: string | null | undefined;
  return (result) => {
    renderScorecard(result);
    if (result.dockerignore !== lastIgnore) {
      lastIgnore = result.dockerignore;
      renderContext(files, result);
    }
  };
}
