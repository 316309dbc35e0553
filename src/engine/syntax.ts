/**
 * What BuildKit refuses before any rule matters: the file is not text, a parser directive is
 * repeated or sets an invalid escape, a heredoc never ends, an instruction is unknown, or there
 * is no build stage. These are the engine's own findings, not rules of the catalogue: lint()
 * reports them whatever rules it runs. Messages quote BuildKit (moby/buildkit
 * frontend/dockerfile/parser/parser.go and directives.go, instructions/parse.go and
 * commands.go, dockerfile2llb/convert.go). Where our parser and BuildKit's could read a file
 * differently, we stay silent rather than risk a wrong error.
 */
import { heredocMarkerCount, type Model } from './model.ts';
import type { Severity } from './types.ts';
import { editDistance, type LineIndex } from './text.ts';

/** BuildKit refuses the file. */
export const SYNTAX_ERROR = 'syntax-error';
/** A parser directive where BuildKit reads only a comment. */
export const MISPLACED_DIRECTIVE = 'misplaced-directive';

export interface SyntaxFinding {
  readonly rule: typeof SYNTAX_ERROR | typeof MISPLACED_DIRECTIVE;
  readonly severity: Severity;
  /** Offsets, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** BuildKit's instructions (frontend/dockerfile/command). */
const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];
const KNOWN: ReadonlySet<string> = new Set(INSTRUCTIONS);

/** BuildKit's parser directives (parser/directives.go) and its pattern for one. */
const DIRECTIVES: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * True for a file that is not text: a NUL byte, or many characters no text file has (the
 * replacement character of bytes that are not UTF-8, control characters) near its start. A
 * Latin-1 é here and there is still text: BuildKit reads bytes and accepts it.
 */
export function isBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = Math.min(text.length, 8192);
  if (sample === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27)) odd++;
  }
  return odd * 10 > sample;
}

export function notTextFinding(): SyntaxFinding {
  return { rule: SYNTAX_ERROR, severity: 'error', start: 0, end: 0, message: 'Not a text file (it looks binary): BuildKit cannot read it as a Dockerfile.' };
}


/** BuildKit's "did you mean" (util/suggest): the nearest instruction closer than 3 edits, in the keyword's case. */
function suggestion(keyword: string): string | null {
  const lower = keyword.toLowerCase();
  let best: string | null = null;
  let min = 3;
  for (const name of INSTRUCTIONS) {
    const d = editDistance(lower, name.toLowerCase());
    if (d < min) {
      best = name;
      min = d;
    }
  }
  if (best === null) return null;
  // BuildKit's matchCase: an all-uppercase keyword gets an uppercase suggestion, any other a lowercase one.
  return keyword === keyword.toUpperCase() ? best : best.toLowerCase();
}

/** A comment that would be a parser directive at the top of the file: its key and value. */
function directiveOf(line: string): { key: string; value: string } | null {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('#')) return null;
  const m = DIRECTIVE.exec(trimmed.slice(1).trimStart());
  if (!m) return null;
  const key = (m[1] ?? '').toLowerCase();
  return DIRECTIVES.has(key) ? { key, value: m[2] ?? '' } : null;
}

/** The parser directives at the top of the file, as BuildKit's DirectiveParser reads them. */
function checkDirectives(lines: LineIndex, out: SyntaxFinding[]): number {
  const text = lines.text;
  // Most files have no directive: the first line ends the loop, with no Set made.
  let seen: Set<string> | null = null;
  for (let line = 0; line < lines.lineCount; line++) {
    let start = lines.starts[line] ?? 0;
    const end = lines.lineEnd(line);
    let content = text.slice(start, end);
    if (line === 0) {
      if (content.startsWith('\uFEFF')) {
        content = content.slice(1);
        start++;
      }
      // buildx reads `# syntax=` after a shebang line (parser.DetectSyntax): stay silent about it.
      if (content.startsWith('#!')) continue;
    }
    const directive = directiveOf(content);
    if (!directive) return start;
    seen ??= new Set();
    if (seen.has(directive.key)) {
      out.push({ rule: SYNTAX_ERROR, severity: 'error', start, end, message: `only one ${directive.key} parser directive can be used` });
      continue;
    }
    seen.add(directive.key);
    if (directive.key === 'escape' && directive.value !== '`' && directive.value !== '\\') {
      out.push({ rule: SYNTAX_ERROR, severity: 'error', start, end, message: `invalid escape token '${directive.value}' does not match \` or \\` });
    }
  }
  return text.length;
}

/** Syntax errors and misplaced directives of a parsed file (not for binaries: see isBinary). */
export function syntaxFindings(model: Model): SyntaxFinding[] {
  const out: SyntaxFinding[] = [];
  const text = model.text;
  const directivesEnd = checkDirectives(model.lines, out);

  for (const c of model.comments) {
    if (c.start < directivesEnd) continue;
    const directive = directiveOf(text.slice(c.start, c.end));
    // A `# check=` comment just above an instruction configures the checks for that instruction
    // (linter.WithMergedConfigFromComments), so it is no misplaced directive.
    if (!directive || directive.key === 'check') continue;
    out.push({
      rule: MISPLACED_DIRECTIVE,
      severity: 'warning',
      start: c.start,
      end: c.end,
      message: `"# ${directive.key}=" here is only a comment: BuildKit reads the ${directive.key} parser directive only at the top of the file, before any instruction, comment or blank line.`,
    });
  }

  if (model.all.length === 0) {
    const message = text.length === 0 ? 'the Dockerfile cannot be empty' : 'file with no instructions';
    out.push({ rule: SYNTAX_ERROR, severity: 'error', start: 0, end: 0, message });
    return out;
  }

  let stage = false;
  let reportedStage = false;
  for (const i of model.all) {
    if (i.onbuild) continue;
    const span = { start: i.keywordStart, end: Math.max(i.keywordEnd, i.keywordStart + 1) };
    if (!KNOWN.has(i.keyword)) {
      const near = suggestion(i.keywordText);
      out.push({ rule: SYNTAX_ERROR, severity: 'error', ...span, message: `unknown instruction: ${i.keywordText}${near ? ` (did you mean ${near}?)` : ''}` });
      continue;
    }
    if (i.keyword === 'FROM') stage = true;
    else if (!stage && i.keyword !== 'ARG' && !reportedStage) {
      reportedStage = true;
      out.push({ rule: SYNTAX_ERROR, severity: 'error', ...span, message: `no build stage in current context: ${i.keywordText} comes before the first FROM, and only ARG may` });
    }
  }
  if (!stage && !reportedStage) {
    const first = model.all[0];
    if (first) out.push({ rule: SYNTAX_ERROR, severity: 'error', start: first.keywordStart, end: Math.max(first.keywordEnd, first.keywordStart + 1), message: 'dockerfile contains no stages to build: add a FROM' });
  }

  for (const i of model.all) {
    const opened = heredocMarkerCount(i);
    if (opened === 0 || i.json !== null) continue;
    if (i.heredocs.length < opened || i.heredocs.some((h) => !h.terminated)) {
      const name = i.heredocs.find((h) => !h.terminated)?.name ?? '';
      out.push({
        rule: SYNTAX_ERROR,
        severity: 'error',
        start: i.keywordStart,
        end: Math.max(i.keywordEnd, i.keywordStart + 1),
        message: `unterminated heredoc${name ? `: no line ${name} ends it` : ''}`,
      });
    }
  }
  return out;
}
