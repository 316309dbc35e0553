import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { DOCUMENTATION_ONLY, isRuleFile, stripRuleDocumentation } from '../../../src/build/vite-plugin-rule-metadata.ts';
import { fix, lint, rules, type LintOptions } from '../../../src/linter/index.ts';

const root = new URL('../../../', import.meta.url);
const ruleFiles = globSync('src/rules/**/*.ts', { cwd: root })
  .map((f) => fileURLToPath(new URL(f, root)))
  .filter(isRuleFile);

/** The keys of a rule file's defineRule({...}) literal. */
function keys(code: string): string[] {
  const body = parseSync('rule.ts', code).program.body;
  const exported = body.find((n) => n.type === 'ExportDefaultDeclaration');
  assert.ok(exported && exported.declaration.type === 'CallExpression');
  const literal = exported.declaration.arguments[0];
  assert.ok(literal?.type === 'ObjectExpression');
  return literal.properties.flatMap((p) => (p.type === 'Property' && p.key.type === 'Identifier' ? [p.key.name] : []));
}

test('a rule file is one under src/rules/<practice>/, not a helper, the catalogue or define.ts', () => {
  assert.equal(ruleFiles.length, rules.length);
  assert.ok(isRuleFile('/site/src/rules/copy-over-add/add-local-file.ts'));
  for (const path of ['/site/src/rules/lib/copy.ts', '/site/src/rules/index.ts', '/site/src/rules/define.ts', '/site/src/engine/rule.ts']) assert.ok(!isRuleFile(path), path);
});

test('in the browser a rule keeps its id, practice, severity, title, fix, sources and check, on the same lines, and loses only its documentation', () => {
  for (const file of ruleFiles) {
    const code = readFileSync(file, 'utf8');
    const stripped = stripRuleDocumentation(code, file);
    assert.deepEqual(keys(stripped), keys(code).filter((k) => !(DOCUMENTATION_ONLY as readonly string[]).includes(k)), file);
    assert.ok(['id', 'practice', 'severity', 'title', 'sources', 'check'].every((k) => keys(stripped).includes(k)), file);
    assert.equal(stripped.split('\n').length, code.split('\n').length, file);
    const checkLine = (c: string) => c.split('\n').findIndex((l) => /^\s*check\(/.test(l));
    assert.equal(checkLine(stripped), checkLine(code), file);
  }
  assert.throws(() => stripRuleDocumentation('export const rule = {};', 'x.ts'), /no `export default defineRule/);
});

test('the rules as the browser loads them find and fix exactly what the full rules do on every rule example', () => {
  const cases = rules.flatMap((r) =>
    [...r.invalid, ...r.valid].map((e) => ({
      code: e.code,
      options: { dockerignore: e.dockerignore, trustedRegistries: e.trustedRegistries, now: e.now, context: e.context } satisfies LintOptions,
    })),
  );
  const script = `
    import { fix, lint, rules } from './src/linter/index.ts';
    const cases = JSON.parse(process.argv[1]);
    const documented = rules.filter((r) => ${JSON.stringify(DOCUMENTATION_ONLY)}.some((k) => k in r)).map((r) => r.id);
    console.log(JSON.stringify({ documented, results: cases.map((c) => ({ lint: lint(c.code, c.options), fix: fix(c.code, c.options) })) }));`;
  const out = execFileSync(process.execPath, ['--import', './tests/unit/build/browser-rules-hooks.ts', '--input-type=module', '-e', script, JSON.stringify(cases)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const browser = JSON.parse(out) as { documented: string[]; results: unknown[] };
  assert.deepEqual(browser.documented, [], 'the child loaded the stripped rules');
  assert.ok(cases.length > 150, `${cases.length} examples`);
  assert.deepEqual(browser.results, JSON.parse(JSON.stringify(cases.map((c) => ({ lint: lint(c.code, c.options), fix: fix(c.code, c.options) })))));
});
