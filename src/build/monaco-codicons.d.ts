/** Monaco's codicon tables, read at build time to subset the codicon font (vite-plugin-codicon-subset.ts). */
declare module 'monaco-editor/base/common/codicons' {
  export const Codicon: Record<string, { id: string }>;
}
declare module 'monaco-editor/base/common/codiconsUtil' {
  export function getCodiconFontCharacters(): Record<string, number>;
}
