/**
 * A small POSIX shell tokenizer for RUN's shell form: enough to split a command line into
 * simple commands at &&, ||, ;, |, &, newlines and parentheses, with quotes, escapes, $(...),
 * ${...}, backquotes, comments, assignments, redirections and heredoc markers understood.
 * It never executes or expands anything, and it never throws.
 *
 * A full shell grammar (loops, case, functions) is not needed by any rule: keywords such as
 * `then` or `do` are skipped at the start of a command, so `if x; then apt-get ...; fi`
 * still yields the `apt-get` command.
 */

export interface ShellWord {
  /** As written. */
  readonly raw: string;
  /** Quotes removed, escapes resolved; $(...) and $VAR kept as written. */
  readonly value: string;
  /** Indices in the tokenized string, [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface ShellCommand {
  /** argv: no assignments, no redirections. */
  readonly words: ShellWord[];
  /** Leading NAME=value words. */
  readonly assignments: ShellWord[];
  /** Targets of redirections (files, or heredoc delimiters after << ). */
  readonly redirects: { op: string; target: ShellWord | null }[];
  /** The operator before this command ('' at the start) and after it ('' at the end). */
  before: string;
  after: string;
  readonly start: number;
  end: number;
}

const reservedPrefixes = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}', 'fi', 'done', 'esac']);

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t';
}

function isNewline(c: string): boolean {
  return c === '\n' || c === '\r';
}

function isOperatorChar(c: string): boolean {
  return c === ';' || c === '&' || c === '|' || c === '(' || c === ')' || c === '<' || c === '>';
}

/**
 * Returns the index after the end of a group that opens at s[i]: a "..." or `...` string
 * (close '"' or '`'), or a $(...) with s[i] === '$' and s[i+1] === '(' (close ')').
 * Backslashes escape the next character; quotes and $(...) nest where the shell nests them.
 */
function skipGroup(s: string, i: number, close: '"' | '`' | ')'): number {
  let depth = 0;
  let k = close === ')' ? i + 2 : i + 1;
  while (k < s.length) {
    const c = s[k];
    if (c === '\\') {
      k += 2;
    } else if (close === ')') {
      if (c === "'") {
        const q = s.indexOf("'", k + 1);
        k = q < 0 ? s.length : q + 1;
      } else if (c === '"') {
        k = skipGroup(s, k, '"');
      } else {
        if (c === '(') depth++;
        else if (c === ')' && depth-- === 0) return k + 1;
        k++;
      }
    } else if (c === close) {
      return k + 1;
    } else if (close === '"' && c === '$' && s[k + 1] === '(') {
      k = skipGroup(s, k, ')');
    } else if (close === '"' && c === '`') {
      k = skipGroup(s, k, '`');
    } else {
      k++;
    }
  }
  return s.length;
}

const skipParens = (s: string, i: number): number => skipGroup(s, i, ')');
const skipDouble = (s: string, i: number): number => skipGroup(s, i, '"');
const skipBackquote = (s: string, i: number): number => skipGroup(s, i, '`');

/** Maps an index of the tokenized string to an original offset (identity by default). */
export type OffsetMap = (i: number) => number;

const identity: OffsetMap = (i) => i;

function isWordEnd(c: number): boolean {
  // blank, newline, ; & | ( ) < >
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 38 || c === 124 || c === 40 || c === 41 || c === 60 || c === 62;
}

/** Where the word readWord last read ends in the tokenized string (saves a result object per word). */
let afterWord = 0;

/** Reads one word starting at s[i]; returns it, and sets afterWord to the index after it. */
function readWord(s: string, i: number, at: OffsetMap): ShellWord {
  const start = i;
  let value = '';
  let plainFrom = i;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWordEnd(c)) break;
    if (c === 92 /* \ */ || c === 39 /* ' */ || c === 34 /* " */) {
      value += s.slice(plainFrom, i);
      if (c === 92) {
        const next = s[i + 1];
        if (next !== undefined && next !== '\n' && next !== '\r') value += next;
        i += 2;
      } else if (c === 39) {
        const close = s.indexOf("'", i + 1);
        const end = close < 0 ? n : close;
        value += s.slice(i + 1, end);
        i = end + 1;
      } else {
        const end = skipDouble(s, i);
        const inner = s.slice(i + 1, Math.max(i + 1, s[end - 1] === '"' ? end - 1 : end));
        value += inner.indexOf('\\') >= 0 ? inner.replace(/\\([$`"\\])/g, '$1') : inner;
        i = end;
      }
      plainFrom = Math.min(i, n);
      continue;
    }
    if (c === 36 /* $ */ && s.charCodeAt(i + 1) === 40 /* ( */) {
      i = skipParens(s, i);
      continue;
    }
    if (c === 36 && s.charCodeAt(i + 1) === 123 /* { */) {
      const close = s.indexOf('}', i + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (c === 96 /* ` */) {
      i = skipBackquote(s, i);
      continue;
    }
    i++;
  }
  const end = Math.min(i, n);
  value += s.slice(plainFrom, end);
  const startOffset = at(start);
  afterWord = Math.max(end, start + 1);
  return { raw: s.slice(start, end), value, start: startOffset, end: end > start ? at(end - 1) + 1 : startOffset };
}

const redirectOps = ['<<<', '<<-', '&>>', '<<', '>>', '>&', '<&', '&>', '>|', '<>', '>', '<'];

function readRedirect(s: string, i: number): string | null {
  let k = i;
  let c = s.charCodeAt(k);
  while (c >= 48 && c <= 57) c = s.charCodeAt(++k);
  // Every operator starts with <, > or &: most words are not redirections, and stop here.
  if (c !== 60 /* < */ && c !== 62 /* > */ && c !== 38 /* & */) return null;
  for (const op of redirectOps) {
    if (s.startsWith(op, k)) return s.slice(i, k + op.length);
  }
  return null;
}

const assignmentRe = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/**
 * Splits a command line into simple commands. Word and command positions are mapped with
 * `at` (original offsets when given a mapper, indices of `s` otherwise).
 */
export function parseShell(s: string, at: OffsetMap = identity): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let current: ShellCommand | null = null;
  let pendingBefore = '';
  const finish = (op: string, where: number) => {
    if (current) {
      current.after = op;
      void where;
      commands.push(current);
      current = null;
    }
    pendingBefore = op;
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (isNewline(c)) {
      finish(';', i);
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || isBlank(s[i - 1] ?? '') || isNewline(s[i - 1] ?? '') || isOperatorChar(s[i - 1] ?? ''))) {
      while (i < s.length && !isNewline(s[i] ?? '')) i++;
      continue;
    }
    const redirect = readRedirect(s, i);
    if (redirect !== null) {
      const opStart = i;
      i += redirect.length;
      while (i < s.length && isBlank(s[i] ?? '')) i++;
      let target: ShellWord | null = null;
      if (i < s.length && !isNewline(s[i] ?? '') && !isOperatorChar(s[i] ?? '')) {
        target = readWord(s, i, at);
        i = afterWord;
      }
      current ??= newCommand(pendingBefore, at(opStart));
      current.redirects.push({ op: redirect.replace(/^\d+/, ''), target });
      current.end = target ? target.end : at(Math.max(0, i - 1)) + 1;
      continue;
    }
    if (isOperatorChar(c)) {
      const two = s.slice(i, i + 2);
      const op = two === '&&' || two === '||' || two === ';;' || two === '|&' ? two : c;
      finish(op, i);
      i += op.length;
      continue;
    }
    const word = readWord(s, i, at);
    i = afterWord;
    current ??= newCommand(pendingBefore, word.start);
    current.end = word.end;
    if (current.words.length === 0 && assignmentRe.test(word.raw)) {
      current.assignments.push(word);
      continue;
    }
    if (current.words.length === 0 && reservedPrefixes.has(word.raw)) continue;
    current.words.push(word);
  }
  finish('', s.length);
  for (const cmd of commands) if (!cmd.before && cmd !== commands[0]) cmd.before = ';';
  const kept: ShellCommand[] = [];
  for (const cmd of commands) if (cmd.words.length > 0 || cmd.assignments.length > 0 || cmd.redirects.length > 0) kept.push(exactSize(cmd));
  return kept.slice();
}

/**
 * The command with its lists copied to arrays of exactly their size: an array grown by push
 * keeps room for 17 items, and the commands of every RUN stay in memory while the file is linted.
 */
function exactSize(cmd: ShellCommand): ShellCommand {
  return { ...cmd, words: cmd.words.slice(), assignments: cmd.assignments.slice(), redirects: cmd.redirects.slice() };
}

function newCommand(before: string, start: number): ShellCommand {
  return { words: [], assignments: [], redirects: [], before, after: '', start, end: start };
}

/** The command's name without its directory: "/usr/bin/apt-get" is "apt-get". */
export function commandName(cmd: ShellCommand): string {
  return baseName(cmd.words[0]?.value ?? '');
}

/**
 * Index of the word that actually runs: in `sudo -u x apt-get install` and
 * `env A=1 apt-get`, apt-get (index 3 and 2).
 */
export function innerStart(words: readonly { value: string }[]): number {
  let k = 0;
  for (let guard = 0; guard < 4 && k < words.length; guard++) {
    const name = baseName(words[k]?.value ?? '');
    if (name === 'sudo' || name === 'doas') {
      k++;
      while (k < words.length && (words[k]?.value ?? '').startsWith('-')) {
        const opt = words[k]?.value ?? '';
        k += /^-[ugpCDhrt]$|^--(user|group|prompt|chdir|host|role|type)$/.test(opt) ? 2 : 1;
      }
    } else if (name === 'env') {
      k++;
      while (k < words.length && ((words[k]?.value ?? '').startsWith('-') || assignmentRe.test(words[k]?.value ?? ''))) k++;
    } else if (name === 'nohup' || name === 'time' || name === 'command' || name === 'exec' || name === 'nice') {
      k++;
    } else break;
  }
  return Math.min(k, words.length);
}

/** The words from the command that actually runs on (see innerStart). */
export function innerWords(cmd: ShellCommand): ShellWord[] {
  return cmd.words.slice(innerStart(cmd.words));
}

export function baseName(w: string): string {
  const slash = w.lastIndexOf('/');
  return slash >= 0 ? w.slice(slash + 1) : w;
}
