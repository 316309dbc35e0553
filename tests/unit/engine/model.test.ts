/** The normalised model: stages, instructions with original ranges, heredocs, escape, forms. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offsetOf } from '../../../src/engine/logical.ts';
import { buildModel } from '../../../src/engine/model.ts';
import { LineIndex } from '../../../src/engine/text.ts';

describe('model', () => {
  it('builds stages with names, indexes, bases and the final stage', () => {
    const m = buildModel('ARG V=1.23\nFROM golang:$V AS Builder\nRUN go build\nFROM builder AS test\nFROM alpine:3.21\n');
    assert.equal(m.stages.length, 3);
    assert.deepEqual(m.stages.map((s) => s.name), ['Builder', 'test', null]);
    assert.equal(m.stages[0]?.image?.value, 'golang:1.23');
    assert.equal(m.stages[0]?.ref?.tag, '1.23');
    assert.equal(m.stages[1]?.base, m.stages[0]);
    assert.equal(m.stages[1]?.ref, null);
    assert.equal(m.finalStage, m.stages[2]);
    assert.ok(m.finalStage?.isFinal);
    assert.equal(m.globalArgs.length, 1);
    assert.ok(m.inFinalImage(m.stages[2] ?? null));
    assert.ok(!m.inFinalImage(m.stages[0] ?? null));
  });

  it('reads a global ARG that redefines itself from its earlier value, as BuildKit does', () => {
    const m = buildModel('ARG V=3.22\nARG V=${V:-x}-slim\nARG W=${W:-none}\nFROM alpine:$V AS a\nFROM debian:$W\n');
    assert.equal(m.stages[0]?.image?.value, 'alpine:3.22-slim');
    assert.equal(m.stages[1]?.image?.value, 'debian:none');
    assert.equal(m.globalLookup('V'), '3.22-slim');
    // The word after :- is lexed with its quotes, as BuildKit does.
    assert.equal(buildModel('ARG T=${T:-"supported"}\nFROM s-$T\n').stages[0]?.image?.value, 's-supported');
  });

  it('treats a FROM naming a later stage as an image', () => {
    const m = buildModel('FROM build\nFROM alpine AS build\n');
    assert.equal(m.stages[0]?.base, null);
    assert.equal(m.stages[0]?.ref?.path, 'build');
  });

  it('puts a snippet without FROM in an implicit final stage', () => {
    const m = buildModel('RUN a\nCOPY x y\n');
    assert.equal(m.stages.length, 1);
    assert.equal(m.stages[0]?.from, null);
    assert.equal(m.stages[0]?.instructions.length, 2);
    assert.equal(m.finalStage?.isFinal, true);
  });

  it('joins continuations, drops comment and empty lines inside them, and keeps offsets', () => {
    const text = 'RUN apt-get update \\\n  # a comment\n\n  && apt-get install -y curl\n';
    const m = buildModel(text);
    const run = m.instructions[0];
    assert.ok(run);
    assert.equal(run.args.text, ' apt-get update   && apt-get install -y curl');
    const curl = run.args.text.indexOf('curl');
    assert.equal(text.slice(offsetOf(run.args, curl), offsetOf(run.args, curl) + 4), 'curl');
    assert.deepEqual(run.commands.map((c) => c.words.map((w) => w.value).join(' ')), ['apt-get update', 'apt-get install -y curl']);
    const word = run.commands[1]?.words[3];
    assert.equal(text.slice(word?.start, word?.end), 'curl', 'command words carry original offsets');
  });

  it('reads heredocs and keeps their bodies out of the arguments', () => {
    const m = buildModel('FROM a\nCOPY <<EOF /x\nRUN not an instruction\nEOF\nRUN <<-EOT bash\n\techo hi\n\tEOT\nCMD ["x"]\n');
    const [, copy, run, cmd] = m.instructions;
    assert.equal(copy?.heredocs[0]?.body, 'RUN not an instruction\n');
    assert.equal(run?.heredocs[0]?.name, 'EOT');
    assert.equal(run?.heredocs[0]?.body, '\techo hi\n');
    assert.deepEqual(run?.commands.map((c) => c.words.map((w) => w.value)), [['bash'], ['echo', 'hi']], 'bash reads the body as its script');
    assert.equal(cmd?.keyword, 'CMD');
    assert.equal(m.instructions.length, 4);
  });

  it('reads the commands of a heredoc the shell runs as its script, and only those', () => {
    const script = (line: string, body: string) => {
      const text = `FROM a\nRUN ${line}\n${body}EOF\n`;
      const run = buildModel(text).instructions[1]!;
      return { scripts: run.shellHeredocs.length, commands: run.commands.map((c) => c.words.map((w) => text.slice(w.start, w.end)).join(' ')).filter(Boolean) };
    };
    assert.deepEqual(script('<<EOF', 'apt-get update\napt-get install -y curl\n'), { scripts: 1, commands: ['apt-get update', 'apt-get install -y curl'] }, 'words keep original offsets');
    assert.deepEqual(script('<<EOF', '#!/bin/bash\nset -e\n').scripts, 1);
    assert.deepEqual(script('sh -e -o pipefail <<EOF', 'make\n').commands, ['sh -e -o pipefail', 'make']);
    for (const [line, body] of [
      ['<<EOF', '#!/usr/bin/env python3\nprint(1)\n'],
      ['python3 <<EOF', 'print(1)\n'],
      ['cat <<EOF > /etc/app.conf', 'apt-get install x\n'],
      ['sh -c "echo" <<EOF', 'apt-get install x\n'],
      ['bash ./install.sh <<EOF', 'yes\n'],
    ]) {
      assert.equal(script(line!, body!).scripts, 0, line);
    }
  });

  it('survives an unterminated heredoc', () => {
    const m = buildModel('FROM a\nRUN <<EOF\necho never ends\n');
    assert.equal(m.instructions[1]?.heredocs[0]?.body, 'echo never ends\n');
  });

  it('honours the escape directive', () => {
    const m = buildModel('# escape=`\nFROM a\nRUN echo a `\n  b\nCOPY C:\\x C:\\y\\\n');
    assert.equal(m.escape, '`');
    assert.equal(m.instructions[1]?.args.text, ' echo a   b');
    assert.deepEqual(m.instructions[2]?.words.map((w) => w.raw), ['C:\\x', 'C:\\y\\']);
  });

  it('reads lowercase and continued keywords', () => {
    const m = buildModel('from alpine\nE\\\nXPOSE 8080\n');
    assert.equal(m.instructions[0]?.keyword, 'FROM');
    assert.equal(m.instructions[0]?.keywordText, 'from');
    assert.equal(m.instructions[1]?.keyword, 'EXPOSE');
  });

  it('tells JSON form from shell form', () => {
    const m = buildModel('CMD ["a", "b"]\nCMD [\'a\']\nENTRYPOINT [ "x" ] \nRUN [ -f x ]\nCMD ["a" "b"]\n');
    assert.deepEqual(m.instructions.map((i) => i.json?.map((j) => j.value) ?? null), [['a', 'b'], null, ['x'], null, null]);
  });

  it('parses flags, words and JSON positions', () => {
    const text = 'COPY --from=build --chown=1001:1001 ["a b", "/dst/"]\n';
    const copy = buildModel(text).instructions[0];
    assert.deepEqual(copy?.flags.map((f) => [f.name, f.value]), [['from', 'build'], ['chown', '1001:1001']]);
    assert.equal(copy?.flagValue('from'), 'build');
    const first = copy?.json?.[0];
    assert.equal(text.slice(first?.start, first?.end), '"a b"');
  });

  it('turns ONBUILD triggers into instructions of the stage', () => {
    const m = buildModel('FROM a\nONBUILD RUN sudo x\nonbuild COPY a b\n');
    const triggers = m.stages[0]?.instructions ?? [];
    assert.deepEqual(triggers.map((i) => [i.keyword, i.onbuild?.keyword]), [['RUN', 'ONBUILD'], ['COPY', 'ONBUILD']]);
    assert.equal(m.all.length, 5);
    assert.equal(triggers[0]?.line, 2);
  });

  it('resolves ARG and ENV along the stage chain', () => {
    const m = buildModel('ARG G=global\nFROM a AS base\nENV E=env\nARG L=local\nFROM base\nARG G\nEXPOSE 1\n');
    const expose = m.instructions.find((i) => i.keyword === 'EXPOSE');
    assert.ok(expose);
    const lookup = m.lookupAt(expose);
    assert.equal(lookup('E'), 'env');
    assert.equal(lookup('L'), undefined);
    assert.equal(lookup('G'), 'global');
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based positions with \\n, \\r\\n and \\r', () => {
    const li = new LineIndex('a\r\nbc\rd\ne');
    assert.deepEqual(li.position(0), { line: 1, column: 1 });
    assert.deepEqual(li.position(3), { line: 2, column: 1 });
    assert.deepEqual(li.position(6), { line: 3, column: 1 });
    assert.deepEqual(li.position(8), { line: 4, column: 1 });
    assert.deepEqual(li.position(99), { line: 4, column: 2 });
    assert.deepEqual(li.position(2), { line: 1, column: 2 }, 'between \\r and \\n clamps to the line end');
  });
});
