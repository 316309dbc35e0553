/**
 * A live example: the static markup from LiveExample.astro (or the playground) turned into
 * an editor, linted by the shared rule engine on every change.
 *
 * A "group" is what one lint covers: a Dockerfile and its .dockerignore. On a practice page a
 * group has one editor and the other file is fixed (the example's companion); the playground
 * edits both. Share links and drafts hold the texts of all of a group's editors.
 *
 * The engine runs here, in the page: on the examples it takes well under a millisecond to a
 * few milliseconds, less than a round trip to a worker (bench/web measures both).
 */
import { installBufferShim, lint } from '../engine/index.ts';
import type { Diagnostic } from '../engine/types.ts';
import type { EditorAdapter } from './adapter.ts';
import { fixable, fixAllEdits } from './fixes.ts';
import { renderProblems } from './problems.ts';
import { reviewMarkdown } from './review.ts';
import { decodeShare, encodeShare, shareFailureMessage, shareTarget, ShareTooLargeError } from './share.ts';
import { diagnosticsFor, type ExampleSpec } from './spec.ts';
import { clearDraft, loadDraft, saveDraft } from './storage.ts';
import { createTextareaAdapter } from './textarea.ts';
import { el } from './dom.ts';
import { injectEditorStyles } from './styles.ts';

installBufferShim();
injectEditorStyles();

export interface GroupSpec {
  id: string;
  members: ExampleSpec[];
  /** The playground adds a scorecard and a build-context preview. */
  playground?: boolean;
}

export interface LintResult {
  dockerfile: string;
  dockerignore: string | null;
  diagnostics: Diagnostic[];
  ms: number;
}

interface Member {
  spec: ExampleSpec;
  root: HTMLElement;
  adapter: EditorAdapter;
  diagnostics: Diagnostic[];
}

type Monaco = typeof import('./monaco.ts');

const groups = new Map<string, Group>();
let monacoModule: Promise<Monaco> | undefined;

/** Touch-first devices get the textarea editor: Monaco does not support mobile browsers. */
export function prefersTextarea(): boolean {
  if (new URLSearchParams(location.search).get('editor') === 'textarea') return true;
  return matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const TOGGLE_KEYS = isMac ? 'Ctrl+Shift+M' : 'Ctrl+M';

class Group {
  readonly members: Member[] = [];
  private readonly page = location.pathname;
  private status!: HTMLElement;
  private notice!: HTMLElement;
  private badge!: HTMLElement;
  private resetButton!: HTMLButtonElement;
  private fixAllButton!: HTMLButtonElement;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private lintQueued = false;
  private applying = false;
  private hints: { text: HTMLElement; toggle: HTMLButtonElement }[] = [];
  onLint: ((result: LintResult) => void) | null = null;
  last: LintResult | null = null;

  readonly spec: GroupSpec;
  readonly root: HTMLElement;

  constructor(spec: GroupSpec, root: HTMLElement) {
    this.spec = spec;
    this.root = root;
  }

  texts(): string[] {
    return this.members.map((m) => m.adapter.getValue());
  }

  edited(): boolean {
    return this.members.some((m) => m.adapter.getValue() !== m.spec.original);
  }

  /** Builds the toolbar, notices and editors, and runs the first lint. */
  async start(initial: { texts: string[] | null; failure: string | null }): Promise<void> {
    const useTextarea = prefersTextarea();
    const monaco = useTextarea ? null : await (monacoModule ??= import('./monaco.ts'));
    this.buildChrome();
    if (initial.failure) this.showNotice(initial.failure);

    this.spec.members.forEach((spec, i) => {
      const root = this.spec.members.length === 1 ? this.root : this.root.querySelector<HTMLElement>(`[data-live-member="${spec.id}"]`);
      if (!root) throw new Error(`live example ${this.spec.id}: no element for ${spec.id}`);
      const body = root.querySelector<HTMLElement>('[data-live-body]');
      if (!body) throw new Error(`live example ${spec.id}: no [data-live-body]`);
      const label = `${spec.kind === 'dockerfile' ? 'Dockerfile' : '.dockerignore'} editor: ${spec.title}`;
      let describedBy: string | undefined;
      if (monaco) describedBy = this.buildHint(body, spec, monaco);
      const host = el('div', `live-editor live-editor--${useTextarea ? 'textarea' : 'monaco'}`);
      body.append(host);
      const options = { host, text: initial.texts?.[i] ?? spec.original, kind: spec.kind, label, marks: spec.marks, describedBy };
      const adapter = monaco ? monaco.createMonacoAdapter(options) : createTextareaAdapter(options);
      for (const child of body.children) if (child !== host) (child as HTMLElement).hidden = true;
      const member: Member = { spec, root, adapter, diagnostics: [] };
      this.members.push(member);
      adapter.onChange(() => this.changed());
    });

    this.root.dataset.liveState = 'live';
    this.root.dataset.liveEditor = useTextarea ? 'textarea' : 'monaco';
    this.lint();
    this.updateEdited();
    if (this.root.dataset.liveFocus) this.members[0]?.adapter.focus();
  }

  private buildChrome(): void {
    const toolbar = this.root.querySelector<HTMLElement>('[data-live-toolbar]') ?? this.root.querySelector('.live-example__head')!;
    this.badge = el('span', 'live-badge', 'Edited');
    this.badge.hidden = true;
    const title = toolbar.querySelector('.live-example__title, .playground__label');
    if (title) title.after(this.badge);
    else toolbar.prepend(this.badge);
    const actions = el('div', 'live-actions');
    this.fixAllButton = button('live-button', 'Fix all', () => this.fixAll());
    this.fixAllButton.hidden = true;
    this.resetButton = button('live-button', 'Reset', () => this.reset());
    actions.append(
      this.fixAllButton,
      this.resetButton,
      button('live-button', 'Copy', () => void this.copy()),
      button('live-button', 'Share', () => void this.share()),
      button('live-button', 'Copy for review', () => void this.copyForReview()),
    );
    toolbar.append(actions);
    this.status = el('p', 'live-status');
    this.status.setAttribute('role', 'status');
    this.notice = el('p', 'live-notice');
    this.notice.setAttribute('role', 'alert');
    this.notice.hidden = true;
    toolbar.after(this.notice, this.status);
  }

  private buildHint(body: HTMLElement, spec: ExampleSpec, monaco: Monaco): string {
    const id = `live-hint-${spec.id}`;
    const hint = el('p', 'live-hint');
    const text = el('span', 'live-hint__text');
    text.id = id;
    const toggle = button('live-hint__toggle', 'Tab moves focus', () => monaco.setTabMovesFocus(!monaco.tabMovesFocus()));
    hint.append(text, ' ', toggle);
    body.after(hint);
    this.hints.push({ text, toggle });
    const update = (on: boolean) => {
      for (const h of this.hints) {
        h.text.textContent = on
          ? `Tab moves focus out of the editor. Press ${TOGGLE_KEYS} to make Tab indent.`
          : `Tab indents in the editor. Press ${TOGGLE_KEYS} to make Tab move focus.`;
        h.toggle.setAttribute('aria-pressed', String(on));
      }
    };
    update(monaco.tabMovesFocus());
    if (this.hints.length === 1) monaco.onTabMovesFocusChange(update);
    return id;
  }

  private changed(): void {
    if (!this.lintQueued) {
      this.lintQueued = true;
      queueMicrotask(() => {
        this.lintQueued = false;
        this.lint();
      });
    }
    this.updateEdited();
    if (this.applying) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.persist(), 250);
  }

  private persist(): void {
    if (this.edited()) saveDraft(this.page, this.spec.id, this.texts());
    else clearDraft(this.page, this.spec.id);
  }

  private updateEdited(): void {
    const edited = this.edited();
    this.badge.hidden = !edited;
    this.resetButton.disabled = !edited;
    this.root.dataset.liveEdited = String(edited);
  }

  lint(): void {
    const t0 = performance.now();
    const df = this.members.find((m) => m.spec.kind === 'dockerfile');
    const di = this.members.find((m) => m.spec.kind === 'dockerignore');
    const first = this.members[0]!.spec;
    const dockerfile = df ? df.adapter.getValue() : (first.companion ?? '');
    const dockerignore = di ? di.adapter.getValue() : first.companion;
    const diagnostics = lint(dockerfile, { dockerignore });
    let fixes = 0;
    for (const m of this.members) {
      m.diagnostics = diagnosticsFor(m.spec.kind, diagnostics);
      m.adapter.setDiagnostics(m.diagnostics);
      fixes += fixable(m.diagnostics).length;
      const problems = m.root.querySelector<HTMLElement>('[data-live-problems]');
      if (problems) {
        renderProblems(problems, `live-${m.spec.id}`, m.diagnostics, {
          jump: (d) => m.adapter.reveal(d.line, d.column),
          fix: (d) => {
            if (!d.fix) return;
            m.adapter.applyEdits(d.fix.edits);
            const first = d.fix.edits[0];
            m.adapter.reveal(first?.line ?? d.line, first?.column ?? d.column);
          },
        });
      }
    }
    this.fixAllButton.hidden = fixes === 0;
    this.fixAllButton.textContent = `Fix all (${fixes})`;
    const ms = performance.now() - t0;
    this.last = { dockerfile, dockerignore, diagnostics, ms };
    this.onLint?.(this.last);
    this.root.dispatchEvent(new CustomEvent('live:linted', { detail: { ms } }));
  }

  private fixAll(): void {
    for (const m of this.members) {
      const edits = fixAllEdits(m.adapter.getValue(), fixable(m.diagnostics));
      if (edits.length > 0) m.adapter.applyEdits(edits);
    }
    this.say('Applied every available fix.');
    this.members[0]?.adapter.focus();
  }

  reset(): void {
    this.applying = true;
    this.members.forEach((m) => m.adapter.setValue(m.spec.original));
    this.applying = false;
    clearTimeout(this.saveTimer);
    clearDraft(this.page, this.spec.id);
    this.hideNotice();
    if (shareTarget(location.hash) === this.spec.id) history.replaceState(history.state, '', location.pathname + location.search);
    this.updateEdited();
    this.say('Reset to the original example.');
  }

  /** Puts texts from a share link into the editors (not saved as a draft until edited). */
  applyShared(texts: readonly string[]): void {
    this.applying = true;
    this.members.forEach((m, i) => m.adapter.setValue(texts[i] ?? m.spec.original));
    this.applying = false;
    this.hideNotice();
  }

  showNotice(message: string): void {
    this.notice.textContent = message;
    this.notice.hidden = false;
  }

  private hideNotice(): void {
    this.notice.hidden = true;
    this.notice.textContent = '';
  }

  say(message: string): void {
    this.status.textContent = message;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.status.textContent = ''), 4000);
  }

  private async writeClipboard(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  private async copy(): Promise<void> {
    const ok = await this.writeClipboard(this.members[0]!.adapter.getValue());
    this.say(ok ? 'Copied to the clipboard.' : 'The clipboard is not available here; select the text and copy it.');
  }

  /** The share link for the current texts; null (with a message) when it cannot be made. */
  async shareLink(): Promise<string | null> {
    try {
      const hash = await encodeShare(this.spec.id, this.texts());
      return `${location.origin}${location.pathname}${location.search}#${hash}`;
    } catch (error) {
      this.say(error instanceof ShareTooLargeError ? `Too large to share: ${error.message}` : 'A share link could not be made.');
      return null;
    }
  }

  private async share(): Promise<void> {
    const link = await this.shareLink();
    if (!link) return;
    history.replaceState(history.state, '', link);
    const ok = await this.writeClipboard(link);
    this.say(ok ? 'Share link copied to the clipboard.' : 'The share link is in the address bar.');
  }

  private async copyForReview(): Promise<void> {
    const link = await this.shareLink();
    const last = this.members.length - 1;
    const markdown = this.members
      .map((m, i) =>
        reviewMarkdown({
          title: m.spec.title,
          file: m.spec.file,
          lang: m.spec.kind === 'dockerfile' ? 'dockerfile' : 'gitignore',
          text: m.adapter.getValue(),
          edited: m.adapter.getValue() !== m.spec.original,
          diagnostics: m.diagnostics,
          origin: location.origin,
          link: i === last ? link : null,
        }),
      )
      .join('\n');
    const ok = await this.writeClipboard(markdown);
    this.say(ok ? 'Markdown for review copied to the clipboard.' : 'The clipboard is not available here.');
  }
}

function readSpec(root: HTMLElement): GroupSpec {
  const json = root.querySelector('script[data-live-spec]')?.textContent;
  if (!json) throw new Error('live example without its spec');
  return JSON.parse(json) as GroupSpec;
}

/** Upgrades one live example (called by loader.ts). */
export async function upgrade(root: HTMLElement): Promise<Group> {
  const spec = readSpec(root);
  const page = location.pathname;
  let texts: string[] | null = null;
  let failure: string | null = null;
  if (shareTarget(location.hash) === spec.id) {
    const decoded = await decodeShare(location.hash);
    if (decoded.ok) texts = decoded.texts;
    else failure = shareFailureMessage(decoded.reason);
  }
  texts ??= failure ? null : loadDraft(page, spec.id);
  if (texts && texts.length !== spec.members.length) texts = null;
  const group = new Group(spec, root);
  groups.set(spec.id, group);
  if (spec.playground) {
    const { attachPlayground } = await import('./playground.ts');
    attachPlayground(group);
  }
  await group.start({ texts, failure });
  return group;
}

export type { Group };

// A share link opened while the page is already open only changes the hash.
addEventListener('hashchange', () => {
  const id = shareTarget(location.hash);
  const group = id ? groups.get(id) : undefined;
  if (!group || group.members.length === 0) return;
  void decodeShare(location.hash).then((decoded) => {
    if (decoded.ok) group.applyShared(decoded.texts);
    else {
      group.reset();
      group.showNotice(shareFailureMessage(decoded.reason));
    }
    group.root.scrollIntoView({ block: 'start' });
  });
});
