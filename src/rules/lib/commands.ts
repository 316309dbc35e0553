/**
 * RUN commands for rules: each simple command of a RUN, with words located in the original
 * text. Shell form is split by the engine's tokenizer; exec form is one command, and
 * ["sh", "-c", "..."] is split too. A heredoc the shell runs as its script (`RUN <<EOF`, `RUN bash <<EOF`)
 * adds its commands (Instruction.shellHeredocs); other heredoc bodies are never looked into.
 */
import { memo, memoSlot, type Instruction, type Model } from '../../engine/model.ts';
import { baseName, innerStart, parseShell, type ShellCommand } from '../../engine/shell.ts';

const COMMANDS = memoSlot();
const RUN_COMMANDS = memoSlot();
const MOUNTS = memoSlot();
const PROGRAMS = memoSlot();

export interface Arg {
  readonly value: string;
  readonly raw: string;
  /** Original offsets, [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface Command {
  readonly instruction: Instruction;
  /** Index among the instruction's commands. */
  readonly index: number;
  /** Base name of the program that runs, past sudo/env wrappers: "apt-get". */
  readonly name: string;
  /** Arguments after the program name. */
  readonly args: readonly Arg[];
  /** The program word itself. */
  readonly program: Arg;
  /** All words as written, wrappers included. */
  readonly words: readonly Arg[];
  readonly assignments: readonly Arg[];
  readonly before: string;
  readonly after: string;
  readonly start: number;
  readonly end: number;
  readonly raw: ShellCommand | null;
}

const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);

/** The commands of a RUN (or of a shell-form CMD/ENTRYPOINT/HEALTHCHECK). */
export function commandsOf(instruction: Instruction): Command[] {
  return memo(instruction, COMMANDS, readCommands);
}

function readCommands(instruction: Instruction): Command[] {
  const keyword = instruction.keyword;
  if (keyword !== 'RUN' && keyword !== 'CMD' && keyword !== 'ENTRYPOINT' && keyword !== 'HEALTHCHECK') return [];
  const json = instruction.json;
  if (json === null) return fromShell(instruction, instruction.commands);
  const first = json[0];
  const second = json[1];
  const third = json[2];
  if (first && shells.has(baseName(first.value)) && second?.value === '-c' && third) {
    // ["sh", "-c", "script"]: offsets inside the JSON string are close enough (escapes aside).
    const base = third.start + 1;
    const limit = Math.max(base, third.end - 1);
    return fromShell(instruction, parseShell(third.value, (i) => Math.min(base + i, limit)));
  }
  if (!first) return [];
  const words = json.map((j) => ({ value: j.value, raw: j.value, start: j.start, end: j.end }));
  return [makeCommand(instruction, 0, words, 0, [], '', '', null, words[0]?.start ?? instruction.keywordStart, words[words.length - 1]?.end ?? instruction.keywordEnd)];
}

function fromShell(instruction: Instruction, commands: ShellCommand[]): Command[] {
  // map, not push: the commands of every RUN stay in memory while the file is linted, and an
  // array grown by push keeps room for 17.
  return commands.map((c, index) => makeCommand(instruction, index, c.words, innerStart(c.words), c.assignments, c.before, c.after, c, c.start, Math.max(c.start, c.end)));
}

function makeCommand(
  instruction: Instruction,
  index: number,
  words: readonly Arg[],
  inner: number,
  assignments: readonly Arg[],
  before: string,
  after: string,
  raw: ShellCommand | null,
  start: number,
  end: number,
): Command {
  const program = words[inner] ?? words[0] ?? { value: '', raw: '', start: instruction.keywordStart, end: instruction.keywordEnd };
  return {
    instruction,
    index,
    name: baseName(program.value),
    args: words.slice(inner + 1),
    program,
    words,
    assignments,
    before,
    after,
    start,
    end,
    raw,
  };
}

/** Every command of every RUN in the list. */
export function runCommands(instructions: readonly Instruction[]): Command[] {
  const out: Command[] = [];
  for (const i of instructions) if (i.keyword === 'RUN') for (const c of commandsOf(i)) out.push(c);
  return out;
}

/** Every command of every RUN of the file. */
export function allRunCommands(model: Model): Command[] {
  return memo(model, RUN_COMMANDS, readRunCommands);
}

function readRunCommands(model: Model): Command[] {
  return runCommands(model.of('RUN'));
}

/**
 * True if the arguments hold one of the options. Short options may be combined
 * ("-yq" holds "-y"); long options may carry "=value".
 */
export function hasOption(args: readonly Arg[], short: readonly string[], long: readonly string[] = []): boolean {
  for (const a of args) {
    const v = a.value;
    if (v === '--') return false;
    if (v.startsWith('--')) {
      const name = v.split('=')[0] ?? v;
      if (long.includes(name)) return true;
    } else if (v.startsWith('-') && v.length > 1) {
      for (const s of short) {
        const letter = s.replace(/^-/, '');
        if (letter.length === 1 ? v.slice(1).includes(letter) && /^-[A-Za-z]+$/.test(v) : v === s) return true;
      }
    }
  }
  return false;
}

/** The first argument that is not an option (the subcommand of apt-get, go, npm ...). */
export function subcommand(args: readonly Arg[], optionsWithValue: readonly string[] = []): Arg | undefined {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]?.value ?? '';
    if (v.startsWith('-')) {
      if (optionsWithValue.includes(v)) i++;
      continue;
    }
    return args[i];
  }
  return undefined;
}

/** The instruction's RUN --mount options, parsed: [{type: "cache", target: "/root/.cache"}]. */
export function mounts(instruction: Instruction): readonly Record<string, string>[] {
  return memo(instruction, MOUNTS, readMounts);
}

function readMounts(instruction: Instruction): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const f of instruction.flags) {
    if (f.name !== 'mount' || f.value === null) continue;
    const m: Record<string, string> = { type: 'bind' };
    for (const part of f.value.replace(/^["']|["']$/g, '').split(',')) {
      const eq = part.indexOf('=');
      const k = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const v = eq < 0 ? 'true' : part.slice(eq + 1).trim();
      m[k === 'dst' || k === 'destination' ? 'target' : k] = v;
    }
    out.push(m);
  }
  return out;
}

/**
 * Per command list and question: the last and the first index, per instruction, of a command
 * for which the question holds. Rules ask "does a later (or an earlier) command of the same RUN
 * do X?" once per command; scanning the list each time makes a RUN of n commands take n² steps
 * (a 5 MB RUN, seconds to minutes). With this table each question scans the list once.
 */
const shortList = 16;
const extremes = new WeakMap<readonly Command[], Map<unknown, Map<Instruction, { first: number; last: number }>>>();

function extremesOf(all: readonly Command[], key: unknown, test: (x: Command) => boolean): Map<Instruction, { first: number; last: number }> {
  let byKey = extremes.get(all);
  if (!byKey) extremes.set(all, (byKey = new Map()));
  let table = byKey.get(key);
  if (!table) {
    table = new Map();
    for (const x of all) {
      if (!test(x)) continue;
      const t = table.get(x.instruction);
      if (!t) table.set(x.instruction, { first: x.index, last: x.index });
      else {
        t.first = Math.min(t.first, x.index);
        t.last = Math.max(t.last, x.index);
      }
    }
    byKey.set(key, table);
  }
  return table;
}

/**
 * True if a command after `c` in the same RUN passes `test`. `key` names the question (the same
 * key must mean the same test), so that the answer for every command of `all` is one scan.
 */
export function someLater(all: readonly Command[], c: Command, key: unknown, test: (x: Command) => boolean): boolean {
  // A short list (most RUNs) is quicker to scan than to index.
  if (all.length <= shortList) return all.some((x) => x.instruction === c.instruction && x.index > c.index && test(x));
  const t = extremesOf(all, key, test).get(c.instruction);
  return t !== undefined && t.last > c.index;
}

/** True if a command before `c` in the same RUN passes `test` (see someLater). */
export function someEarlier(all: readonly Command[], c: Command, key: unknown, test: (x: Command) => boolean): boolean {
  if (all.length <= shortList) return all.some((x) => x.instruction === c.instruction && x.index < c.index && test(x));
  const t = extremesOf(all, key, test).get(c.instruction);
  return t !== undefined && t.first < c.index;
}

/**
 * The last command of a RUN when it runs `name` outside a pipe: a `cd` or `export` there changes
 * a shell that ends with the RUN, so its effect is lost.
 */
export function lastCommandNamed(instruction: Instruction, name: string): Command | undefined {
  const all = commandsOf(instruction);
  const last = all[all.length - 1];
  return last && last.name === name && last.before !== '|' ? last : undefined;
}

/** Commands after the given one in the same RUN. */
export function later(commands: readonly Command[], c: Command): Command[] {
  return commands.filter((x) => x.instruction === c.instruction && x.index > c.index);
}

/** `rm` commands (with their path operands) among the commands. */
export function removedPaths(commands: readonly Command[]): Arg[] {
  const out: Arg[] = [];
  for (const c of commands) {
    if (c.name !== 'rm') continue;
    for (const a of c.args) if (!a.value.startsWith('-')) out.push(a);
  }
  return out;
}

/** A short display of the command: "go build", "npm run build", "gcc". */
export function commandText(c: Command): string {
  const ops = c.args.filter((a) => !a.value.startsWith('-')).map((a) => a.value);
  const first = ops[0];
  if (first === undefined || /[/.=]/.test(first)) return c.name;
  if ((first === 'run' || first === 'run-script') && ops[1] !== undefined) return `${c.name} ${first} ${ops[1]}`;
  return /^[a-z][a-z-]*$/.test(first) ? `${c.name} ${first}` : c.name;
}


/**
 * The programs the file's RUN instructions call (wrappers such as sudo included). Rules use
 * it to skip files that cannot concern them without looking at every command.
 */
export function programsIn(model: Model): Set<string> {
  return memo(model, PROGRAMS, readPrograms);
}

function readPrograms(model: Model): Set<string> {
  const names = new Set<string>();
  for (const c of allRunCommands(model)) {
    names.add(c.name);
    const first = c.words[0];
    if (first) names.add(baseName(first.value));
  }
  return names;
}

/** True if the file runs the program (in a RUN): a cheap first question for a rule about one program. */
export function runs(model: Model, program: string): boolean {
  return model.of('RUN').length > 0 && programsIn(model).has(program);
}

/** True if the file runs at least one of the programs. */
export function runsAny(model: Model, programs: readonly string[]): boolean {
  if (model.of('RUN').length === 0) return false;
  const names = programsIn(model);
  for (let k = 0; k < programs.length; k++) if (names.has(programs[k]!)) return true;
  return false;
}
