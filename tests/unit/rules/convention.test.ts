/**
 * The rule-file convention: every file under src/rules/<practice>/ defines exactly one rule
 * whose id is its file name and whose practice is its folder, with at least one valid and one
 * invalid example, the documentation that says why, and, where it offers a fix, its safety
 * (`fix: 'safe' | 'unsafe'`) and an invalid example that shows the fixed text. The catalogue
 * holds exactly these rules.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyFixes } from '../../../src/engine/fix.ts';
import type { Rule } from '../../../src/engine/rule.ts';
import { rules } from '../../../src/rules/index.ts';
import { filesUnder } from '../files.ts';
import { findings } from './rule-tester.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const rulesDir = join(root, 'src/rules');

/** src/rules/<practice>/<rule>.ts: one folder deep, not lib/. */
const ruleFiles = filesUnder(rulesDir, /\.ts$/).filter((f) => {
  const parts = relative(rulesDir, f).split(/[\\/]/);
  return parts.length === 2 && parts[0] !== 'lib';
});

function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Rule>;
  return typeof r.id === 'string' && typeof r.practice === 'string' && typeof r.check === 'function';
}

const loaded = await Promise.all(
  ruleFiles.map(async (file) => ({ file, name: relative(root, file), module: (await import(pathToFileURL(file).href)) as Record<string, unknown> })),
);

describe('rule-file convention', () => {
  it('finds the rule files', () => {
    assert.ok(ruleFiles.length > 0, `no rule files under ${relative(root, rulesDir)}`);
  });

  it('the catalogue holds a rule for every file, and no rule without one', () => {
    const fromFiles = new Set(loaded.map((l) => l.module.default));
    const missing = loaded.filter((l) => !rules.includes(l.module.default as Rule)).map((l) => l.name);
    assert.deepEqual(missing, [], `not in the catalogue src/rules/index.ts: ${missing.join(', ')}`);
    const orphans = rules.filter((r) => !fromFiles.has(r)).map((r) => r.id);
    assert.deepEqual(orphans, [], `in the catalogue without a file src/rules/<practice>/<id>.ts: ${orphans.join(', ')}`);
  });

  it('every rule that declares a fix shows it on an invalid example', () => {
    const silent = rules.filter((r) => r.fix !== undefined && !r.invalid.some((e) => e.output !== undefined && e.output !== e.code)).map((r) => r.id);
    assert.deepEqual(silent, [], 'declare fix only on rules that offer one, and give an invalid example its output');
  });

  for (const { file, name, module } of loaded) {
    describe(name, () => {
      const rule = module.default;
      const id = basename(file, '.ts');
      const practice = basename(dirname(file));

      it('default-exports one rule named after the file, in its practice folder', () => {
        assert.ok(isRule(rule), `${name}: the default export is not a rule (export default defineRule({...}))`);
        const others = Object.entries(module).filter(([key, value]) => key !== 'default' && isRule(value)).map(([key]) => key);
        assert.deepEqual(others, [], `${name}: exports more than one rule (${others.join(', ')})`);
        const defined = readFileSync(file, 'utf8').match(/\bdefineRule\s*\(/g)?.length ?? 0;
        assert.equal(defined, 1, `${name}: calls defineRule ${defined} times; a rule file defines exactly one rule`);
        assert.equal(rule.id, id, `${name}: id is '${rule.id}', the file name says '${id}'`);
        assert.equal(rule.practice, practice, `${name}: practice is '${rule.practice}', the folder says '${practice}'`);
      });

      it('has a valid and an invalid example, and documentation', () => {
        assert.ok(isRule(rule), `${name}: no rule`);
        assert.ok(rule.valid.length >= 1, `${name}: no valid example`);
        assert.ok(rule.invalid.length >= 1, `${name}: no invalid example`);
        assert.ok(Array.isArray(rule.docs) && rule.docs.length >= 1, `${name}: no docs (a { title, url } reference that says why)`);
        for (const d of rule.docs) {
          assert.ok(d.title.trim().length > 0, `${name}: a docs reference without a title (${d.url})`);
          assert.match(d.url, /^https:\/\/[^\s]+$/, `${name}: docs reference '${d.title}' has no https URL`);
        }
      });

      it('shows its fix on an invalid example', () => {
        assert.ok(isRule(rule), `${name}: no rule`);
        const fixable = rule.invalid.filter((example) => findings(rule, example).some((d) => d.fix));
        if (fixable.length === 0) return;
        const shown = rule.invalid.filter((example) => example.output !== undefined);
        assert.ok(shown.length >= 1, `${name}: offers a fix on ${fixable.length} invalid example(s) but no invalid example gives its output (the fixed text)`);
        assert.ok(rule.fix === 'safe' || rule.fix === 'unsafe', `${name}: offers a fix but does not say whether it is safe (keeps what the image does) or unsafe: add fix: 'safe' or fix: 'unsafe'`);
        for (const example of shown) {
          assert.equal(applyFixes(example.code, findings(rule, example)), example.output, `${name}: the output of invalid example ${JSON.stringify(example.code)} is not what its fix gives`);
        }
      });
    });
  }
});
