/** Arguments that look like the exec form but are not valid JSON, so they run as shell form. */
import type { Instruction } from '../../engine/model.ts';

/**
 * Parses "[...]" leniently: strings in single or double quotes, commas, a trailing comma.
 * Returns true when the text is meant as an exec-form array.
 */
export function looksLikeArray(text: string): boolean {
  const s = text.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) return false;
  let i = 1;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i] ?? '')) i++;
  };
  ws();
  if (s[i] === ']') return false;
  for (;;) {
    ws();
    const q = s[i];
    if (q !== '"' && q !== "'") return false;
    i++;
    while (i < s.length && s[i] !== q) i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) return false;
    i++;
    ws();
    if (s[i] === ',') {
      i++;
      ws();
      if (s[i] === ']') return i === s.length - 1;
      continue;
    }
    return s[i] === ']' && i === s.length - 1;
  }
}

/** The text that should be an exec-form array, or null for instructions without one. */
export function arrayText(i: Instruction): string | null {
  return i.commandStart === null ? null : i.shellText.text;
}

/** True if the instruction meant the exec form but wrote invalid JSON. */
export function isBrokenExecForm(i: Instruction): boolean {
  if (i.args.text.indexOf('[') < 0 || i.json !== null) return false;
  const text = arrayText(i);
  return text !== null && looksLikeArray(text);
}
