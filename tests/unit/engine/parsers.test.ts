/** The small parsers under the model: shell commands, Dockerfile words, JSON form, image references. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseImage } from '../../../src/engine/image.ts';
import { parseJsonArray } from '../../../src/engine/json.ts';
import { commandName, innerWords, parseShell } from '../../../src/engine/shell.ts';
import { expandWord, hasVariable } from '../../../src/engine/words.ts';

const plain = (text: string) => ({ text, runs: [0, 0], end: text.length });
const argv = (s: string) => parseShell(s).map((c) => c.words.map((w) => w.value));

describe('shell tokenizer', () => {
  it('splits at &&, ||, ;, |, & and newlines', () => {
    assert.deepEqual(argv('a 1 && b 2 || c; d | e & f\ng'), [['a', '1'], ['b', '2'], ['c'], ['d'], ['e'], ['f'], ['g']]);
    assert.deepEqual(parseShell('a | b').map((c) => [c.before, c.after]), [['', '|'], ['|', '']]);
  });

  it('keeps quoted operators inside words and removes quotes', () => {
    assert.deepEqual(argv(`echo "a && b" 'c | d' e\\ f`), [['echo', 'a && b', 'c | d', 'e f']]);
    assert.deepEqual(argv('echo "$(a && b)" `c; d`'), [['echo', '$(a && b)', '`c; d`']]);
  });

  it('separates assignments, redirections and comments', () => {
    const [c] = parseShell('A=1 B="x y" cmd arg > /out 2>&1 # comment && not');
    assert.deepEqual(c?.assignments.map((w) => w.value), ['A=1', 'B=x y']);
    assert.deepEqual(c?.words.map((w) => w.value), ['cmd', 'arg']);
    assert.deepEqual(c?.redirects.map((r) => [r.op, r.target?.value]), [['>', '/out'], ['>&', '1']]);
    assert.equal(parseShell('cat <<EOF').at(0)?.redirects[0]?.target?.value, 'EOF');
  });

  it('skips shell keywords so compound commands still yield their commands', () => {
    assert.deepEqual(argv('if [ -f x ]; then apt-get install -y y; fi'), [['[', '-f', 'x', ']'], ['apt-get', 'install', '-y', 'y']]);
    assert.deepEqual(argv('(cd /x && make)'), [['cd', '/x'], ['make']]);
  });

  it('records positions in the input', () => {
    const s = 'apt-get update && sudo apt-get install x';
    const [, second] = parseShell(s);
    assert.equal(s.slice(second?.words[0]?.start, second?.words[0]?.end), 'sudo');
    assert.equal(commandName(parseShell('/usr/bin/apt-get x')[0]!), 'apt-get');
    assert.deepEqual(innerWords(parseShell('sudo -u root env A=1 apt-get install')[0]!).map((w) => w.value), ['apt-get', 'install']);
  });

  it('starts a command that opens with a redirection at the operator', () => {
    for (const s of ['>/dev/null echo hi', 'true; 2>  /tmp/log   make all', 'a && >out']) {
      const last = parseShell(s).at(-1)!;
      const op = s.lastIndexOf('>') - (s[s.lastIndexOf('>') - 1] === '2' ? 1 : 0);
      assert.equal(last.start, op, s);
      assert.equal(s.slice(last.start, last.end), s.slice(op).trimEnd(), s);
    }
  });

  it('never throws on unbalanced input', () => {
    for (const s of ['"', "'", '$(', '`', 'a && && b', '|||', '(((', ')', '${', 'a >', '<<']) assert.ok(Array.isArray(parseShell(s)));
  });
});

describe('Dockerfile words', () => {
  const lookup = (name: string) => ({ A: 'alpha', EMPTY: '', UNKNOWN: null } as Record<string, string | null>)[name];

  it('removes quotes and escapes like the builder', () => {
    assert.equal(expandWord(`"a b"'c'd\\e`, '\\').value, 'a bcde');
    assert.equal(expandWord('"a\\"b\\x"', '\\').value, 'a"b\\x');
    assert.equal(expandWord("'$A'", '\\', lookup).value, '$A');
  });

  it('expands variables and modifiers', () => {
    assert.equal(expandWord('$A-${A}', '\\', lookup).value, 'alpha-alpha');
    assert.equal(expandWord('${NOPE:-dflt} ${EMPTY:-e} ${A:+set} ${EMPTY-x}', '\\', lookup).value, 'dflt e set ');
    const unknown = expandWord('x${UNKNOWN}', '\\', lookup);
    assert.ok(unknown.unresolved);
    assert.deepEqual(expandWord('$NOPE', '\\', lookup).undeclared, ['NOPE']);
    assert.ok(expandWord('${A', '\\', lookup).error);
    assert.ok(expandWord('${A:x}', '\\', lookup).modified);
  });

  it('finds variables outside single quotes', () => {
    assert.ok(hasVariable('a$b'));
    assert.ok(hasVariable('"${b}"'));
    assert.ok(!hasVariable("'$b'"));
    assert.ok(!hasVariable('a\\$b'));
    assert.ok(!hasVariable('cost: $'));
  });
});

describe('JSON form', () => {
  it('accepts arrays of double-quoted strings only', () => {
    assert.deepEqual(parseJsonArray(plain(' [ "a", "b\\"c" ] '))?.map((j) => j.value), ['a', 'b"c']);
    assert.deepEqual(parseJsonArray(plain('[]')), []);
    for (const bad of ["['a']", '["a",]', '["a" "b"]', '[1]', '["a"] x', '[', '"a"', '["\\d"]']) assert.equal(parseJsonArray(plain(bad)), null, bad);
  });
});

describe('image references', () => {
  it('splits registry, path, tag and digest', () => {
    const r = parseImage('localhost:5000/team/app:1.2@sha256:' + 'a'.repeat(64));
    assert.deepEqual([r.registry, r.path, r.name, r.tag, r.error], ['localhost:5000', 'team/app', 'app', '1.2', null]);
    assert.equal(parseImage('golang:1.23-alpine3.21').registry, null);
    assert.equal(parseImage('gcr.io/distroless/static-debian12:nonroot').name, 'static-debian12');
  });

  it('rejects malformed references', () => {
    for (const bad of ['', 'alpine:', 'alpine@', 'alpine@sha256:abc', 'Alpine', 'alpine:-x', 'a//b', 'alpine:a66^']) {
      assert.notEqual(parseImage(bad).error, null, bad);
    }
  });
});
