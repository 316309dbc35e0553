/**
 * The playground's live parts: after every lint, the scorecard of the eleven practices and
 * the build-context preview are re-rendered with the markup of the static page
 * (src/presentation/markup.ts). Their summaries are aria-live regions that change only when
 * the result does. A rule's "Try it" link (/playground/?rule=<id>#share=…) also has its
 * findings outlined in the problems list, with a line above the editors that counts them.
 */
import { getRule, type Rule } from '../linter/index.ts';
import { contextSummary, previewContext, type SampleFile } from '../presentation/context-tree.ts';
import { contextItems, scorecardItems } from '../presentation/markup.ts';
import { scorecard, scoreSummary } from '../presentation/scorecard.ts';
import { ruleHref } from '../presentation/urls.ts';
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

/** The rule the page was opened for (?rule=<id>), if it names one of ours. */
function focusedRule(): Rule | null {
  const id = new URLSearchParams(location.search).get('rule');
  return (id && getRule(id)) || null;
}

/** What the line above the editors says about the rule's findings. */
export function focusSummary(rule: Pick<Rule, 'id' | 'title'>, count: number): string {
  const found = count === 0 ? 'finds nothing in these files' : count === 1 ? 'finds 1 problem, outlined below' : `finds ${count} problems, outlined below`;
  return `The rule ${rule.id} (${rule.title}) ${found}.`;
}

/** The line above the editors, with a link back to the rule's section. */
function focusLine(root: HTMLElement, rule: Rule): HTMLElement {
  const line = document.createElement('p');
  line.className = 'playground__focus';
  line.style.cssText = 'margin:0 0 0.75rem;padding:0.4rem 0.6rem;border-inline-start:4px solid var(--sl-color-text-accent);color:var(--sl-color-white)';
  const text = document.createElement('span');
  text.setAttribute('role', 'status');
  const link = document.createElement('a');
  link.href = ruleHref({ rule: rule.id, practice: rule.practice });
  link.textContent = `Why ${rule.id} matters`;
  line.append(text, ' ', link);
  const editors = root.querySelector('.playground__editors');
  if (editors) editors.before(line);
  else root.prepend(line);
  return text;
}

/** Outlines the items of the problems lists that the rule reported. */
function outlineFindings(root: HTMLElement, rule: Rule): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.live-problem__rule')) {
    const item = link.closest<HTMLElement>('.live-problem');
    if (!item || link.textContent !== rule.id) continue;
    item.dataset.focusRule = '';
    item.style.cssText = 'outline:2px solid var(--sl-color-text-accent);outline-offset:2px';
  }
}

/** A listener for the playground group's lints: keeps the scorecard and the context current. */
export function playgroundRenderer(root: HTMLElement): (result: LintResult) => void {
  const files = readSampleTree(root);
  const rule = focusedRule();
  const focus = rule && focusLine(root, rule);
  let lastIgnore: string | null | undefined;
  return (result) => {
    if (rule && focus) {
      setText(focus, focusSummary(rule, result.diagnostics.filter((d) => d.rule === rule.id).length));
      outlineFindings(root, rule);
    }
    renderScorecard(result);
    if (result.dockerignore !== lastIgnore) {
      lastIgnore = result.dockerignore;
      renderContext(files, result);
    }
  };
}
