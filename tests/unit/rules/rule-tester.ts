/**
 * A RuleTester in the style of ESLint's: each rule gets valid and invalid Dockerfiles, the
 * findings it must report (line, column, message) and, for fixable findings, the text after
 * the fix. Only the rule under test runs, so cases stay independent of other rules; the engine's
 * syntax findings (a snippet without FROM is one) are left out for the same reason, and
 * tests/unit/engine/syntax.test.ts covers them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../../../src/engine/fix.ts';
import { lintWith } from '../../../src/engine/lint.ts';
import type { Rule } from '../../../src/engine/rule.ts';
import { MISPLACED_DIRECTIVE, SYNTAX_ERROR } from '../../../src/engine/syntax.ts';
import type { Diagnostic, LintOptions } from '../../../src/engine/types.ts';

export interface ValidCase {
  code: string;
  dockerignore?: string | null;
  trustedRegistries?: readonly string[];
  now?: string;
  /** What the caller knows of the build context (LintOptions.context). */
  context?: LintOptions['context'];
  /** The Dockerfile's path from its repository's root (LintOptions.path). */
  path?: string;
  name?: string;
}

export interface ExpectedError {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
  file?: 'dockerignore';
  severity?: Diagnostic['severity'];
}

export interface InvalidCase extends ValidCase {
  /** The findings, in order, or just how many. */
  errors: ExpectedError[] | number;
  /** The text after applying the fixes; null asserts that no fix is offered. */
  output?: string | null;
  /** The applicability every offered fix has. */
  applicability?: 'safe' | 'unsafe';
}

function title(c: ValidCase): string {
  return c.name ?? JSON.stringify(c.code.length > 70 ? c.code.slice(0, 67) + '...' : c.code);
}

export function findings(rule: Rule, c: ValidCase): Diagnostic[] {
  const options = {
    ...(c.dockerignore === undefined ? {} : { dockerignore: c.dockerignore }),
    ...(c.trustedRegistries === undefined ? {} : { trustedRegistries: c.trustedRegistries }),
    ...(c.now === undefined ? {} : { now: c.now }),
    ...(c.context === undefined ? {} : { context: c.context }),
    ...(c.path === undefined ? {} : { path: c.path }),
  };
  const all = lintWith([rule], c.code, options).filter((d) => d.rule !== SYNTAX_ERROR && d.rule !== MISPLACED_DIRECTIVE);
  const internal = all.filter((d) => d.rule !== rule.id);
  assert.deepEqual(internal, [], `rule ${rule.id} failed internally`);
  return all;
}

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid: ${title(c)}`, () => {
        assert.deepEqual(findings(rule, c).map((d) => `${d.line}:${d.column} ${d.message}`), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${title(c)}`, () => {
        const got = findings(rule, c);
        if (typeof c.errors === 'number') {
          assert.equal(got.length, c.errors, `expected ${c.errors} findings, got:\n${got.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
        } else {
          assert.equal(got.length, c.errors.length, `expected ${c.errors.length} findings, got:\n${got.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
          c.errors.forEach((e, k) => {
            const d = got[k];
            assert.ok(d);
            for (const key of ['line', 'column', 'endLine', 'endColumn', 'file', 'severity'] as const) {
              if (e[key] !== undefined) assert.equal(d[key], e[key], `finding ${k}: ${key}`);
            }
            if (typeof e.message === 'string') assert.equal(d.message, e.message);
            else if (e.message) assert.match(d.message, e.message);
          });
        }
        if (c.output === null) assert.ok(got.every((d) => !d.fix), 'expected no fix');
        else if (c.output !== undefined) assert.equal(applyFixes(c.code, got), c.output);
        if (c.applicability) assert.deepEqual(got.filter((d) => d.fix).map((d) => d.fix!.applicability), got.filter((d) => d.fix).map(() => c.applicability), 'fix applicability');
      });
    }
  });
}
