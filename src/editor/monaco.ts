/**
 * Monaco, the minimum of it: the editor API, the Dockerfile grammar, hovers, code actions
 * (quick fixes) and the Tab-moves-focus toggle. Everything is bundled by Vite and served from
 * our own origin; the CSS arrives inside this chunk (see vite-plugin-monaco-css.ts).
 *
 * Never import this module on the server: Monaco needs `window`.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import { conf as dockerfileConf, language as dockerfileLanguage } from 'monaco-editor/languages/definitions/dockerfile/dockerfile';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import { TabFocus } from 'monaco-editor/editor/browser/config/tabFocus';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { Diagnostic, TextEdit } from '../engine/types.ts';
import type { AdapterOptions, EditorAdapter } from './adapter.ts';
import { focusBeyond, scrollPageTo } from './dom.ts';
import { fixable, safelyFixable } from './fixes.ts';
import { loadTabMovesFocus, saveTabMovesFocus } from './storage.ts';
import { fixTitle } from '../presentation/findings.ts';
import { ruleHref } from '../presentation/urls.ts';

const OWNER = 'dockerfile-practices';

// The Dockerfile grammar is bundled in this chunk rather than registered with Monaco's lazy
// loader (languages/definitions/dockerfile/register), which would fetch it only after the
// editor exists: one round trip less before the first highlighted frame.
monaco.languages.register({ id: 'dockerfile', extensions: ['.dockerfile'], filenames: ['Dockerfile'], aliases: ['Dockerfile'] });
monaco.languages.setMonarchTokensProvider('dockerfile', dockerfileLanguage);
monaco.languages.setLanguageConfiguration('dockerfile', dockerfileConf);

(globalThis as { MonacoEnvironment?: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

// Colours follow the static view (Expressive Code's Night Owl themes) on the same background,
// darkened or lightened so every token keeps WCAG AA contrast (4.5:1) even on a marked line
// with the cursor on it. Bracket-pair colours are off: some fail contrast, and the static
// view has none.
interface Palette {
  base: 'vs' | 'vs-dark';
  /** Token colours, hex without "#". */
  tokens: { keyword: string; string: string; variable: string; comment: string; negation: string };
  background: string;
  foreground: string;
  lineNumber: string;
  activeLineNumber: string;
  lineHighlight: string;
  /** The problem hover: its source line and rule link keep 4.5:1 on its background. */
  hover: { background: string; foreground: string; description: string; link: string };
}

function theme(p: Palette): monaco.editor.IStandaloneThemeData {
  const t = p.tokens;
  return {
    base: p.base,
    inherit: true,
    rules: [
      { token: 'keyword', foreground: t.keyword },
      { token: 'string', foreground: t.string },
      { token: 'variable', foreground: t.variable },
      { token: 'comment', foreground: t.comment, fontStyle: 'italic' },
      { token: 'negation', foreground: t.negation },
    ],
    colors: {
      'editor.background': p.background,
      'editor.foreground': p.foreground,
      'editorLineNumber.foreground': p.lineNumber,
      'editorLineNumber.activeForeground': p.activeLineNumber,
      'editor.lineHighlightBackground': p.lineHighlight,
      'editorHoverWidget.background': p.hover.background,
      'editorHoverWidget.foreground': p.hover.foreground,
      descriptionForeground: p.hover.description,
      'textLink.foreground': p.hover.link,
      'textLink.activeForeground': p.hover.link,
    },
  };
}

monaco.editor.defineTheme(
  'dfp-light',
  theme({
    base: 'vs',
    tokens: { keyword: '075E61', string: '8A4443', variable: '3157A3', comment: '565A66', negation: '7A3AA0' },
    background: '#f6f7f9',
    foreground: '#403f53',
    lineNumber: '#56606b',
    activeLineNumber: '#1f2328',
    lineHighlight: '#00000008',
    hover: { background: '#ffffff', foreground: '#1f2328', description: '#56606b', link: '#0b5cad' },
  }),
);
monaco.editor.defineTheme(
  'dfp-dark',
  theme({
    base: 'vs-dark',
    tokens: { keyword: '7FDBCA', string: 'ECC48D', variable: 'C5E478', comment: 'A3AFAF', negation: 'C792EA' },
    background: '#23262f',
    foreground: '#d6deeb',
    lineNumber: '#97a3ae',
    activeLineNumber: '#d6deeb',
    lineHighlight: '#ffffff08',
    hover: { background: '#1b1e26', foreground: '#d6deeb', description: '#a9b4bf', link: '#7fc4e3' },
  }),
);

/** Starlight writes the resolved theme on <html data-theme>; Monaco's theme is page-wide. */
function syncTheme(): void {
  monaco.editor.setTheme(document.documentElement.dataset.theme === 'light' ? 'dfp-light' : 'dfp-dark');
}
syncTheme();
new MutationObserver(syncTheme).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

// .dockerignore: comments and "!" exceptions.
monaco.languages.register({ id: 'dockerignore' });
monaco.languages.setMonarchTokensProvider('dockerignore', {
  tokenizer: { root: [[/^\s*#.*$/, 'comment'], [/^\s*!/, 'negation']] },
});
monaco.languages.setLanguageConfiguration('dockerignore', { comments: { lineComment: '#' } });

// Rule links in hovers stay in this tab when they point into the site.
monaco.editor.registerLinkOpener({
  open(resource) {
    const url = new URL(resource.toString(true), location.href);
    if (url.origin !== location.origin) return false;
    location.assign(url.href);
    return true;
  },
});

// --- Tab moves focus -------------------------------------------------------------------

TabFocus.setTabFocusMode(loadTabMovesFocus());
TabFocus.onDidChangeTabFocus((on) => saveTabMovesFocus(on));

export function tabMovesFocus(): boolean {
  return TabFocus.getTabFocusMode();
}
export function setTabMovesFocus(on: boolean): void {
  TabFocus.setTabFocusMode(on);
}
export function onTabMovesFocusChange(listener: (on: boolean) => void): void {
  TabFocus.onDidChangeTabFocus(listener);
}

/**
 * The way out of an editor whose Tab indents: Escape, then Tab (or Shift+Tab), moves focus on,
 * and so does Tab while `tabLeaves()` says the example is unchanged.
 */
function leaveOnTab(editor: monaco.editor.IStandaloneCodeEditor, host: HTMLElement, tabLeaves = () => false): void {
  let escaped = false;
  editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) {
      escaped = true;
      return;
    }
    const plainTab = e.keyCode === monaco.KeyCode.Tab && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (plainTab && !TabFocus.getTabFocusMode() && (escaped || tabLeaves())) {
      e.preventDefault();
      e.stopPropagation();
      focusBeyond(host, e.shiftKey);
    }
    escaped = false;
  });
  editor.onDidBlurEditorText(() => (escaped = false));
}

// --- Quick fixes -------------------------------------------------------------------------

const diagnosticsByModel = new WeakMap<monaco.editor.ITextModel, readonly Diagnostic[]>();
const fixAllByModel = new WeakMap<monaco.editor.ITextModel, (text: string) => TextEdit[]>();

function toRange(e: Pick<TextEdit, 'line' | 'column' | 'endLine' | 'endColumn'>): monaco.IRange {
  return { startLineNumber: e.line, startColumn: e.column, endLineNumber: e.endLine, endColumn: e.endColumn };
}

function intersects(a: monaco.IRange, b: monaco.IRange): boolean {
  return monaco.Range.areIntersectingOrTouching(a, b);
}

function workspaceEdit(model: monaco.editor.ITextModel, edits: readonly TextEdit[]): monaco.languages.WorkspaceEdit {
  return {
    edits: edits.map((e) => ({ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: toRange(e), text: e.text } })),
  };
}

for (const language of ['dockerfile', 'dockerignore']) {
  monaco.languages.registerCodeActionProvider(
    language,
    {
      provideCodeActions(model, range, context) {
        const diagnostics = diagnosticsByModel.get(model) ?? [];
        const fixes = fixable(diagnostics);
        const actions: monaco.languages.CodeAction[] = [];
        for (const d of fixes) {
          const where = toRange(d);
          if (!intersects(where, range)) continue;
          const marker = context.markers.find(
            (m) => m.startLineNumber === d.line && m.startColumn === d.column && (typeof m.code === 'object' ? m.code.value : m.code) === d.rule,
          );
          actions.push({
            title: fixTitle(d.fix!),
            kind: 'quickfix',
            isPreferred: d.fix!.applicability === 'safe',
            diagnostics: marker ? [marker] : [],
            edit: workspaceEdit(model, d.fix!.edits),
          });
        }
        const safe = safelyFixable(diagnostics).length;
        const fixAll = fixAllByModel.get(model);
        if (fixAll && safe > 1 && actions.length > 0) {
          actions.push({
            title: `Fix all auto-fixable problems (${safe})`,
            kind: 'quickfix',
            edit: workspaceEdit(model, fixAll(model.getValue())),
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}

// --- The editor ----------------------------------------------------------------------------

const LINE_HEIGHT = 21;
const MAX_LINES = 40;
const SCROLLBAR = 10;

function monoFont(): string {
  const font = getComputedStyle(document.documentElement).getPropertyValue('--__sl-font-mono').trim();
  return font || 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
}

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

export function createMonacoAdapter(options: AdapterOptions): EditorAdapter {
  const { host } = options;
  const editor = monaco.editor.create(host, {
    value: options.text,
    language: options.kind,
    ariaLabel: options.label,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    // The empty line after a final line break gets a normal line number: a dimmed one fails contrast.
    renderFinalNewline: 'on',
    fontFamily: monoFont(),
    fontSize: 14,
    lineHeight: LINE_HEIGHT,
    tabSize: 4,
    insertSpaces: true,
    padding: { top: 10, bottom: 10 },
    renderLineHighlight: 'line',
    renderLineHighlightOnlyWhenFocus: true,
    bracketPairColorization: { enabled: false },
    overviewRulerLanes: 0,
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
    fixedOverflowWidgets: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: SCROLLBAR, horizontalScrollbarSize: SCROLLBAR },
    stickyScroll: { enabled: false },
    occurrencesHighlight: 'off',
    unicodeHighlight: { ambiguousCharacters: false },
  });
  const model = editor.getModel()!;
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  if (options.fixAll) fixAllByModel.set(model, options.fixAll);
  leaveOnTab(editor, host, options.tabLeaves);
  if (options.describedBy) {
    editor.getDomNode()?.querySelector('[role="textbox"], textarea')?.setAttribute('aria-describedby', options.describedBy);
  }

  editor.createDecorationsCollection(
    options.marks
      .filter((line) => line <= model.getLineCount())
      .map((line) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'live-mark-line', linesDecorationsClassName: 'live-mark-gutter', stickiness: 1 },
      })),
  );

  // As tall as its content (plus room for the horizontal scrollbar), up to MAX_LINES; the
  // vertical scrollbar only appears beyond that, so a short example never scrolls.
  const max = MAX_LINES * LINE_HEIGHT + 20;
  let scrolls: boolean | undefined;
  const fit = () => {
    const content = editor.getContentHeight() + SCROLLBAR;
    host.style.height = `${Math.max(Math.min(content, max), 3 * LINE_HEIGHT + 20)}px`;
    if (scrolls !== content > max) {
      scrolls = content > max;
      editor.updateOptions({ scrollbar: { vertical: scrolls ? 'auto' : 'hidden' } });
    }
  };
  editor.onDidContentSizeChange(fit);
  fit();

  const edit = (edits: readonly TextEdit[]) => {
    editor.pushUndoStop();
    editor.executeEdits(
      OWNER,
      edits.map((e) => ({ range: toRange(e), text: e.text })),
    );
    editor.pushUndoStop();
  };

  return {
    getValue: () => model.getValue(),
    setValue(text) {
      if (text === model.getValue()) return;
      const full = model.getFullModelRange();
      edit([{ line: full.startLineNumber, column: full.startColumn, endLine: full.endLineNumber, endColumn: full.endColumn, text }]);
    },
    applyEdits: edit,
    onChange(listener) {
      model.onDidChangeContent(() => listener());
    },
    setDiagnostics(diagnostics) {
      diagnosticsByModel.set(model, diagnostics);
      monaco.editor.setModelMarkers(
        model,
        OWNER,
        diagnostics.map((d) => ({
          severity: SEVERITY[d.severity],
          message: d.message,
          startLineNumber: d.line,
          startColumn: d.column,
          endLineNumber: d.endLine,
          endColumn: d.endColumn,
          source: 'dockerfile-practices',
          code: { value: d.rule, target: monaco.Uri.parse(new URL(ruleHref(d), location.href).href) },
        })),
      );
    },
    reveal(line, column) {
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenterIfOutsideViewport(line);
      editor.focus();
    },
    show(d) {
      // The host was just made as tall as its text: the editor measures it before it scrolls.
      editor.layout();
      editor.setSelection(new monaco.Range(d.line, d.column, d.endLine, d.endColumn));
      editor.revealLineInCenter(d.line);
      const at = editor.getScrolledVisiblePosition({ lineNumber: d.line, column: d.column });
      if (at) scrollPageTo(host, at.top, at.height);
    },
    focus: () => editor.focus(),
  };
}
