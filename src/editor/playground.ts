/**
 * The playground's live parts: after every lint, the scorecard of the eleven practices and
 * the build-context tree are re-rendered with the markup of the static page
 * (src/presentation/markup.ts). Their summaries are aria-live regions that change only when
 * the result does. The reader can swap the sample project for their own: a folder chosen with
 * the file picker (only names and sizes are read, nothing is uploaded) or a pasted file list. A rule's "Try it" link (/playground/?rule=<id>#share=…) also has its
 * findings outlined in the problems list, with a line above the editors that counts them, and
 * its first finding selected in its editor and scrolled into view.
 */
import { getRule, type Rule } from '../linter/index.ts';
import { notApplicable } from '../linter/applies.ts';
import {
  contextSummary,
  contextTree,
  explainPath,
  filesFromPicker,
  formatBytes,
  folderAt,
  foldersOpenAtStart,
  LAZY_TREE_FILES,
  LINT_CONTEXT_FILES,
  listNotes,
  listShowing,
  parseFileList,
  previewContext,
  SAMPLE_SHOWING,
  withEditorFiles,
  type ContextFolder,
  type EditorTexts,
  type ParsedList,
  type SampleFile,
} from '../presentation/context-tree.ts';
import { folderItems, scorecardItems } from '../presentation/markup.ts';
import { scorecard, scoreSummary } from '../presentation/scorecard.ts';
import { focusSummary, sortDiagnostics } from '../presentation/findings.ts';
import { ruleHref } from '../presentation/urls.ts';
import type { LintOptions } from '../engine/types.ts';
import { nextTask } from './dom.ts';
import type { Group, LintResult } from './group.ts';

function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

const rendered = new WeakMap<Element, string>();

/**
 * Replaces the markup only when it changed. The first time, what is there is the static page's
 * markup, made at build time by the same function: compared as the browser parses both, it is
 * usually the same, and not rewriting it spares a phone a style and layout pass.
 */
function setHtml(node: Element | null, html: string): void {
  if (!node) return;
  const last = rendered.get(node);
  if (last === html) return;
  rendered.set(node, html);
  if (last === undefined) {
    const parsed = document.createElement('template');
    parsed.innerHTML = html;
    if (parsed.innerHTML === node.innerHTML) return;
  }
  node.innerHTML = html;
}

function readJson<T>(root: ParentNode, selector: string, fallback: T): T {
  try {
    const value: unknown = JSON.parse(root.querySelector(selector)?.textContent ?? '');
    return Array.isArray(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function renderScorecard(result: LintResult): void {
  const lines = scorecard(result.diagnostics, notApplicable(result.dockerfile, result.dockerignore));
  setText(document.querySelector('[data-scorecard-summary]'), scoreSummary(lines, result.diagnostics));
  setHtml(document.querySelector('[data-scorecard-list]'), scorecardItems(lines));
}

/** Past this many files, a change to the .dockerignore redraws the tree once typing pauses. */
const DEFER_FROM = 5_000;

/**
 * The build-context part: whose files (the sample project, a chosen folder, a pasted list), the
 * tree under the current .dockerignore, and the answer for a typed path.
 */
class ContextView {
  private files: readonly SampleFile[];
  private dockerignore: string | null | undefined;
  private texts: EditorTexts | undefined;
  private tree: ContextFolder | null = null;
  private open: Set<string>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sample: readonly SampleFile[];
  private readonly part: HTMLElement;
  private readonly list: HTMLElement | null;

  private readonly lintWith: (context: LintOptions['context']) => void;

  /** `lintWith`: lints again knowing the context's files (undefined: unknown, as for the sample). */
  constructor(part: HTMLElement, lintWith: (context: LintOptions['context']) => void) {
    this.part = part;
    this.lintWith = lintWith;
    this.sample = readJson<SampleFile[]>(document, 'script[data-sample-tree]', []);
    this.files = this.sample;
    this.open = new Set(readJson<string[]>(part, 'script[data-context-open]', []));
    this.list = part.querySelector('[data-context-list]');
    // "toggle" does not bubble: listen on the way down. A folder drawn closed in a large tree is filled when opened.
    this.list?.addEventListener('toggle', (event) => this.toggled(event.target), true);
    const q = <T extends Element>(selector: string) => part.querySelector<T>(selector);
    const picker = q<HTMLInputElement>('[data-context-picker]');
    picker?.addEventListener('change', () => {
      const picked = picker.files;
      if (!picked || picked.length === 0) return;
      const name = picked[0]?.webkitRelativePath.split('/')[0];
      this.use(filesFromPicker(picked), name ? `your folder ${name}` : 'the folder');
    });
    q('[data-context-read]')?.addEventListener('click', () => {
      const text = q<HTMLTextAreaElement>('[data-context-paste]')?.value ?? '';
      this.use(parseFileList(text), 'the pasted list');
    });
    q('[data-context-sample]')?.addEventListener('click', () => {
      if (picker) picker.value = '';
      this.show(this.sample, SAMPLE_SHOWING, []);
    });
    const check = q<HTMLInputElement>('[data-context-check]');
    check?.addEventListener('input', () => this.answer());
    q<HTMLFieldSetElement>('[data-context-controls]')?.removeAttribute('disabled');
  }

  /**
   * The editors' texts after a lint: the .dockerignore decides the tree; in the sample project
   * both files' sizes are theirs. A change to the Dockerfile alone changes only its size and
   * the totals it counts in, so those are updated in place.
   */
  update(texts: EditorTexts): void {
    const sized = this.files === this.sample && texts.dockerfile !== this.texts?.dockerfile;
    this.texts = texts;
    if (texts.dockerignore === this.dockerignore) {
      if (sized && !this.resize('Dockerfile', new TextEncoder().encode(texts.dockerfile).length)) this.render();
      return;
    }
    const first = this.dockerignore === undefined;
    this.dockerignore = texts.dockerignore;
    this.answer();
    clearTimeout(this.timer);
    if (first || this.files.length < DEFER_FROM) this.render();
    else this.timer = setTimeout(() => this.render(), 250);
  }

  /**
   * A file at the context root has a new size: its size text and the summary's totals change,
   * nothing else in the tree (a folder's totals count only what is under it). False when the
   * tree does not have the file with a known size, for render() to redraw it all.
   */
  private resize(path: string, size: number): boolean {
    const entry = this.tree?.files.find((e) => e.path === path);
    const text = this.list?.querySelector(`:scope > li.context-tree__file[data-path="${CSS.escape(path)}"] > .context-tree__size`);
    if (!this.tree || !entry || entry.size === null || !text) return false;
    if (entry.size === size) return true;
    (entry.included ? this.tree.sent : this.tree.excluded).bytes += size - entry.size;
    entry.size = size;
    // As markup.ts writes a file's size: "0 B" would read as an unknown size.
    setText(text, size === 0 ? 'empty' : formatBytes(size));
    setText(this.part.querySelector('[data-context-summary]'), contextSummary({ dockerignore: this.dockerignore ?? null, entries: [], included: this.tree.sent, excluded: this.tree.excluded }));
    // The list's markup is no longer what was last drawn: the next redraw compares it afresh.
    if (this.list) rendered.delete(this.list);
    return true;
  }

  /** `source`: whose files, as in "Showing the pasted list". */
  private use(list: ParsedList, source: string): void {
    if (list.files.length === 0) setText(this.part.querySelector('[data-context-notes]'), listNotes(list).join(' '));
    else this.show(list.files, listShowing(source, list), listNotes(list));
  }

  private show(files: readonly SampleFile[], showing: string, notes: string[]): void {
    this.files = files;
    setText(this.part.querySelector('[data-context-showing]'), showing);
    setText(this.part.querySelector('[data-context-notes]'), notes.join(' '));
    const back = this.part.querySelector<HTMLButtonElement>('[data-context-sample]');
    if (back) back.disabled = files === this.sample;
    this.render(true);
    this.answer();
    const own = files !== this.sample && files.length <= LINT_CONTEXT_FILES;
    this.lintWith(own ? { files: files.map((f) => f.path) } : undefined);
  }

  /** `reopen`: new files, so the folders open as they do at the start. */
  private render(reopen = false): void {
    const files = this.files === this.sample && this.texts ? withEditorFiles(this.sample, this.texts) : this.files;
    const preview = previewContext(files, this.dockerignore ?? null);
    this.tree = contextTree(preview);
    if (reopen) this.open = foldersOpenAtStart(this.tree);
    setText(this.part.querySelector('[data-context-summary]'), contextSummary(preview));
    setHtml(this.list, folderItems(this.tree, { open: this.open, lazy: this.files.length > LAZY_TREE_FILES }));
  }

  private toggled(target: EventTarget | null): void {
    if (!(target instanceof HTMLDetailsElement) || target.dataset.folder === undefined) return;
    const path = target.dataset.folder;
    if (!target.open) {
      this.open.delete(path);
      return;
    }
    this.open.add(path);
    const body = target.querySelector(':scope > [data-folder-body]');
    const folder = this.tree && folderAt(this.tree, path);
    if (body && folder && body.childElementCount === 0) body.innerHTML = folderItems(folder, { open: this.open, lazy: true });
    // The list's markup is no longer what was last drawn: the next change redraws it whole.
    if (this.list) rendered.delete(this.list);
  }

  private answer(): void {
    const typed = this.part.querySelector<HTMLInputElement>('[data-context-check]')?.value ?? '';
    setText(this.part.querySelector('[data-context-answer]'), explainPath(this.dockerignore ?? null, typed));
  }
}

/** The rule the page was opened for (?rule=<id>), if it names one of ours. */
function focusedRule(): Rule | null {
  const id = new URLSearchParams(location.search).get('rule');
  return (id && getRule(id)) || null;
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

/** Selects the rule's first finding, in the first editor that has one, and scrolls it into view (focus stays where it is). */
function showFirstFinding(group: Pick<Group, 'members'>, rule: Rule): void {
  for (const m of group.members) {
    const [first] = sortDiagnostics(m.diagnostics.filter((d) => d.rule === rule.id));
    if (first) return m.adapter.show(first);
  }
}

/** A listener for the playground group's lints: keeps the scorecard and the context current. */
export function playgroundRenderer(root: HTMLElement, group: Pick<Group, 'setContext' | 'members'>): (result: LintResult) => void {
  const rule = focusedRule();
  const focus = rule && focusLine(root, rule);
  const part = document.querySelector<HTMLElement>('[data-context]');
  const context = part && new ContextView(part, (c) => group.setContext(c));
  // The context part is far below the editors: after the first lint, its update takes a task of
  // its own, so that the editors' start-up does not wait on it. Until it has run, a later lint's
  // result replaces the one it will show.
  let deferred: LintResult | null = null;
  const updateContext = (result: LintResult, later: boolean) => {
    if (!context) return;
    if (!later && !deferred) return context.update(result);
    const scheduled = deferred !== null;
    deferred = result;
    if (scheduled) return;
    void nextTask().then(() => {
      const latest = deferred!;
      deferred = null;
      context.update(latest);
    });
  };
  // Only the lint of the texts the link opened with leads to a finding; the reader's edits do not.
  let first = true;
  return (result) => {
    if (rule && focus) {
      setText(focus, focusSummary(rule, result.diagnostics.filter((d) => d.rule === rule.id).length));
      outlineFindings(root, rule);
      if (first) showFirstFinding(group, rule);
    }
    renderScorecard(result);
    updateContext(result, first);
    first = false;
  };
}
