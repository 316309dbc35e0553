/**
 * Applying fixes: one pass takes fixes that do not touch, each whole; fixAll() lints again and
 * repeats until nothing changes; safe fixes only unless asked. Text in, text out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, fix, fixAll, lint, MAX_FIX_PASSES, type Diagnostic } from '../../../src/linter/index.ts';

/** A finding at line 1 whose fix is the given edits (1-based, on line 1 unless said). */
function finding(rule: string, edits: { column: number; endColumn: number; text: string; line?: number }[], applicability: 'safe' | 'unsafe' = 'safe'): Diagnostic {
  return {
    rule,
    practice: 'efficient-layering',
    severity: 'warning',
    message: rule,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fix: { title: rule, applicability, edits: edits.map((e) => ({ line: e.line ?? 1, endLine: e.line ?? 1, column: e.column, endColumn: e.endColumn, text: e.text })) },
  };
}

describe('applyFixes (one pass)', () => {
  it('takes fixes in order of position, whatever order they come in', () => {
    const text = 'abcdef';
    assert.equal(applyFixes(text, [finding('b', [{ column: 5, endColumn: 6, text: 'E' }]), finding('a', [{ column: 1, endColumn: 2, text: 'A' }])]), 'AbcdEf');
  });

  it('leaves out a fix that touches one already taken: overlapping, adjacent, or an insertion at the same point', () => {
    const replace = finding('replace', [{ column: 1, endColumn: 4, text: 'XYZ' }]);
    assert.equal(applyFixes('abcdef', [replace, finding('overlap', [{ column: 3, endColumn: 5, text: '!' }])]), 'XYZdef');
    assert.equal(applyFixes('abcdef', [replace, finding('adjacent', [{ column: 4, endColumn: 5, text: '!' }])]), 'XYZdef');
    assert.equal(applyFixes('abcdef', [finding('insert', [{ column: 1, endColumn: 1, text: '>' }]), replace]), '>abcdef');
  });

  it('applies a fix with all of its edits or none', () => {
    const two = finding('two', [{ column: 1, endColumn: 2, text: 'A' }, { column: 5, endColumn: 6, text: 'E' }]);
    const middle = finding('middle', [{ column: 3, endColumn: 4, text: 'C' }]);
    assert.equal(applyFixes('abcdef', [two, middle]), 'AbCdEf', 'edits between another fix\'s edits do not touch them');
    const late = finding('late', [{ column: 3, endColumn: 4, text: 'C' }, { column: 6, endColumn: 7, text: 'F' }]);
    const blocker = finding('blocker', [{ column: 1, endColumn: 3, text: 'X' }]);
    assert.equal(applyFixes('abcdef', [late, blocker]), 'Xcdef', 'the two-edit fix waits: neither of its edits applies');
  });

  it('skips a fix whose own edits overlap', () => {
    assert.equal(applyFixes('abcdef', [finding('self', [{ column: 1, endColumn: 3, text: 'X' }, { column: 2, endColumn: 4, text: 'Y' }])]), 'abcdef');
  });

  it('reproduces the issue: USER before a CMD and the CMD in exec form no longer mix', () => {
    const text = 'FROM alpine:3.21\nCMD /app/app\n';
    const fixed = applyFixes(text, lint(text));
    assert.ok(!fixed.includes(']01'), fixed);
    assert.equal(fixed, 'FROM alpine:3.21\nUSER 1001:1001\nCMD /app/app\n', 'the insertion goes first; the CMD waits for the next pass');
  });
});

describe('fixAll (passes)', () => {
  it('applies the safe fixes and counts the unsafe ones it left (issue 13: FROM alpine:3.21, CMD /app/app)', () => {
    const r = fix('FROM alpine:3.21\nCMD /app/app\n');
    assert.equal(r.text, 'FROM alpine:3.21\nCMD ["/app/app"]\n');
    assert.deepEqual(r.applied.map((a) => a.rule), ['shell-form-entrypoint']);
    assert.equal(r.skippedUnsafe, 1);
    assert.equal(r.converged, true);
  });

  it('with unsafe fixes, applies touching fixes over two passes', () => {
    const r = fix('FROM alpine:3.21\nCMD /app/app\n', { unsafe: true });
    assert.equal(r.text, 'FROM alpine:3.21\nUSER 1001:1001\nCMD ["/app/app"]\n');
    assert.deepEqual(r.applied.map((a) => `${a.rule}@${a.pass}`), ['missing-user@1', 'shell-form-entrypoint@2']);
    assert.equal(r.passes, 2);
    assert.equal(r.skippedUnsafe, 0);
  });

  it('the playground\'s node:latest example ends with its own command in exec form', () => {
    const text = 'FROM node:latest\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nEXPOSE 3000\nCMD npm start\n';
    for (const unsafe of [false, true]) {
      const r = fix(text, { unsafe });
      assert.ok(r.text.endsWith('CMD ["npm", "start"]\n'), r.text);
      assert.ok(!/\]\d/.test(r.text) && r.text.split('CMD').length === 2, r.text);
      assert.equal(fix(r.text, { unsafe }).text, r.text, 'a second run changes nothing');
    }
  });

  it('applies nothing and says so on a file without fixes', () => {
    const r = fix('');
    assert.deepEqual([r.text, r.applied, r.passes, r.skippedUnsafe, r.converged], ['', [], 0, 0, true]);
  });

  it('stops after MAX_FIX_PASSES when fixes keep coming, and says it did not converge', () => {
    // A lint that always offers to append one more "x".
    const endless = (text: string) => [finding('more', [{ column: text.length + 1, endColumn: text.length + 1, text: 'x' }])];
    const r = fixAll(endless, '');
    assert.equal(r.passes, MAX_FIX_PASSES);
    assert.equal(r.text, 'x'.repeat(MAX_FIX_PASSES));
    assert.equal(r.converged, false);
  });

  it('stops when fixes go round in a circle', () => {
    const flip = (text: string) => [finding('flip', [{ column: 1, endColumn: 2, text: text === 'a' ? 'b' : 'a' }])];
    const r = fixAll(flip, 'a');
    assert.equal(r.text, 'b');
    assert.equal(r.converged, false);
  });

  it('never applies a fix to the .dockerignore text', () => {
    const onIgnore = { ...finding('ignore', [{ column: 1, endColumn: 1, text: '.git\n' }]), file: 'dockerignore' as const };
    assert.equal(fixAll(() => [onIgnore], 'FROM a\n').text, 'FROM a\n');
  });

  it('offers no fix that would write into an unterminated heredoc, which runs to the end of the file', () => {
    const text = 'FROM alpine:3.24\nRUN cat <<EOF | sh\necho hi\n';
    const before = lint(text);
    assert.ok(before.some((d) => d.rule === 'missing-user'), 'the final stage still has no USER');
    assert.ok(before.every((d) => !d.fix || d.fix.edits.every((e) => e.line < 2)), JSON.stringify(before.filter((d) => d.fix)));
    const r = fix(text, { unsafe: true });
    assert.equal(r.text, text);
    assert.ok(r.converged);
  });

  it('nor into what the parser read as a heredoc inside quotes, where BuildKit sees none', () => {
    const text = 'FROM debian:13-slim\nRUN gpg --fingerprint "$KEY <<EOF" | grep -q "$FPR"\n';
    const r = fix(text, { unsafe: true });
    assert.ok(r.converged, r.text);
    assert.equal(fix(r.text, { unsafe: true }).text, r.text);
  });

  it('still fixes after a terminated heredoc', () => {
    const r = fix('FROM alpine:3.24\nRUN <<EOF\necho hi\nEOF\nCMD /app/app\n', { unsafe: true });
    assert.match(r.text, /CMD \["\/app\/app"\]/);
  });
});
