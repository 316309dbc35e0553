/**
 * A group is what one lint covers: a Dockerfile and its .dockerignore. On a practice page a
 * group has one editor and the other file is fixed (the example's companion); the playground
 * edits both. The group holds the editors, lints on every change, keeps the draft, and runs
 * the toolbar's actions; share links and drafts hold the texts of all of its editors.
 *
 * The engine runs here, in the page: on the examples it takes well under a millisecond to a
 * few milliseconds, less than a round trip to a worker (bench/web measures both).
 */
import { lint, today } from '../linter/index.ts';
import type { Diagnostic, LintOptions } from '../engine/types.ts';
import { diagnosticsFor, type ExampleSpec, type FileKind } from '../presentation/spec.ts';
import type { EditorAdapter } from './adapter.ts';
import { Chrome } from './chrome.ts';
import { writeClipboard } from './clipboard.ts';
import { el } from './dom.ts';
import { fixAllEdits, safelyFixable, type LintText } from './fixes.ts';
import { fixAllSummary } from '../presentation/findings.ts';
import { renderProblems } from './problems.ts';
import { reviewMarkdown } from './review.ts';
import { encodeShare, madeNow, shareTarget, ShareTooLargeError } from './share.ts';
import { clearDraft, saveDraft } from './storage.ts';
import { addTabHint } from './tab-hint.ts';
import { createTextareaAdapter } from './textarea.ts';

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

export type Monaco = typeof import('./monaco.ts');

/**
 * Groups whose last edit waits for the 250 ms pause before its draft is saved. A reload, a link
 * followed or a tab put away inside that pause saves them at once, so no keystroke is lost.
 */
const unsaved = new Set<Group>();
const saveAll = () => {
  for (const group of [...unsaved]) group.persist();
};
globalThis.addEventListener?.('pagehide', saveAll);
globalThis.document?.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveAll();
});

export class Group {
  readonly members: Member[] = [];
  private readonly page = location.pathname;
  private chrome!: Chrome;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private lintQueued = false;
  private applying = false;
  private readonly listeners: ((result: LintResult) => void)[] = [];
  last: LintResult | null = null;
  /** Exercises offer no quick fix (nor "Fix all") until the learner has asked for a hint. */
  fixesHidden = false;
  /** What the page knows of the build context besides its .dockerignore (the playground, given the reader's files). */
  private context: LintOptions['context'];
  /** The last texts linted and what the engine found, reused while the texts and the day are the same. */
  private memo: { dockerfile: string; dockerignore: string | null; context: LintOptions['context']; now: string; diagnostics: Diagnostic[] } | null = null;

  readonly spec: GroupSpec;
  readonly root: HTMLElement;

  constructor(spec: GroupSpec, root: HTMLElement) {
    this.spec = spec;
    this.root = root;
  }

  /** Called after every lint, with its result. */
  onLint(listener: (result: LintResult) => void): void {
    this.listeners.push(listener);
  }

  texts(): string[] {
    return this.members.map((m) => m.adapter.getValue());
  }

  edited(): boolean {
    return this.members.some((m) => m.adapter.getValue() !== m.spec.original);
  }

  /**
   * Lints the texts the editors will start with, before there are editors: the engine's first
   * run (its code still cold) then takes a task of its own instead of lengthening start().
   */
  prime(texts: readonly string[] | null): void {
    const { dockerfile, dockerignore } = this.inputsOf((i) => texts?.[i] ?? this.spec.members[i]!.original);
    this.engine(dockerfile, dockerignore);
  }

  /** The engine's findings for these texts, with the group's context, today. */
  private engine(dockerfile: string, dockerignore: string | null): Diagnostic[] {
    const now = today();
    const m = this.memo;
    if (m && m.dockerfile === dockerfile && m.dockerignore === dockerignore && m.context === this.context && m.now === now) return m.diagnostics;
    const diagnostics = lint(dockerfile, { dockerignore, context: this.context, now });
    this.memo = { dockerfile, dockerignore, context: this.context, now, diagnostics };
    return diagnostics;
  }

  /**
   * Builds the chrome and the editors (Monaco, or the textarea when `monaco` is null), with
   * the static problems lists still under them until firstLint(); the listeners hear of that
   * first lint from notify(), which the caller runs in a later task.
   */
  start(monaco: Monaco | null, initial: { texts: string[] | null; failure: string | null }): void {
    this.chrome = new Chrome(this.root, {
      fixAll: () => this.fixAll(),
      reset: () => this.reset(),
      copy: () => void this.copy(),
      share: () => void this.share(),
      copyForReview: () => void this.copyForReview(),
    });
    if (initial.failure) this.chrome.showNotice(initial.failure);
    this.spec.members.forEach((spec, i) => this.addMember(spec, initial.texts?.[i] ?? spec.original, monaco));
    this.root.dataset.liveEditor = monaco ? 'monaco' : 'textarea';
    this.updateEdited();
    if (this.root.dataset.liveFocus) this.members[0]?.adapter.focus();
  }

  /** The findings in the editors and their problems lists: the group is live. */
  firstLint(): void {
    this.lint(false);
    this.root.dataset.liveState = 'live';
  }

  private addMember(spec: ExampleSpec, text: string, monaco: Monaco | null): void {
    const root = this.spec.members.length === 1 ? this.root : this.root.querySelector<HTMLElement>(`[data-live-member="${spec.id}"]`);
    if (!root) throw new Error(`live example ${this.spec.id}: no element for ${spec.id}`);
    const body = root.querySelector<HTMLElement>('[data-live-body]');
    if (!body) throw new Error(`live example ${spec.id}: no [data-live-body]`);
    const label = `${spec.kind === 'dockerfile' ? 'Dockerfile' : '.dockerignore'} editor: ${spec.title}`;
    const describedBy = monaco ? addTabHint(body, spec.id, monaco) : undefined;
    const host = el('div', `live-editor live-editor--${monaco ? 'monaco' : 'textarea'}`);
    body.append(host);
    const options = { host, text, kind: spec.kind, label, marks: spec.marks, describedBy, tabLeaves: () => !this.edited() };
    const fixAll = (value: string) => fixAllEdits(value, this.lintFor(spec.kind)).edits;
    const adapter = monaco ? monaco.createMonacoAdapter({ ...options, fixAll }) : createTextareaAdapter(options);
    for (const child of body.children) if (child !== host) (child as HTMLElement).hidden = true;
    this.members.push({ spec, root, adapter, diagnostics: [] });
    adapter.onChange(() => this.changed());
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
    unsaved.add(this);
  }

  /** Saves the draft now (or forgets it, when the texts are the original again). */
  persist(): void {
    clearTimeout(this.saveTimer);
    unsaved.delete(this);
    if (this.edited()) saveDraft(this.page, this.spec.id, this.texts());
    else clearDraft(this.page, this.spec.id);
  }

  private updateEdited(): void {
    const edited = this.edited();
    this.chrome.setEdited(edited);
    this.root.dataset.liveEdited = String(edited);
  }

  /** The texts the group lints, with the text of the editor of one kind replaced. */
  private inputs(kind?: FileKind, text?: string): { dockerfile: string; dockerignore: string | null } {
    return this.inputsOf((i) => {
      const m = this.members[i]!;
      return m.spec.kind === kind && text !== undefined ? text : m.adapter.getValue();
    });
  }

  /** The texts a lint covers, given the text of the group's i-th member: a member's own, else the example's companion. */
  private inputsOf(value: (i: number) => string): { dockerfile: string; dockerignore: string | null } {
    const members = this.spec.members;
    const df = members.findIndex((m) => m.kind === 'dockerfile');
    const di = members.findIndex((m) => m.kind === 'dockerignore');
    const first = members[0]!;
    return { dockerfile: df >= 0 ? value(df) : (first.companion ?? ''), dockerignore: di >= 0 ? value(di) : first.companion };
  }

  /** Lints a text as the editor of that kind's, for the passes of "Fix all". */
  private lintFor(kind: FileKind): LintText {
    return (text) => {
      const { dockerfile, dockerignore } = this.inputs(kind, text);
      return diagnosticsFor(kind, lint(dockerfile, { dockerignore, context: this.context, now: today() }));
    };
  }

  /** Lints again, knowing this of the build context (undefined: nothing). */
  setContext(context: LintOptions['context']): void {
    this.context = context;
    if (this.members.length > 0) this.lint();
  }

  /** Lints the editors' texts and shows the findings; `notify`: and tells the listeners. */
  lint(notify = true): void {
    const t0 = performance.now();
    const { dockerfile, dockerignore } = this.inputs();
    const diagnostics = this.engine(dockerfile, dockerignore);
    let fixes = 0;
    for (const m of this.members) {
      const own = diagnosticsFor(m.spec.kind, diagnostics);
      m.diagnostics = this.fixesHidden ? own.map(({ fix: _fix, ...d }) => d) : own;
      m.adapter.setDiagnostics(m.diagnostics);
      fixes += safelyFixable(m.diagnostics).length;
      this.renderProblems(m);
    }
    this.chrome.setFixCount(fixes);
    const ms = performance.now() - t0;
    this.last = { dockerfile, dockerignore, diagnostics, ms };
    if (notify) this.notify();
  }

  /** Tells the listeners the last lint's result. */
  notify(): void {
    if (!this.last) return;
    for (const listener of this.listeners) listener(this.last);
    this.root.dispatchEvent(new CustomEvent('live:linted', { detail: { ms: this.last.ms } }));
  }

  private renderProblems(m: Member): void {
    const problems = m.root.querySelector<HTMLElement>('[data-live-problems]');
    if (!problems) return;
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

  /** Applies every safe fix, in passes, and says how many it applied and how many unsafe ones it left. */
  private fixAll(): void {
    let applied = 0;
    let unsafeLeft = 0;
    for (const m of this.members) {
      const { edits, result } = fixAllEdits(m.adapter.getValue(), this.lintFor(m.spec.kind));
      if (edits.length > 0) m.adapter.applyEdits(edits);
      applied += result.applied.length;
      unsafeLeft += result.skippedUnsafe;
    }
    this.chrome.say(fixAllSummary(applied, unsafeLeft));
    this.members[0]?.adapter.focus();
  }

  reset(): void {
    this.applying = true;
    this.members.forEach((m) => m.adapter.setValue(m.spec.original));
    this.applying = false;
    clearTimeout(this.saveTimer);
    unsaved.delete(this);
    clearDraft(this.page, this.spec.id);
    this.chrome.hideNotice();
    if (shareTarget(location.hash) === this.spec.id) history.replaceState(history.state, '', location.pathname + location.search);
    this.updateEdited();
    this.chrome.say('Reset to the original example.');
  }

  /** Puts texts from a share link into the editors (not saved as a draft until edited). */
  applyShared(texts: readonly string[]): void {
    this.applying = true;
    this.members.forEach((m, i) => m.adapter.setValue(texts[i] ?? m.spec.original));
    this.applying = false;
    this.chrome.hideNotice();
  }

  showNotice(message: string): void {
    this.chrome.showNotice(message);
  }

  private async copy(): Promise<void> {
    const ok = await writeClipboard(this.members[0]!.adapter.getValue());
    this.chrome.say(ok ? 'Copied to the clipboard.' : 'The clipboard is not available here; select the text and copy it.');
  }

  /** The share link for the current texts; null (with a message) when it cannot be made. */
  async shareLink(): Promise<string | null> {
    try {
      const hash = await encodeShare(this.spec.id, this.texts(), madeNow(this.last?.diagnostics ?? [], today()));
      return `${location.origin}${location.pathname}${location.search}#${hash}`;
    } catch (error) {
      this.chrome.say(error instanceof ShareTooLargeError ? `Too large to share: ${error.message}` : 'A share link could not be made.');
      return null;
    }
  }

  private async share(): Promise<void> {
    const link = await this.shareLink();
    if (!link) return;
    history.replaceState(history.state, '', link);
    const ok = await writeClipboard(link);
    this.chrome.say(ok ? 'Share link copied to the clipboard.' : 'The share link is in the address bar.');
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
    const ok = await writeClipboard(markdown);
    this.chrome.say(ok ? 'Markdown for review copied to the clipboard.' : 'The clipboard is not available here.');
  }
}
