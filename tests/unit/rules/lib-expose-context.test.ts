import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../../src/engine/model.ts';
import { isValidPortOrRange, portSpecs, rangeHolds } from '../../../src/rules/lib/expose.ts';
import { firstLine } from '../../../src/rules/lib/context.ts';

/** The first and last number of a port or range, read with the regular expression the readers replaced. */
function byRegex(s: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  return [a, m[2] === undefined ? a : Number(m[2])];
}

test('isValidPortOrRange agrees with the regex reading: 0..65535, start <= end', () => {
  const cases = ['', '0', '80', '0080', '65535', '65536', '99999999999999999999', '80-90', '90-80', '80-80', '80-', '-80', '80--90', '1-2-3', '8o', ' 80', '80 ', '٣', '+80', '1e3', '0-65535', '0-65536'];
  for (const s of cases) {
    const r = byRegex(s);
    assert.equal(isValidPortOrRange(s), r !== null && r[0] <= 65535 && r[1] <= 65535 && r[0] <= r[1], s);
  }
});

test('rangeHolds agrees with the regex reading: start <= port <= end, however large', () => {
  const cases = ['', '22', '022', '21', '23', '20-30', '22-22', '30-20', '0-99999999999999999999', '22-', '-22', '2a', '1-2-30', '22 '];
  for (const s of cases) {
    const r = byRegex(s);
    assert.equal(rangeHolds(s, 22), r !== null && r[0] <= 22 && r[1] >= 22, s);
  }
});

test('portSpecs splits specs, protocols and colons (IPv6 kept in brackets)', () => {
  const model = buildModel('FROM alpine\nEXPOSE 80 8080:80/TCP/x [::1]:80:80 [abc] 1.2.3.4:80:81/udp\n');
  assert.deepEqual(portSpecs(model).map((s) => [s.text, s.parts, s.protocol]), [
    ['80', ['80'], null],
    ['8080:80/TCP/x', ['8080', '80'], 'TCP'],
    ['[::1]:80:80', ['[::1]', '80', '80'], null],
    ['[abc]', ['[abc]', ''], null],
    ['1.2.3.4:80:81/udp', ['1.2.3.4', '80', '81'], 'udp'],
  ]);
  assert.deepEqual(portSpecs(buildModel('FROM alpine\n')), []);
});

test('firstLine ends at the first line break of any kind', () => {
  assert.deepEqual(firstLine('.git\nx'), { start: 0, end: 4 });
  assert.deepEqual(firstLine('.git\r\nx'), { start: 0, end: 4 });
  assert.deepEqual(firstLine('.git\rx\ny'), { start: 0, end: 4 });
  assert.deepEqual(firstLine('ab\ncd\re'), { start: 0, end: 2 });
  assert.deepEqual(firstLine('.git'), { start: 0, end: 4 });
  assert.deepEqual(firstLine(''), { start: 0, end: 0 });
});
