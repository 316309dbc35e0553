/**
 * The exec ("JSON") form: the builder uses it only when the arguments parse as a JSON array
 * of strings. Anything else, single-quoted "JSON" included, is shell form.
 */
import { offsetOf, type Logical } from './logical.ts';

export interface JsonString {
  readonly value: string;
  /** Original offsets of the string token, quotes included. */
  readonly start: number;
  readonly end: number;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Parses l.text[from, to) as a JSON array of strings, or returns null. */
export function parseJsonArray(l: Logical, from = 0, to = l.text.length): JsonString[] | null {
  const s = l.text;
  let i = from;
  while (i < to && isWs(s.charCodeAt(i))) i++;
  let end = to;
  while (end > i && isWs(s.charCodeAt(end - 1))) end--;
  if (s.charCodeAt(i) !== 91 /* [ */ || s.charCodeAt(end - 1) !== 93 /* ] */) return null;
  i++;
  // Returned as a copy of exactly its size (an array grown by push keeps room for 17 items).
  const items: JsonString[] = [];
  const skip = () => {
    while (i < end && isWs(s.charCodeAt(i))) i++;
  };
  skip();
  if (s.charCodeAt(i) === 93) {
    i++;
    skip();
    return i === end ? items.slice() : null;
  }
  for (;;) {
    skip();
    if (s.charCodeAt(i) !== 34 /* " */) return null;
    const begin = i;
    i++;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c === 92 /* \ */) {
        i += 2;
        continue;
      }
      if (c === 34) break;
      if (c < 32) return null;
      i++;
    }
    if (i >= end) return null;
    i++;
    let value: unknown;
    try {
      value = JSON.parse(s.slice(begin, i));
    } catch {
      return null;
    }
    if (typeof value !== 'string') return null;
    items.push({ value, start: offsetOf(l, begin), end: offsetOf(l, i - 1) + 1 });
    skip();
    const c = s.charCodeAt(i);
    if (c === 44 /* , */) {
      i++;
      continue;
    }
    if (c === 93) {
      i++;
      skip();
      return i === end ? items.slice() : null;
    }
    return null;
  }
}
