/**
 * Monaco keeps "Tab moves focus" (Ctrl+M) in a global that its public API does not expose.
 * We read and set it, so the page can show the current mode and remember it.
 */
declare module 'monaco-editor/editor/browser/config/tabFocus' {
  export const TabFocus: {
    getTabFocusMode(): boolean;
    setTabFocusMode(tabFocusMode: boolean): void;
    onDidChangeTabFocus(listener: (tabFocusMode: boolean) => void): { dispose(): void };
  };
}

/** The Dockerfile grammar itself (its register module only loads it lazily). */
declare module 'monaco-editor/languages/definitions/dockerfile/dockerfile' {
  import type { languages } from 'monaco-editor/editor/editor.api';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
