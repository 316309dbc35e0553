/**
 * The engine's one call into dockerfile-ast: its scanner finds the instructions, comments and
 * parser directives, and the model does the rest (see model.ts). The result is an outline of
 * offsets into the text.
 *
 * `DockerfileParser.parse` does much work the model never reads:
 *   - it builds a typed object per instruction (Run, Copy, From...) whose constructor parses
 *     its arguments, flags and JSON form at once, and it builds each RUN, COPY and ADD twice
 *     (once to look for heredocs, reading all its arguments, even when there is no `<<`);
 *   - every instruction and comment gets line/character ranges, which the model turns back
 *     into offsets;
 *   - last, it files each comment under its build stage, in time proportional to comments
 *     times stages, so the parse of a large file is not linear.
 * So the engine runs dockerfile-ast's own `Parser` scanner, unchanged, but has it record each
 * instruction's and comment's offsets instead of building objects, look for heredocs (with
 * the parser's own code) only where `<<` occurs, and skip the filing. The outline is the same
 * as the standard parse's (tests/unit/engine/parse.test.ts compares them on every example
 * and on random input) and the parse takes a fraction of the time (`npm run bench`).
 *
 * This leans on internals of the pinned dockerfile-ast version: `Parser`'s `createInstruction`,
 * `processHeredocs`, `processComment`, `document`, `buffer` and `escapeChar`, and
 * `Dockerfile.organizeComments`. If a later version lacks them, or the lean parse throws, the
 * engine falls back to `DockerfileParser.parse` and converts its ranges.
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { Util } from 'dockerfile-ast/lib/util.js';
import { LineIndex } from './text.ts';

/** One instruction: [start, end) of the whole instruction (heredoc bodies included), and its keyword. */
export interface OutlineInstruction {
  /** The keyword as written, continuations removed ("run"). */
  readonly keyword: string;
  readonly start: number;
  readonly keywordEnd: number;
  readonly end: number;
}

export interface Outline {
  readonly instructions: OutlineInstruction[];
  /** Comment lines, [start, end) from the # to the end of the line. */
  readonly comments: { readonly start: number; readonly end: number }[];
  /** The escape character: `\` or, with an escape directive, `` ` ``. */
  readonly escape: string;
}

type Position = { line: number; character: number };
type AstDocument = ConstructorParameters<typeof Instruction>[0];
/** The parser's own Dockerfile class (the public `Dockerfile` is its interface). */
type AstDockerfile = ConstructorParameters<typeof Instruction>[2];

/** The parts of `Parser` the lean parse relies on; private in its type declarations. */
interface ParserInternals {
  document: AstDocument & { positionAt(offset: number): Position };
  buffer: string;
  escapeChar: string;
  createInstruction: (dockerfile: AstDockerfile, keyword: string, start: number, keywordEnd: number, end: number) => unknown;
  processHeredocs: (instruction: unknown, offset: number) => number;
  processComment: (dockerfile: AstDockerfile, start: number) => number;
  /** Where the lean parse collects comment offsets. */
  comments: { start: number; end: number }[];
  /** The Dockerfile being built, for the typed instructions processHeredocs reads. */
  dockerfile: AstDockerfile;
}

/**
 * dockerfile-ast asks, twice per parse, whether the file starts with a byte-order mark by
 * encoding its first character with Node's Buffer (`Util.isUTF8BOM`). That costs more than most
 * rules do on a small file, and browsers have no Buffer. The answer is the same without
 * it: only U+FEFF encodes to the bytes EF BB BF. Set once, for every parse in this realm.
 */
Util.isUTF8BOM = (char: string): boolean => char.charCodeAt(0) === 0xfeff;

const internals = Parser.prototype as unknown as Partial<ParserInternals>;
const processHeredocs = internals.processHeredocs;
const leanAvailable =
  typeof internals.createInstruction === 'function' && typeof processHeredocs === 'function' && typeof internals.processComment === 'function';

/** What the parser's Dockerfile needs of an instruction while parsing: its keyword. */
class Span implements OutlineInstruction {
  readonly keyword: string;
  readonly start: number;
  readonly keywordEnd: number;
  readonly end: number;
  constructor(keyword: string, start: number, keywordEnd: number, end: number) {
    this.keyword = keyword;
    this.start = start;
    this.keywordEnd = keywordEnd;
    this.end = end;
  }
  getKeyword(): string {
    return this.keyword.toUpperCase();
  }
}

const skip = () => {};

/** Records the instruction's offsets (where the parser's own createInstruction builds a typed object). */
function createSpan(this: ParserInternals, dockerfile: AstDockerfile, keyword: string, start: number, keywordEnd: number, end: number): Span {
  if (this.dockerfile !== dockerfile) {
    this.dockerfile = dockerfile;
    (dockerfile as unknown as { organizeComments: () => void }).organizeComments = skip;
  }
  const length = this.buffer.length;
  return new Span(keyword, start, Math.min(keywordEnd, length), Math.min(end, length));
}

/**
 * The parser's own processHeredocs, on the typed instruction it expects, called only when
 * `<<` occurs in the instruction's first line (it reads the arguments of every RUN, COPY and
 * ADD to look for `<<NAME`).
 */
function processHeredocsIfAny(this: ParserInternals, span: Span, offset: number): number {
  const buffer = this.buffer;
  for (let i = span.start; i < offset - 1; i++) {
    if (buffer.charCodeAt(i) !== 60 || buffer.charCodeAt(i + 1) !== 60) continue;
    const document = this.document;
    const start = document.positionAt(span.start);
    const typed = Parser.createInstruction(
      document,
      this.dockerfile,
      this.escapeChar,
      { start, end: document.positionAt(span.end) },
      span.keyword,
      { start, end: document.positionAt(span.keywordEnd) },
    );
    return (processHeredocs as ParserInternals['processHeredocs']).call(this, typed, offset);
  }
  return offset;
}

/** Records a comment line's offsets (the parser's own processComment builds a Comment with a range). */
function recordComment(this: ParserInternals, _dockerfile: AstDockerfile, start: number): number {
  const buffer = this.buffer;
  let end = start + 1;
  while (end < buffer.length && buffer.charCodeAt(end) !== 10 && buffer.charCodeAt(end) !== 13) end++;
  this.comments.push({ start, end });
  return end;
}

function leanParse(text: string): Outline {
  const parser = new Parser();
  const lean = parser as unknown as ParserInternals;
  lean.comments = [];
  lean.createInstruction = createSpan;
  lean.processHeredocs = processHeredocsIfAny as ParserInternals['processHeredocs'];
  lean.processComment = recordComment;
  const dockerfile = parser.parse(text);
  return { instructions: dockerfile.getInstructions() as unknown as Span[], comments: lean.comments, escape: dockerfile.getEscapeCharacter() };
}

/** The standard parse, its ranges turned into offsets. */
function standardParse(text: string, lines: LineIndex = new LineIndex(text)): Outline {
  const dockerfile = DockerfileParser.parse(text);
  const offset = (p: Position) => {
    const start = lines.starts[p.line];
    if (start === undefined || p.character < 0) return lines.offsetAt(p.line, p.character);
    return Math.min(start + p.character, text.length);
  };
  return {
    instructions: dockerfile.getInstructions().map((i) => {
      const start = offset(i.getRange().start);
      return {
        keyword: i.getInstruction(),
        start,
        keywordEnd: Math.max(start, offset(i.getInstructionRange().end)),
        end: Math.max(start, offset(i.getRange().end)),
      };
    }),
    comments: dockerfile.getComments().map((c) => ({ start: offset(c.getRange().start), end: offset(c.getRange().end) })),
    escape: dockerfile.getEscapeCharacter(),
  };
}

/**
 * Parses with dockerfile-ast's scanner into an outline of offsets. `lines`, an index of `text`
 * if the caller has one, serves the standard parse. `use` picks a parse: 'auto' (the lean one,
 * falling back to the standard one), or, for tests, 'lean' (never falls back: it throws
 * instead) or 'standard'.
 */
export function parseDockerfile(text: string, lines?: LineIndex, use: 'auto' | 'lean' | 'standard' = 'auto'): Outline {
  if (use === 'lean') {
    if (!leanAvailable) throw new Error('dockerfile-ast lacks the Parser internals the lean parse uses');
    return leanParse(text);
  }
  if (leanAvailable && use === 'auto') {
    try {
      return leanParse(text);
    } catch {
      // Fall through to the standard parse, which reports its own failure.
    }
  }
  return standardParse(text, lines);
}
