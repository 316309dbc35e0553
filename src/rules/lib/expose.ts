/** EXPOSE arguments split into port specs: [ip:][host:]port[-end][/proto]. */
import { memo, type Model, type Instruction } from '../../engine/model.ts';
import type { Word } from '../../engine/words.ts';

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
  return s.split(':');
}

export function portSpecs(model: Model): PortSpec[] {
  return memo(model, 'portSpecs', () => readPortSpecs(model));
}

function readPortSpecs(model: Model): PortSpec[] {
  const out: PortSpec[] = [];
  for (const i of model.of('EXPOSE')) {
    for (const word of i.words) {
      const e = i.expand(word.raw);
      if (e.unresolved || e.error || e.modified) continue;
      for (const text of e.value.split(/\s+/).filter(Boolean)) {
        const slash = text.indexOf('/');
        const ports = slash >= 0 ? text.slice(0, slash) : text;
        const protocol = slash >= 0 ? (text.slice(slash + 1).split('/')[0] ?? '') : null;
        out.push({ instruction: i, word, text, parts: splitColons(ports), protocol });
      }
    }
  }
  return out;
}

/** A port ("8080") or range ("8000-8010") in 0..65535, start <= end. */
export function isValidPortOrRange(s: string): boolean {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return a <= 65535 && b <= 65535 && a <= b;
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
