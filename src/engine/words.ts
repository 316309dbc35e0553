/**
 * Dockerfile-level words: how the builder splits the arguments of FROM, COPY, EXPOSE, USER,
 * WORKDIR, ENV, ARG ... (whitespace outside quotes), and how it then removes quotes and
 * escapes and expands $VARIABLES. RUN's shell form is not split here: see shell.ts.
 */
import { offsetOf, type Logical } from './logical.ts';

export interface Word {
  /** The word as written, quotes and escapes included. */
  readonly raw: string;
  /** Original offsets of the word, [start, end). */
  readonly start: number;
  readonly end: number;
  /** Indices in the logical text it came from. */
  readonly lstart: number;
  readonly lend: number;
}

/** Space, tab, line feed, vertical tab, form feed or carriage return, by character code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Words being collected by splitWords, reused from call to call (its first `count` items).
 * The result is a copy of exactly its size: an array grown by push keeps room for 17 items.
 * Emptied after each call, so it keeps no word (nor the text its strings point into) alive.
 */
const scratch: Word[] = [];
const noWord: Word = { raw: '', start: 0, end: 0, lstart: 0, lend: 0 };

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** Splits on whitespace outside quotes, as BuildKit's parseWords does. */
export function splitWords(l: Logical, escape: string, from = 0, to = l.text.length): Word[] {
  const s = l.text;
  // Compared by character code: indexing a string makes a one-character string of each.
  const esc = escape.charCodeAt(0);
  let count = 0;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to) break;
    const begin = i;
    let quote = 0;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        if (c === esc && quote !== SINGLE_QUOTE && i + 1 < to) {
          i += 2;
          continue;
        }
        if (c === quote) quote = 0;
        i++;
        continue;
      }
      if (isSpace(c)) break;
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
      else if (c === esc && i + 1 < to) {
        i += 2;
        continue;
      }
      i++;
    }
    scratch[count++] = makeWord(l, begin, i);
  }
  const words = scratch.slice(0, count);
  if (count > 1024) scratch.length = 0;
  else scratch.fill(noWord, 0, count);
  return words;
}

export function makeWord(l: Logical, lstart: number, lend: number): Word {
  return {
    raw: l.text.slice(lstart, lend),
    start: offsetOf(l, lstart),
    end: lend > lstart ? offsetOf(l, lend - 1) + 1 : offsetOf(l, lstart),
    lstart,
    lend,
  };
}

/**
 * How a variable lookup answers: a string is its value; `null` means declared but its value
 * is only known at build time (ARG without a default); `undefined` means not declared.
 */
export type Lookup = (name: string) => string | null | undefined;

export interface Expanded {
  value: string;
  /** Names of the variables the word refers to. */
  vars: string[];
  /** Some variable's value is not known, so `value` is a guess (unknown parts are empty). */
  unresolved: boolean;
  /** Some variable is not declared at all. */
  undeclared: string[];
  /** Malformed, e.g. "${a" without its closing brace: the builder would fail. */
  error: boolean;
  /** A ${name<modifier>...} form was used, so the value depends on build-time state. */
  modified: boolean;
}

const noLookup: Lookup = () => undefined;

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

/** Quotes and escapes removed, variables left as written; allocation-free for plain words. */
export function unquote(raw: string, escape: string): string {
  if (plainWord.test(raw)) return raw;
  return expandWord(raw, escape, () => null).value;
}

const plainWord = /^[^"'$\\`]*$/;

/**
 * Removes quotes and escapes and expands variables, following BuildKit's shell lexer
 * (ProcessWord) closely enough for linting.
 */
export function expandWord(raw: string, escape: string, lookup: Lookup = noLookup): Expanded {
  if (plainWord.test(raw)) return { value: raw, vars: [], unresolved: false, undeclared: [], error: false, modified: false };
  const out: Expanded = { value: '', vars: [], unresolved: false, undeclared: [], error: false, modified: false };
  out.value = expandPart(raw, 0, raw.length, escape, lookup, out);
  return out;
}

function expandPart(
  s: string,
  from: number,
  to: number,
  escape: string,
  lookup: Lookup,
  out: Expanded,
): string {
  let result = '';
  let i = from;
  while (i < to) {
    const c = s[i] ?? '';
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      const end = close < 0 || close >= to ? to : close;
      result += s.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < to && s[i] !== '"') {
        const d = s[i] ?? '';
        if (d === escape) {
          const n = s[i + 1];
          if (i + 1 >= to) {
            i++;
            continue;
          }
          if (n === '"' || n === '$' || n === escape) {
            result += n;
            i += 2;
            continue;
          }
          result += d;
          i++;
          continue;
        }
        if (d === '$') {
          const r = expandDollar(s, i, to, escape, lookup, out);
          result += r.value;
          i = r.next;
          continue;
        }
        result += d;
        i++;
      }
      i++; // closing quote
      continue;
    }
    if (c === escape) {
      if (i + 1 < to) result += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '$') {
      const r = expandDollar(s, i, to, escape, lookup, out);
      result += r.value;
      i = r.next;
      continue;
    }
    result += c;
    i++;
  }
  return result;
}

/** Records a variable reference and returns what the lookup knows about it. */
function note(name: string, lookup: Lookup, out: Expanded): string | null | undefined {
  if (!out.vars.includes(name)) out.vars.push(name);
  const v = lookup(name);
  if (v === undefined && !out.undeclared.includes(name)) out.undeclared.push(name);
  return v;
}

/** A plain reference: unknown or undeclared values make the result a guess. */
function plain(name: string, lookup: Lookup, out: Expanded): string {
  const v = note(name, lookup, out);
  if (v === undefined || v === null) {
    out.unresolved = true;
    return '';
  }
  return v;
}

function expandDollar(
  s: string,
  i: number,
  to: number,
  escape: string,
  lookup: Lookup,
  out: Expanded,
): { value: string; next: number } {
  const n = s[i + 1] ?? '';
  if (i + 1 >= to) return { value: '$', next: i + 1 };
  if (n === '{') {
    let j = i + 2;
    let name = '';
    while (j < to && isNameChar(s[j] ?? '')) name += s[j++];
    if (!name || j >= to) {
      out.error = true;
      return { value: '', next: to };
    }
    const op = s[j] ?? '';
    if (op === '}') {
      return { value: plain(name, lookup, out), next: j + 1 };
    }
    // Find the matching close brace, allowing nested ${...} in the word.
    let depth = 1;
    let k = j;
    while (k < to) {
      const ch = s[k];
      if (ch === escape) k += 2;
      else if (ch === '$' && s[k + 1] === '{') {
        depth++;
        k += 2;
      } else if (ch === '}') {
        depth--;
        if (depth === 0) break;
        k++;
      } else k++;
    }
    if (k >= to) {
      out.error = true;
      return { value: '', next: to };
    }
    let modifier = op;
    let wordStart = j + 1;
    if (op === ':') {
      modifier = ':' + (s[j + 1] ?? '');
      wordStart = j + 2;
    } else if ((op === '#' || op === '%' || op === '/') && s[j + 1] === op) {
      modifier = op + op;
      wordStart = j + 2;
    }
    out.modified = true;
    const value = note(name, lookup, out);
    const known = value !== undefined && value !== null;
    if (value === null) out.unresolved = true;
    // The word is lexed like any other, quotes included (BuildKit's processStopOn): ${V:-"a b"} is a b.
    const word = () => expandPart(s, wordStart, k, escape, lookup, out);
    let result = '';
    switch (modifier) {
      case ':-':
        result = known && value ? value : word();
        break;
      case '-':
        result = known ? (value as string) : word();
        break;
      case ':+':
        result = known && value ? word() : '';
        break;
      case '+':
        result = known ? word() : '';
        break;
      case ':?':
      case '?':
      case '#':
      case '##':
      case '%':
      case '%%':
      case '/':
      case '//':
        // Required values, pattern removal and substitution: keep the value as a guess.
        if (!known || (modifier !== ':?' && modifier !== '?')) out.unresolved = true;
        result = known ? (value as string) : '';
        break;
      default:
        // An unknown modifier (or Windows-style ${VAR:x}): the builder rejects it, we cannot tell the value.
        out.unresolved = true;
        result = known ? (value as string) : '';
    }
    return { value: result, next: k + 1 };
  }
  if (isNameStart(n) || (n >= '0' && n <= '9')) {
    let j = i + 1;
    let name = '';
    while (j < to && isNameChar(s[j] ?? '')) name += s[j++];
    return { value: plain(name, lookup, out), next: j };
  }
  return { value: '$', next: i + 1 };
}

/** True if the raw word refers to a variable ($x or ${x}) outside single quotes. */
export function hasVariable(raw: string, escape = '\\'): boolean {
  if (raw.indexOf('$') < 0) return false;
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote === "'") {
      if (c === "'") quote = '';
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (c === "'" && !quote) quote = "'";
    else if (c === '"') quote = quote ? '' : '"';
    else if (c === '$') {
      const n = raw[i + 1] ?? '';
      if (n === '{' || isNameChar(n)) return true;
    }
  }
  return false;
}
