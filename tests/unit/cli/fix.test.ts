/** lint --fix, --fix-unsafe, --fix-dry-run: files fixed in place (BOM, CRLF, mode kept), diffs, exit codes. */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { runCli, type Io } from '../../../src/cli/main.ts';
import { unifiedDiff } from '../../../src/cli/fix.ts';

let dir = '';
const startDir = process.cwd();
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-fix-'));
  process.chdir(dir);
});
after(() => {
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
});

const ISSUE = 'FROM alpine:3.21\nCMD /app/app\n';

function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return name;
}

async function run(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { isTTY: false, write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    env: {},
    readStdin: async () => input,
  };
  return { code: await runCli(args, io), stdout, stderr };
}

/** Applies a unified diff to a text (enough of patch(1) to check ours). */
function patch(text: string, diff: string): string {
  const old = text === '' ? [] : text.split('\n');
  if (text.endsWith('\n')) old.pop();
  const oldNoEol = text !== '' && !text.endsWith('\n');
  const copy = (from: number, to: number) => old.slice(from, to).map((line, k) => ({ line, noEol: oldNoEol && from + k === old.length - 1 }));
  const out: { line: string; noEol: boolean }[] = [];
  let at = 0;
  const rows = diff.split('\n').slice(2, -1);
  let k = 0;
  while (k < rows.length) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(rows[k]!);
    assert.ok(m, `hunk header: ${rows[k]}`);
    const start = Number(m[1]) - (m[2] === '0' ? 0 : 1);
    out.push(...copy(at, start));
    at = start;
    let last = '';
    for (k++; k < rows.length && !rows[k]!.startsWith('@@'); k++) {
      const row = rows[k]!;
      if (row === '\\ No newline at end of file') {
        if (last !== '-') out[out.length - 1]!.noEol = true;
        continue;
      }
      last = row[0]!;
      if (last !== '+') assert.equal(old[at++], row.slice(1), `context or removal at line ${at}`);
      if (last !== '-') out.push({ line: row.slice(1), noEol: false });
    }
  }
  out.push(...copy(at, old.length));
  return out.length === 0 ? '' : out.map((o) => o.line).join('\n') + (out[out.length - 1]!.noEol ? '' : '\n');
}

describe('cli: --fix', () => {
  it('applies the safe fixes in place, reports what is left, and says how many unsafe fixes it left', async () => {
    const name = file('safe.Dockerfile', ISSUE);
    const r = await run(['lint', '--fix', name]);
    assert.equal(readFileSync(name, 'utf8'), 'FROM alpine:3.21\nCMD ["/app/app"]\n');
    assert.equal(r.code, 1, 'missing-user is still there');
    assert.match(r.stdout, /missing-user/);
    assert.doesNotMatch(r.stdout, /shell-form-entrypoint/);
    assert.equal(r.stderr, 'dockerfile-practices: safe.Dockerfile: applied 1 fix; 1 unsafe fix left (--fix-unsafe applies it)\n');
  });

  it('--fix-unsafe applies the unsafe fixes too, and a second run changes nothing', async () => {
    const name = file('unsafe.Dockerfile', ISSUE);
    await run(['lint', '--fix-unsafe', name]);
    const once = readFileSync(name, 'utf8');
    assert.equal(once, 'FROM alpine:3.21\nUSER 1001:1001\nCMD ["/app/app"]\n');
    const again = await run(['lint', '--fix-unsafe', name]);
    assert.equal(readFileSync(name, 'utf8'), once);
    assert.equal(again.stderr, '');
  });

  it('keeps the byte-order mark, CRLF line endings and the file mode, and leaves no temporary file', async () => {
    const name = file('crlf.Dockerfile', Buffer.from('\uFEFFFROM alpine:3.21\r\nCMD /app/app\r\n', 'utf8'));
    chmodSync(name, 0o640);
    await run(['lint', '--fix-unsafe', name]);
    assert.equal(readFileSync(name, 'utf8'), '\uFEFFFROM alpine:3.21\r\nUSER 1001:1001\r\nCMD ["/app/app"]\r\n');
    assert.equal(statSync(name).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('places findings on line 1 where an editor shows them, not counting the byte-order mark, with or without --fix', async () => {
    const plain = file('plain.Dockerfile', 'FROM alpine:3.24\nRUNN x\n');
    const bom = file('bom.Dockerfile', Buffer.from('\uFEFFFROM alpine:3.24\nRUNN x\n', 'utf8'));
    const columns = async (args: string[]) => JSON.parse((await run([...args, '--format', 'json'])).stdout).map((f: { file: string; rule: string; line: number; column: number }) => `${f.rule} ${f.line}:${f.column}`);
    const expected = await columns(['lint', plain]);
    assert.ok(expected.includes('missing-digest 1:6'), expected.join(', '));
    assert.deepEqual(await columns(['lint', bom]), expected);
    assert.deepEqual(await columns(['lint', '--fix', bom]), await columns(['lint', '--fix', plain]));
    assert.ok(readFileSync(bom, 'utf8').startsWith('\uFEFFFROM alpine:3.24\n'), 'the mark is kept');
  });

  it('writes through a symbolic link to its target, which stays a link', async () => {
    const target = file('target.Dockerfile', ISSUE);
    symlinkSync(target, join(dir, 'link.Dockerfile'));
    await run(['lint', '--fix', 'link.Dockerfile']);
    assert.equal(readFileSync(target, 'utf8'), 'FROM alpine:3.21\nCMD ["/app/app"]\n');
    assert.ok(readdirSync(dir).includes('link.Dockerfile'));
  });

  it('leaves a file without fixes untouched and silent', async () => {
    const text = 'FROM scratch\nUSER 1001:1001\n';
    const name = file('none.Dockerfile', text);
    const r = await run(['lint', '--fix', '--fail-on', 'none', name]);
    assert.equal(readFileSync(name, 'utf8'), text);
    assert.equal(r.stderr, '');
  });

  it('refuses standard input, which it cannot write back', async () => {
    const r = await run(['lint', '--fix', '-'], ISSUE);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /use --fix-dry-run/);
  });
});

describe('cli: --fix-dry-run', () => {
  it('prints a unified diff, changes nothing, and exits 1 when there is a diff', async () => {
    const name = file('dry.Dockerfile', ISSUE);
    const r = await run(['lint', '--fix-dry-run', name]);
    assert.equal(readFileSync(name, 'utf8'), ISSUE);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '--- dry.Dockerfile\n+++ dry.Dockerfile\n@@ -1,2 +1,2 @@\n FROM alpine:3.21\n-CMD /app/app\n+CMD ["/app/app"]\n');
    assert.match(r.stderr, /would apply 1 fix; 1 unsafe fix left/);
  });

  it('with --fix-unsafe shows the unsafe fixes too; reads standard input; exits 0 with no diff', async () => {
    const r = await run(['lint', '--fix-dry-run', '--fix-unsafe', '-'], ISSUE);
    assert.equal(r.stdout, '--- -\n+++ -\n@@ -1,2 +1,3 @@\n FROM alpine:3.21\n-CMD /app/app\n+USER 1001:1001\n+CMD ["/app/app"]\n');
    const clean = await run(['lint', '--fix-dry-run', '-'], 'FROM scratch\nUSER 1001:1001\n');
    assert.deepEqual([clean.code, clean.stdout], [0, '']);
  });
});

describe('fix flags', () => {
  it('go anywhere among the options, take no value, and -- ends them', async () => {
    const input = 'FROM alpine:3.21\nCMD /app/app\n';
    const late = await run(['lint', '-', '--format', 'json', '--fix-dry-run'], input);
    assert.equal(late.code, 1);
    assert.match(late.stdout, /^\+CMD \["\/app\/app"\]$/m);
    const valued = await run(['lint', '--fix-dry-run=yes', '-'], input);
    assert.equal(valued.code, 2);
    assert.match(valued.stderr, /--fix-dry-run takes no value/);
    const after = await run(['lint', '-', '--', '--fix'], input);
    assert.equal(after.code, 2);
    assert.match(after.stderr, /cannot read --fix: no such file/);
  });
});

describe('unifiedDiff', () => {
  it('marks a missing final line break', () => {
    assert.equal(unifiedDiff('f', 'a\nb', 'a\nc'), '--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('keeps three lines of context and splits distant changes into hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i + 1}`).join('\n') + '\n';
    const after = before.replace('l2\n', 'L2\n').replace('l18\n', 'L18\n');
    const diff = unifiedDiff('f', before, after);
    assert.deepEqual(diff.split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@']);
  });

  it('turns the old text into the new one (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'FROM x', ''), { maxLength: 14 }).chain((ls) => fc.constantFrom(ls.join('\n'), ls.join('\n') + '\n'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const diff = unifiedDiff('f', a, b);
        assert.equal(diff === '', a === b);
        if (diff) assert.equal(patch(a, diff), b);
      }),
      { numRuns: 600 },
    );
  });
});
