/** .dockerignore matching follows Docker; @balena/dockerignore (a port of moby's matcher) is the oracle. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ignore from '@balena/dockerignore';
import { cleanPath, parseDockerignore, patternError } from '../../../src/engine/dockerignore.ts';

/** Generated .dockerignore lines and context paths, from names that make patterns overlap. */
const segment = fc.constantFrom('a', 'b', 'x.log', '.git', 'node_modules', '*', '**', '*.log', 'a?', '.env', 'src');
const pattern = fc.tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 3 })).map(([neg, parts]) => (neg ? '!' : '') + parts.join('/'));
const path = fc.array(fc.constantFrom('a', 'b', 'x.log', '.git', 'node_modules', 'aa', '.env', 'src', 'c'), { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));

describe('dockerignore', () => {
  it('matches files and everything under a matched folder; the last match wins', () => {
    const d = parseDockerignore('# comment\n.git\n**/*.log\n!keep.log\n/build/\nnode_modules\n');
    assert.ok(d.ignores('.git'));
    assert.ok(d.ignores('.git/HEAD'));
    assert.ok(d.ignores('a/b/x.log'));
    assert.ok(!d.ignores('keep.log'));
    assert.ok(d.ignores('build/out/app'));
    assert.ok(d.ignores('node_modules/x/index.js'));
    assert.ok(!d.ignores('src/node_modules'), 'patterns are anchored at the context root');
    assert.ok(!d.ignores('app.go'));
    assert.ok(d.hasExclusions);
  });

  it('reports the line and offsets of each pattern', () => {
    const text = '.git\n  *.log  \r\n';
    const [a, b] = parseDockerignore(text).patterns;
    assert.deepEqual([a?.line, b?.line], [0, 1]);
    assert.equal(text.slice(b?.start, b?.end), '*.log');
  });

  it('rejects what Go filepath.Match rejects', () => {
    for (const bad of ['[', '[a', 'a\\', '[]', '[a-]', '[-a]', '[z-']) assert.notEqual(patternError(bad), null, bad);
    for (const ok of ['*', '**/x', '[a-z]', '[^a]', '\\[', 'a?b', '[\\]]']) assert.equal(patternError(ok), null, ok);
    assert.notEqual(parseDockerignore('!\n').patterns[0]?.error, null);
  });

  it('cleans paths like Go', () => {
    assert.equal(cleanPath('./a//b/../c/'), 'a/c');
    assert.equal(cleanPath('/..'), '/');
    assert.equal(cleanPath(''), '.');
  });

  it('agrees with @balena/dockerignore on generated patterns and paths', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), path, (patterns, p) => {
        const ours = parseDockerignore(patterns.join('\n')).ignores(p);
        const theirs = ignore({ ignorecase: false }).add(patterns).ignores(p);
        assert.equal(ours, theirs, `${JSON.stringify(patterns)} on ${p}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the line that decided a path, as git check-ignore -v does: the last match wins', () => {
    const d = parseDockerignore('node_modules\n*.log\nlogs\n!logs/keep.log\nlogs/keep.log\n!logs/keep.log\n');
    assert.equal(d.decidingPattern('node_modules/x/index.js')?.text, 'node_modules', 'a parent folder matched');
    assert.equal(d.decidingPattern('node_modules/x/index.js')?.line, 0);
    assert.equal(d.decidingPattern('logs/app.log')?.text, 'logs');
    assert.deepEqual([d.decidingPattern('logs/keep.log')?.text, d.decidingPattern('logs/keep.log')?.line], ['!logs/keep.log', 5], 'the last of three matching lines');
    assert.equal(d.decidingPattern('app.go'), null);
    assert.equal(d.decidingPattern('./node_modules'), d.patterns[0], 'the path is cleaned first');
  });

  it('decides a path the way ignores() does, on generated patterns and paths', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), path, (patterns, p) => {
        const d = parseDockerignore(patterns.join('\n'));
        const decided = d.decidingPattern(p);
        assert.equal(d.ignores(p), decided !== null && !decided.exclusion, `${JSON.stringify(patterns)} on ${p}`);
      }),
      { numRuns: 2000 },
    );
  });
});
