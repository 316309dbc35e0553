/**
 * The engine's one call into dockerfile-ast: its scanner finds the instructions, comments and
 * parser directives, and the model does the rest (see model.ts).
 *
 * `DockerfileParser.parse` does work the model never reads:
 *   - it builds a typed object per instruction (Run, Copy, From...) whose constructor parses
 *     its arguments, flags and JSON form at once, and it builds each RUN, COPY and ADD twice
 *     (once to look for heredocs, reading all its arguments, even when there is no `<<`);
 *   - last, it files each comment under its build stage, in time proportional to comments
 *     times stages, so the parse of a large file is not linear.
 * The model reads only ranges, keywords, comments and the escape character, and parses the
 * arguments itself with offsets into the original text. So the engine runs dockerfile-ast's
 * own `Parser`, unchanged, but has it create plain `Instruction`s, look for heredocs only
 * where `<<` occurs, and skip the filing. The
 * outline is the same (tests/unit/engine/parse.test.ts compares the two on every example and
 * on random input) and the parse takes about a quarter of the time (`npm run bench`).
 *
 * The result's typed getters (getFROMs, getCMDs...) would find nothing, so it is typed as the
 * outline the model reads: instructions, comments and directives.
 *
 * This leans on internals of the pinned dockerfile-ast version: `Parser`'s `createInstruction`,
 * `processHeredocs`, `document`, `buffer` and `escapeChar`, and `Dockerfile.organizeComments`. If a later version lacks
 * them, or the lean parse throws, the engine falls back to `DockerfileParser.parse`.
 */
import { DockerfileParser, Instruction, type Dockerfile } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { installBufferShim } from './buffer-shim.ts';

type Position = { line: number; character: number };
type Document = { positionAt(offset: number): Position };
type AstDocument = ConstructorParameters<typeof Instruction>[0];
/** The parser's own Dockerfile class (the public `Dockerfile` is its interface). */
type AstDockerfile = ConstructorParameters<typeof Instruction>[2];

/** The parts of `Parser` the lean parse relies on; private in its type declarations. */
interface ParserInternals {
  document: Document & { offsetAt(position: Position): number };
  buffer: string;
  escapeChar: string;
  processHeredocs: (instruction: Instruction, offset: number) => number;
  createInstruction: (dockerfile: AstDockerfile, keyword: string, start: number, keywordEnd: number, end: number) => Instruction;
}

const internals = Parser.prototype as unknown as Partial<ParserInternals>;
const processHeredocs = internals.processHeredocs;
const leanAvailable = typeof internals.createInstruction === 'function' && typeof processHeredocs === 'function';

const skip = () => {};

/** Like the parser's own createInstruction, but a plain Instruction unless it is ONBUILD (whose trigger the parser reads). */
function createPlainInstruction(this: ParserInternals, dockerfile: AstDockerfile, keyword: string, start: number, keywordEnd: number, end: number): Instruction {
  (dockerfile as unknown as { organizeComments: () => void }).organizeComments = skip;
  const document = this.document;
  const startPosition = document.positionAt(start);
  const keywordRange = { start: startPosition, end: document.positionAt(keywordEnd) };
  const range = { start: startPosition, end: document.positionAt(end) };
  const astDocument = document as unknown as AstDocument;
  if (keyword.toUpperCase() === 'ONBUILD') return Parser.createInstruction(astDocument, dockerfile, this.escapeChar, range, keyword, keywordRange);
  return new Instruction(astDocument, range, dockerfile, this.escapeChar, keyword, keywordRange);
}

/** What the model reads from a parse. */
export type Outline = Pick<Dockerfile, 'getInstructions' | 'getComments' | 'getDirectives' | 'getEscapeCharacter'>;

/**
 * The parser's own processHeredocs, which reads every RUN, COPY and ADD's arguments to look
 * for `<<NAME`, called only when `<<` occurs in the instruction's first line.
 */
function processHeredocsIfAny(this: ParserInternals, instruction: Instruction, offset: number): number {
  const buffer = this.buffer;
  for (let i = this.document.offsetAt(instruction.getRange().start); i < offset - 1; i++) {
    if (buffer.charCodeAt(i) === 60 && buffer.charCodeAt(i + 1) === 60) return (processHeredocs as ParserInternals['processHeredocs']).call(this, instruction, offset);
  }
  return offset;
}

/** Parses with dockerfile-ast: its scanner, plain instruction objects. */
export function parseDockerfile(text: string): Outline {
  installBufferShim();
  if (leanAvailable) {
    try {
      const parser = new Parser();
      const lean = parser as unknown as ParserInternals;
      lean.createInstruction = createPlainInstruction;
      lean.processHeredocs = processHeredocsIfAny;
      return parser.parse(text);
    } catch {
      // Fall through to the standard parse, which reports its own failure.
    }
  }
  return DockerfileParser.parse(text);
}
