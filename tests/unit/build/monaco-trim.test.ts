import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseSync } from 'vite';
import { MONACO_STUBS, monacoTrim, stubSource } from '../../../src/build/vite-plugin-monaco-trim.ts';

const monaco = new URL('../../../node_modules/monaco-editor/esm/vs/', import.meta.url);

/** The names a module exports. */
function exportsOf(code: string): string[] {
  return parseSync('module.js', code).program.body.flatMap((n) => {
    if (n.type !== 'ExportNamedDeclaration') return [];
    if (n.declaration?.type === 'ClassDeclaration') return [n.declaration.id!.name];
    return n.specifiers.map((s) => (s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value)));
  });
}

test('each stubbed module still exists in Monaco and exports what its stub exports (else the stub would silently stop applying)', () => {
  for (const [path, stub] of Object.entries(MONACO_STUBS)) {
    const file = new URL(path, monaco);
    assert.ok(existsSync(file), path);
    const real = exportsOf(readFileSync(file, 'utf8'));
    for (const name of Object.keys(stub.exports)) assert.ok(real.includes(name), `${path} exports ${name}`);
    assert.deepEqual(exportsOf(stubSource(path)!), Object.keys(stub.exports));
  }
});

test('a stub that refuses says what is left out and where; the others answer as Monaco does with the feature absent', async () => {
  const load = async (path: string) => import(`data:text/javascript,${encodeURIComponent(stubSource(path)!)}`);
  const { DiffEditorWidget } = await load('editor/browser/widget/diffEditor/diffEditorWidget.js');
  assert.throws(() => new DiffEditorWidget(), /the diff editor is not bundled with this site's editor \(src\/build\/vite-plugin-monaco-trim\.ts\)/);
  const { GotoDefinitionAtPositionEditorContribution } = await load('editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js');
  assert.equal(GotoDefinitionAtPositionEditorContribution.get({}), null);
  const { InlineSuggestionHintsContentWidget } = await load('editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget.js');
  assert.equal(InlineSuggestionHintsContentWidget.dropDownVisible, false);
});

test('the plugin stubs only those modules, found by their path under monaco-editor', () => {
  const load = monacoTrim().load as (id: string) => string | null;
  assert.match(load('/site/node_modules/monaco-editor/esm/vs/editor/browser/widget/diffEditor/diffEditorWidget.js') ?? '', /export class DiffEditorWidget/);
  assert.equal(load('/site/node_modules/monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js'), null);
  assert.equal(load('/site/src/editor/diffEditor/diffEditorWidget.js'), null);
  assert.equal(stubSource('editor/editor.api.js'), null);
});
