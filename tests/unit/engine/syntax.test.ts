/**
 * Syntax errors: what BuildKit refuses, reported by the engine whatever rules run, at error
 * severity, with the line and BuildKit's words; misplaced parser directives as warnings; and
 * silence on the many valid forms a parser could misread.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintWith, MISPLACED_DIRECTIVE, SYNTAX_ERROR, type Diagnostic } from '../../../src/linter/index.ts';
import { rules } from '../../../src/rules/index.ts';

/** The engine's findings only (no rule runs), as "line:column severity message". */
function syntax(text: string): string[] {
  return lintWith([], text).map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
}

describe('syntax errors', () => {
  it('reports an unknown instruction, with BuildKit\'s suggestion in the keyword\'s case', () => {
    assert.deepEqual(syntax('FROM alpine:3.21\nRUNN echo hi\n'), ['2:1 error unknown instruction: RUNN (did you mean RUN?)']);
    assert.deepEqual(syntax('FROM alpine:3.21\ncopyy a b\n'), ['2:1 error unknown instruction: copyy (did you mean copy?)']);
    assert.deepEqual(syntax('FROM alpine:3.21\nFrob a\n'), ['2:1 error unknown instruction: Frob (did you mean from?)']);
    assert.deepEqual(syntax('FROM alpine:3.21\nBADCMD\n'), ['2:1 error unknown instruction: BADCMD']);
  });

  it('gives the range of the keyword', () => {
    const [d] = lintWith([], 'FROM a\n  RUNN x\n') as [Diagnostic];
    assert.deepEqual([d.rule, d.practice, d.line, d.column, d.endLine, d.endColumn], [SYNTAX_ERROR, null, 2, 3, 2, 7]);
  });

  it('reports an instruction other than ARG before the first FROM, once', () => {
    assert.deepEqual(syntax('ARG V=1\nLABEL a=b\nRUN x\nFROM alpine:3.21\n'), [
      '2:1 error no build stage in current context: LABEL comes before the first FROM, and only ARG may',
    ]);
    assert.deepEqual(syntax('RUN echo hi\n'), ['1:1 error no build stage in current context: RUN comes before the first FROM, and only ARG may']);
  });

  it('reports a file without FROM, an empty one and one with no instructions', () => {
    assert.deepEqual(syntax('ARG V=1\n'), ['1:1 error dockerfile contains no stages to build: add a FROM']);
    assert.deepEqual(syntax(''), ['1:1 error the Dockerfile cannot be empty']);
    assert.deepEqual(syntax('# just a comment\n\n'), ['1:1 error file with no instructions']);
  });

  it('reports a repeated parser directive', () => {
    assert.deepEqual(syntax('# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM a\n'), ['2:1 error only one syntax parser directive can be used']);
    assert.deepEqual(syntax('# escape=`\n# ESCAPE=`\nFROM a\n'), ['2:1 error only one escape parser directive can be used']);
  });

  it('reports an invalid escape character', () => {
    assert.deepEqual(syntax('# escape=x\nFROM a\n'), ["1:1 error invalid escape token 'x' does not match ` or \\"]);
    assert.deepEqual(syntax('# escape = \\\\\nFROM a\n'), ["1:1 error invalid escape token '\\\\' does not match ` or \\"]);
  });

  it('reports an unterminated heredoc on its instruction', () => {
    assert.deepEqual(syntax('FROM a\nRUN <<EOF\necho hi\n'), ['2:1 error unterminated heredoc: no line EOF ends it']);
    assert.deepEqual(syntax('FROM a\nCOPY <<A <<B /dst/\na\nA\n'), ['2:1 error unterminated heredoc']);
    assert.deepEqual(syntax('FROM a\nRUN cat <<EOF'), ['2:1 error unterminated heredoc']);
  });

  it('warns about a parser directive that is only a comment', () => {
    const out = lintWith([], 'FROM a\n# escape=`\nRUN x\n');
    assert.deepEqual(
      out.map((d) => `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.message}`),
      [`${MISPLACED_DIRECTIVE} 2:1-2:11 warning "# escape=" here is only a comment: BuildKit reads the escape parser directive only at the top of the file, before any instruction, comment or blank line.`],
    );
    assert.deepEqual(syntax('# a comment first\n# syntax=docker/dockerfile:1\nFROM a\n'), [
      '2:1 warning "# syntax=" here is only a comment: BuildKit reads the syntax parser directive only at the top of the file, before any instruction, comment or blank line.',
    ]);
    assert.deepEqual(syntax('\n# syntax=docker/dockerfile:1\nFROM a\n').length, 1);
  });

  it('reports a file that is not text, and nothing else', () => {
    const out = lintWith(rules, 'FROM a\0\0\x01RUNN\n');
    assert.deepEqual(out.map((d) => [d.rule, d.severity, d.line, d.message]), [[SYNTAX_ERROR, 'error', 1, 'Not a text file (it looks binary): BuildKit cannot read it as a Dockerfile.']]);
    assert.equal(lintWith([], '\uFFFD\uFFFD\x02\x03PNG\x1a'.repeat(50)).length, 1);
  });

  it('still runs the rules on what parsed, syntax errors first', () => {
    const out = lintWith(rules, 'FROM alpine:latest\nRUNN x\n');
    assert.equal(out.find((d) => d.rule === SYNTAX_ERROR)?.line, 2);
    assert.ok(out.some((d) => d.rule === 'latest-tag'));
  });

  it('is silent on valid files a parser could misread', () => {
    const valid = [
      // Directives: syntax, check, escape, spaced, upper case, after a BOM, after a shebang.
      '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\n# escape=\\\nFROM a\n',
      '#syntax = docker/dockerfile:1.7-labs\n#  ESCAPE = `\nFROM a\nRUN echo a `\n  && echo b\n',
      '\uFEFF# syntax=docker/dockerfile:1\nFROM a\n',
      '#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1\nFROM a\n',
      // A check= comment configures the next instruction (BuildKit's linter reads it there).
      'FROM a\n# check=skip=JSONArgsRecommended\nCMD run\n',
      // Not directives: unknown keys, and a directive-like line after other comments is a warning only for syntax/escape.
      '# hadolint ignore=DL3006\n# foo=bar\nFROM a\n',
      // Lowercase and mixed-case instructions, ONBUILD, line continuations, empty continuation lines, comments inside continuations.
      'from a AS b\nrun echo \\\n\n  && echo b\nOnBuild RUN echo x\nRUN echo a \\\n  # a comment\n  && echo b\n',
      // Every instruction.
      'ARG V=1\nFROM a:${V}\nMAINTAINER me\nLABEL a=b\nENV A=b\nADD a /b/\nCOPY a /b/\nRUN x\nWORKDIR /w\nUSER u\nVOLUME /v\nEXPOSE 80\nSTOPSIGNAL SIGTERM\nHEALTHCHECK CMD x\nSHELL ["sh","-c"]\nENTRYPOINT ["x"]\nCMD ["y"]\n',
      // Heredocs: terminated, with -, quoted, several, in ONBUILD, and << that is no heredoc.
      'FROM a\nRUN <<EOF\necho hi\nEOF\nRUN <<-"END" bash\n\techo\n\tEND\nCOPY <<A <<B /dst/\na\nA\nb\nB\nONBUILD RUN <<X\nx\nX\nRUN echo $((1 << 2))\nRUN ["sh", "-c", "cat <<EOF"]\n',
      // Windows: the backtick escape with Windows paths.
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY testfile.txt c:\\\nRUN dir c:\\ `\n  && echo done\n',
      // CRLF line ends.
      '# syntax=docker/dockerfile:1\r\nFROM a\r\nRUN <<EOF\r\necho\r\nEOF\r\n',
    ];
    for (const text of valid) assert.deepEqual(syntax(text), [], JSON.stringify(text));
  });

  it('finds no syntax error in the rules\' own examples', () => {
    for (const rule of rules) {
      for (const example of [...rule.invalid, ...rule.valid]) assert.deepEqual(syntax(example.code), [], `${rule.id}: ${example.code}`);
    }
  });
});
