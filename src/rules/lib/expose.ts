/** EXPOSE arguments split into port specs: [ip:][host:]port[-end][/proto]. */
import { memo, memoSlot, type Model, type Instruction } from '../../engine/model.ts';
import type { Word } from '../../engine/words.ts';

const PORT_SPECS = memoSlot();

export interface PortSpec {
  readonly instruction: Instruction;
  readonly word: Word;
  /** The spec after variable expansion. */
  readonly text: string;
  /** Everything before "/" split on ":" (IPv6 in brackets kept whole). */
  readonly parts: string[];
  /** Text after the first "/", or null. */
  readonly protocol: string | null;
}

function splitColons(s: string): string[] {
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close > 0) return [s.slice(0, close + 1), ...s.slice(close + 2).split(':')];
  }
  return s.indexOf(':') < 0 ? [s] : s.split(':');
}

const noSpecs: readonly PortSpec[] = [];
const blanks = /\s+/;

/** The port specs of the Dockerfile's EXPOSE instructions, in order. */
export function portSpecs(model: Model): readonly PortSpec[] {
  // Most files expose nothing: no table entry to make for them.
  if (model.of('EXPOSE').length === 0) return noSpecs;
  return memo(model, PORT_SPECS, readPortSpecs);
}

function readPortSpecs(model: Model): PortSpec[] {
  const out: PortSpec[] = [];
  for (const i of model.of('EXPOSE')) {
    for (const word of i.words) {
      const e = i.expand(word.raw);
      if (e.unresolved || e.error || e.modified) continue;
      // A variable may expand to several specs ("80 443").
      const texts = blanks.test(e.value) ? e.value.split(blanks) : [e.value];
      for (const text of texts) {
        if (text === '') continue;
        const slash = text.indexOf('/');
        if (slash < 0) {
          out.push({ instruction: i, word, text, parts: splitColons(text), protocol: null });
          continue;
        }
        const next = text.indexOf('/', slash + 1);
        const protocol = text.slice(slash + 1, next < 0 ? text.length : next);
        out.push({ instruction: i, word, text, parts: splitColons(text.slice(0, slash)), protocol });
      }
    }
  }
  return out;
}

/** The first and last port of "8080" or "8000-8010", written in digits, of any size; null otherwise. */
function portRange(s: string): { first: number; last: number } | null {
  const dash = s.indexOf('-');
  const first = digitsValue(s, 0, dash < 0 ? s.length : dash);
  const last = dash < 0 ? first : digitsValue(s, dash + 1, s.length);
  return first >= 0 && last >= 0 ? { first, last } : null;
}

/** A port ("8080") or range ("8000-8010") in 0..65535, start <= end. */
export function isValidPortOrRange(s: string): boolean {
  const range = portRange(s);
  return range !== null && range.last <= 65535 && range.first <= range.last;
}

/** True if s is a port or range of digits ("22", "20-30"), of any size, that holds the port. */
export function rangeHolds(s: string, port: number): boolean {
  const range = portRange(s);
  return range !== null && range.first <= port && port <= range.last;
}

/** The number that s[from, to) writes in decimal digits, or -1 when it is empty or holds another character. */
function digitsValue(s: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const digit = s.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The container port part: the last of the ":"-separated parts. */
export function containerPort(spec: PortSpec): string {
  return spec.parts[spec.parts.length - 1] ?? '';
}

/** The container port or range of a spec's text, "[ip:][host:]port[/proto]": "127.0.0.1:80:8080/tcp" gives "8080". */
export function containerPortOf(text: string): string {
  const slash = text.indexOf('/');
  const parts = splitColons(slash >= 0 ? text.slice(0, slash) : text);
  return parts[parts.length - 1] ?? '';
}
