/**
 * Monaco's editor API (editor.api.js) and the hover bring parts our editors never use: the diff
 * editors behind `monaco.editor.createDiffEditor`, go to definition, inlay hints and inline
 * suggestion hints. Each is reached through one import, so this plugin replaces that module
 * with a stub (MONACO_STUBS says why each is safe), and the whole subtree behind it drops out
 * of the bundle.
 *
 * A stub exports only the names that are imported from it: if a Monaco upgrade imports
 * another, the build fails on the missing export instead of shipping a half editor.
 */
import type { Plugin } from 'vite';

/** A class body whose constructor refuses: the stubbed part is never meant to run. */
const REFUSE = 'constructor() { throw new Error(MESSAGE); }';

/**
 * Modules (paths inside monaco-editor/esm/vs/) replaced by stubs: what each stub exports, what
 * is left out, and why the editor behaves the same without it.
 */
export const MONACO_STUBS: Readonly<Record<string, { exports: Readonly<Record<string, string>>; what: string }>> = {
  // Reached only from standaloneCodeEditor.js (createDiffEditor): we never create one.
  'editor/browser/widget/diffEditor/diffEditorWidget.js': { exports: { DiffEditorWidget: REFUSE }, what: 'the diff editor' },
  // Reached only from standaloneEditor.js (createMultiFileDiffEditor): we never create one.
  'editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js': { exports: { MultiDiffEditorWidget: REFUSE }, what: 'the multi-file diff editor' },
  // The quick input (Monaco's command palette and pickers) is a service created when first
  // asked for; only the command palette and quick access ask, and we import neither.
  'editor/standalone/browser/quickInput/standaloneQuickInputService.js': { exports: { StandaloneQuickInputService: REFUSE }, what: 'the quick input' },
  // The hover imports Ctrl+click "go to definition" (and with it the references peek view)
  // for its "go to definition" keyboard action. We register no definition provider, so it
  // finds nothing; without the contribution, get() answers null and the action does nothing.
  'editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js': {
    exports: { GotoDefinitionAtPositionEditorContribution: 'static get() { return null; }' },
    what: 'go to definition',
  },
  // The hover checks `instanceof InlayHintsHover`; that participant is registered only by the
  // inlay hints contribution, which we do not import, so the check is always false.
  'editor/contrib/inlayHints/browser/inlayHintsHover.js': { exports: { InlayHintsHover: '' }, what: 'inlay hint hovers' },
  // The hover stays out of the way of the inline suggestion toolbar's drop-down; without
  // inline suggestions (not imported) that drop-down is never visible.
  'editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget.js': {
    exports: { InlineSuggestionHintsContentWidget: 'static get dropDownVisible() { return false; }' },
    what: 'inline suggestion hints',
  },
};

/** The stub's source: each export a class with the given body. */
export function stubSource(path: string): string | null {
  const stub = MONACO_STUBS[path];
  if (!stub) return null;
  const message = JSON.stringify(`${stub.what} is not bundled with this site's editor (src/build/vite-plugin-monaco-trim.ts)`);
  const classes = Object.entries(stub.exports).map(([name, body]) => `export class ${name} { ${body} }`);
  return [`const MESSAGE = ${message};`, ...classes].join('\n') + '\n';
}

export function monacoTrim(): Plugin {
  return {
    name: 'dockerfile-practices:monaco-trim',
    enforce: 'pre',
    load(id) {
      const path = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/]vs[\\/](.*)$/.exec(id)?.[1]?.replace(/\\/g, '/');
      return path ? stubSource(path) : null;
    },
  };
}
