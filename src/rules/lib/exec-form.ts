/** Arguments that look like the exec form but are not valid JSON, so they run as shell form. */
import type { Instruction } from '../../engine/model.ts';
import { commandsOf } from './commands.ts';

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

/**
 * How an instruction that meant the exec form fails to be one, so that BuildKit runs its text as
 * a shell command: "quotes" (single quotes), "syntax" (commas, backslashes), or "not-strings"
 * (valid JSON, but an element is not a string: `["echo", ["nested"]]`, `["sleep", 5]`).
 */
export type ExecFormProblem = 'quotes' | 'syntax' | 'not-strings';

export function execFormProblem(i: Instruction): ExecFormProblem | null {
  if (i.args.text.indexOf('[') < 0 || i.json !== null) return null;
  const text = arrayText(i)?.trim();
  if (!text?.startsWith('[') || !text.endsWith(']')) return null;
  if (looksLikeArray(text)) return /'/.test(text) ? 'quotes' : 'syntax';
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length > 0 && value.some((v) => typeof v !== 'string') ? 'not-strings' : null;
  } catch {
    return null;
  }
}

/** True if the instruction meant the exec form but is not one (see execFormProblem). */
export function isBrokenExecForm(i: Instruction): boolean {
  return execFormProblem(i) !== null;
}

/**
 * The exec form of a shell-form CMD or ENTRYPOINT that is one simple command, with no shell
 * syntax to lose (expansions, globs, redirections, assignments): `CMD ["npm", "start"]`.
 */
export function toExecForm(i: Instruction): string | null {
  const text = i.shellText.text.trim();
  const commands = commandsOf(i);
  const c = commands[0];
  if (commands.length !== 1 || !c?.raw || c.raw.redirects.length > 0 || c.assignments.length > 0) return null;
  if (/[$`*?~\\]/.test(text) || c.words.length === 0) return null;
  return `${i.keywordText} [${c.words.map((w) => JSON.stringify(w.value)).join(', ')}]`;
}

/**
 * The shell form with `exec` before its last command, for a command that needs the shell
 * (`CMD exec /app/app --port "$PORT"`): the app then replaces the shell and gets signals
 * itself. Null when the command spans lines, ends in a pipe or a background job, or already
 * starts with exec.
 */
export function withExec(i: Instruction): string | null {
  const commands = commandsOf(i);
  const c = commands[commands.length - 1];
  const trimmed = i.shellText.text.trimEnd().length;
  if (!c || trimmed === 0 || c.assignments.length > 0 || c.words[0]?.value === 'exec') return null;
  if (c.before !== '' && c.before !== '&&' && c.before !== ';') return null;
  if (c.after !== '' && c.after !== ';') return null;
  const end = i.shellOffset(trimmed - 1) + 1;
  const source = i.model.text.slice(i.keywordStart, end);
  const at = c.start - i.keywordStart;
  if (/[\r\n]/.test(source) || at <= i.keywordText.length || at > source.length) return null;
  return `${source.slice(0, at)}exec ${source.slice(at)}`;
}
