/**
 * The normalised model every rule reads: the text is parsed once with dockerfile-ast (parse.ts), then
 * each instruction gets its arguments as the builder sees them (continuations joined,
 * comment lines dropped, heredoc bodies apart), its flags, words, exec-form strings and
 * shell commands, all computed on first use and mapped back to original offsets.
 */
import { parseDockerignore, type Dockerignore } from './dockerignore.ts';
import { parseImage, type ImageRef } from './image.ts';
import { parseJsonArray, type JsonString } from './json.ts';
import { offsetOf, readLogicalLine, sliceLogical, type Logical } from './logical.ts';
import { parseDockerfile, type Outline } from './parse.ts';
import { baseName, parseShell, type ShellCommand } from './shell.ts';
import { LineIndex } from './text.ts';
import { expandWord, splitWords, unquote, type Expanded, type Lookup, type Word } from './words.ts';

export interface Flag {
  /** Lowercase name without the dashes: "from", "chown", "mount". */
  readonly name: string;
  /** The raw value after "=", or null for a bare flag. */
  readonly value: string | null;
  readonly start: number;
  readonly end: number;
}

export interface Heredoc {
  readonly name: string;
  /** Original offsets of the body (between the marker line and the delimiter line). */
  readonly start: number;
  readonly end: number;
  readonly body: string;
  /** False when no delimiter line ends the body (it then runs to the end of the instruction). */
  readonly terminated: boolean;
}

/** Variables the builder defines for FROM without an ARG (platform ARGs, proxies). */
export const builtinArgs: ReadonlySet<string> = new Set([
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
  'BUILDKIT_SYNTAX', 'BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE',
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
]);

const noInstructions: readonly Instruction[] = [];
/** Shared by the (many) instructions without heredocs or flags. */
const noHeredocs: readonly Heredoc[] = [];
const noFlags: readonly Flag[] = [];
const flagInstructions = new Set(['FROM', 'COPY', 'ADD', 'RUN', 'HEALTHCHECK']);
/** Instructions with an exec (JSON) form. */
export const execFormKeywords: ReadonlySet<string> = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);

/** How many memo slots have been handed out (see memoSlot). */
let memoSlots = 0;

/** A slot of the derived data memo() keeps, one per kind of data: `const COMMANDS = memoSlot();` at a module's top. */
export function memoSlot(): number {
  return memoSlots++;
}

/** Stands for a computed `undefined` in a memo table, whose empty slots read as undefined. */
const computedUndefined = Symbol('undefined');

/**
 * Derived data that rules share, stored on the object it derives from (an instruction or the
 * model). Computed on first use; plain fields are much cheaper for the GC than WeakMaps, and a
 * slot read by index is cheaper than a property named by a string (a table whose properties come
 * in a different order in every file has a different shape in each).
 * `compute` is given the owner, so that callers pass a function of the module rather than a new
 * closure on every call (most calls find the value already there).
 */
export function memo<O extends { memo: unknown[] | null }, T>(owner: O, slot: number, compute: (owner: O) => T): T {
  const table = (owner.memo ??= []);
  const known = table[slot];
  if (known !== undefined) return (known === computedUndefined ? undefined : known) as T;
  const value = compute(owner);
  table[slot] = value === undefined ? computedUndefined : value;
  return value;
}

export class Instruction {
  /** Uppercase keyword: "RUN". For an ONBUILD trigger, the trigger's keyword. */
  readonly keyword: string;
  /** The keyword as written (continuations removed): "run". */
  readonly keywordText: string;
  readonly keywordStart: number;
  readonly keywordEnd: number;
  /** The whole instruction, heredoc bodies included, [start, end). */
  readonly start: number;
  readonly end: number;
  /** The arguments after the keyword, as one logical line. */
  readonly args: Logical;
  readonly heredocs: readonly Heredoc[];
  /** For an ONBUILD trigger, the ONBUILD instruction that holds it. */
  readonly onbuild: Instruction | null;
  /** For an ONBUILD instruction, its trigger. */
  trigger: Instruction | null = null;
  stage: Stage | null = null;
  /** Position in model.all: lets per-file tables be arrays instead of maps keyed by instruction. */
  index = 0;
  /** See memo(). */
  memo: unknown[] | null = null;
  readonly model: Model;

  #flags: readonly Flag[] | undefined;
  #restStart = 0;
  #words: Word[] | undefined;
  #json: JsonString[] | null | undefined;
  #commands: ShellCommand[] | undefined;
  #shellText: Logical | undefined;

  constructor(
    keyword: string,
    keywordText: string,
    keywordStart: number,
    keywordEnd: number,
    start: number,
    end: number,
    args: Logical,
    heredocs: readonly Heredoc[],
    onbuild: Instruction | null,
    model: Model,
  ) {
    this.keyword = keyword;
    this.keywordText = keywordText;
    this.keywordStart = keywordStart;
    this.keywordEnd = keywordEnd;
    this.start = start;
    this.end = end;
    this.args = args;
    this.heredocs = heredocs;
    this.onbuild = onbuild;
    this.model = model;
  }

  /** The file's escape character (see Model.escape). */
  get escape(): string {
    return this.model.escape;
  }

  /** Leading --flags (for FROM, COPY, ADD, RUN, HEALTHCHECK). */
  get flags(): readonly Flag[] {
    if (this.#flags) return this.#flags;
    let flags: Flag[] | null = null;
    let i = 0;
    const s = this.args.text;
    if (flagInstructions.has(this.keyword)) {
      for (;;) {
        let j = i;
        while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
        if (!s.startsWith('--', j)) break;
        const words = splitWords(this.args, this.escape, j, nextBlank(s, j, this.escape));
        const w = words[0];
        if (!w) break;
        i = w.lend;
        if (w.raw === '--') break;
        const eq = w.raw.indexOf('=');
        const name = (eq >= 0 ? w.raw.slice(2, eq) : w.raw.slice(2)).toLowerCase();
        const flag: Flag = { name, value: eq >= 0 ? w.raw.slice(eq + 1) : null, start: w.start, end: w.end };
        if (flags) flags.push(flag);
        else flags = [flag];
      }
    }
    this.#restStart = i;
    this.#flags = flags ?? noFlags;
    return this.#flags;
  }

  flag(name: string): Flag | undefined {
    for (const f of this.flags) if (f.name === name) return f;
    return undefined;
  }

  /** The flag's value with quotes removed, or undefined without the flag. */
  flagValue(name: string): string | undefined {
    const f = this.flag(name);
    if (!f) return undefined;
    return f.value === null ? '' : unquote(f.value, this.escape);
  }

  /** Logical index where the arguments after the flags start. */
  get restStart(): number {
    void this.flags;
    return this.#restStart;
  }

  /** The arguments after the flags, as Dockerfile words (quotes and escapes still in). */
  get words(): Word[] {
    this.#words ??= splitWords(this.args, this.escape, this.restStart);
    return this.#words;
  }

  /**
   * Logical index where the exec-form array or shell-form command begins (after the flags; for
   * HEALTHCHECK, after CMD), or null for instructions that take none (and HEALTHCHECK NONE).
   */
  get commandStart(): number | null {
    if (!execFormKeywords.has(this.keyword)) return null;
    if (this.keyword !== 'HEALTHCHECK') return this.restStart;
    const cmd = this.words[0];
    return cmd && cmd.raw.toUpperCase() === 'CMD' ? cmd.lend : null;
  }

  /** Exec form strings, or null for shell form (and for instructions without an exec form). */
  get json(): JsonString[] | null {
    if (this.#json === undefined) {
      const start = this.commandStart;
      this.#json = start === null ? null : parseJsonArray(this.args, start);
    }
    return this.#json;
  }

  /** The shell-form text after the flags (for HEALTHCHECK: after CMD). */
  get shellText(): Logical {
    this.#shellText ??= sliceLogical(this.args, this.keyword === 'HEALTHCHECK' ? (this.commandStart ?? this.args.text.length) : this.restStart);
    return this.#shellText;
  }

  /**
   * Shell-form RUN/CMD/ENTRYPOINT/HEALTHCHECK split into commands, with original offsets. A RUN's
   * heredoc that the shell runs as a script (see shellHeredocs) adds its commands after the line's.
   */
  get commands(): ShellCommand[] {
    if (this.#commands) return this.#commands;
    const k = this.keyword;
    if ((k === 'RUN' || k === 'CMD' || k === 'ENTRYPOINT' || k === 'HEALTHCHECK') && this.json === null) {
      const text = this.shellText;
      const line = parseShell(text.text, (i) => offsetOf(text, i));
      const scripts = k === 'RUN' && this.heredocs.length > 0 ? scriptHeredocs(line, this.heredocs) : noHeredocs;
      this.#shellHeredocs = scripts;
      this.#commands = scripts.length === 0 ? line : [...line, ...scripts.flatMap((h) => parseShell(h.body, (i) => h.start + i))];
    } else {
      this.#commands = [];
      this.#shellHeredocs = noHeredocs;
    }
    return this.#commands;
  }

  #shellHeredocs: readonly Heredoc[] | undefined;

  /**
   * The RUN's heredocs that a shell runs as its script, whose commands are in `commands`:
   * `RUN <<EOF` alone (BuildKit runs the body with the shell unless a shebang names another
   * interpreter), and a shell reading the body on its standard input (`RUN bash -e <<EOF`).
   * Not `cat <<EOF > file`, `python3 <<EOF`, nor a COPY's file.
   */
  get shellHeredocs(): readonly Heredoc[] {
    if (this.#shellHeredocs === undefined) void this.commands;
    return this.#shellHeredocs ?? noHeredocs;
  }

  /** Original offset of an index in shellText. */
  shellOffset(i: number): number {
    const t = this.shellText;
    return offsetOf(t, Math.max(0, Math.min(i, t.text.length)));
  }

  /** Expands a word with the variables known at this instruction. */
  expand(raw: string): Expanded {
    if (raw.indexOf('$') < 0) return { value: unquote(raw, this.escape), vars: [], unresolved: false, undeclared: [], error: false, modified: false };
    return expandWord(raw, this.escape, this.model.lookupAt(this));
  }

  /** 1-based line of the keyword. */
  get line(): number {
    return this.model.lines.position(this.onbuild?.keywordStart ?? this.keywordStart).line;
  }
}

function nextBlank(s: string, from: number, escape: string): number {
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === escape && quote !== "'") i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === ' ' || c === '\t') return i;
  }
  return s.length;
}

export interface Stage {
  readonly index: number;
  /** The FROM instruction; null for the implicit stage of a snippet without FROM. */
  readonly from: Instruction | null;
  /** Stage name as written after AS, or null. */
  readonly name: string | null;
  readonly nameWord: Word | null;
  readonly asWord: Word | null;
  readonly imageWord: Word | null;
  /** The image reference expanded with the global ARGs (unknown values empty). */
  readonly image: Expanded | null;
  /** The earlier stage this one is built FROM, if any. */
  readonly base: Stage | null;
  /** The external image, parsed, when the reference is fully known and not a stage. */
  readonly ref: ImageRef | null;
  /** Instructions after FROM, ONBUILD triggers in place of their ONBUILD. */
  readonly instructions: Instruction[];
  isFinal: boolean;
  /**
   * The stage and the stages it is built FROM, nearest first (model.chain gives the same). Made
   * with the stage: FROM names only a stage above it, whose chain is made already.
   */
  readonly chain: readonly Stage[];
}

export interface Comment {
  readonly start: number;
  readonly end: number;
  /** Text after "#", trimmed. */
  readonly text: string;
}

export interface Model {
  readonly text: string;
  readonly lines: LineIndex;
  readonly escape: string;
  /** Every instruction in order. ONBUILD triggers follow their ONBUILD. */
  readonly all: Instruction[];
  /** Every instruction with ONBUILD triggers in place of their ONBUILD. */
  readonly instructions: Instruction[];
  /** The instructions with this keyword, or either keyword (ONBUILD triggers included), in order. */
  of(keyword: string, other?: string): readonly Instruction[];
  /** ARG instructions before the first FROM. */
  readonly globalArgs: Instruction[];
  readonly stages: Stage[];
  readonly finalStage: Stage | null;
  readonly comments: Comment[];
  /** Parsed .dockerignore; null when the context has none; undefined when unknown. */
  readonly dockerignore: Dockerignore | null | undefined;
  readonly dockerignoreText: string | null | undefined;
  /** The stage and the stages it is built FROM, nearest first. */
  chain(stage: Stage): readonly Stage[];
  /** The first stage with this name (stage names are case-insensitive), or null. */
  stageNamed(name: string): Stage | null;
  /** True if the stage's layers end up in the final image (the final stage or its bases). */
  inFinalImage(stage: Stage | null): boolean;
  /** Variables in scope at an instruction (ENV inherited from base stages, ARG, ENV). */
  lookupAt(instruction: Instruction): Lookup;
  /** Variables in scope for FROM: global ARGs and the builder's predefined ones. */
  readonly globalLookup: Lookup;
  /** See memo(). */
  memo: unknown[] | null;
}

/** Splits ARG/ENV/LABEL arguments into key/value pairs (also the legacy "ENV key value"). */
export function keyValues(instruction: Instruction): { key: string; value: string | null; word: Word }[] {
  const words = instruction.words;
  const out: { key: string; value: string | null; word: Word }[] = [];
  if (instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') {
    const first = words[0];
    if (first && !first.raw.includes('=')) {
      const rest = instruction.args.text.slice(first.lend).trim();
      out.push({ key: first.raw, value: rest, word: first });
      return out;
    }
  }
  for (const w of words) {
    const eq = w.raw.indexOf('=');
    if (eq < 0) out.push({ key: w.raw, value: null, word: w });
    else out.push({ key: w.raw.slice(0, eq), value: w.raw.slice(eq + 1), word: w });
  }
  return out;
}

/** The model of one Dockerfile. Built by buildModel(); rules only read it. */
class DockerfileModel implements Model {
  readonly text: string;
  readonly lines: LineIndex;
  readonly escape: string;
  readonly all: Instruction[] = [];
  readonly instructions: Instruction[] = [];
  readonly globalArgs: Instruction[] = [];
  readonly stages: Stage[] = [];
  finalStage: Stage | null = null;
  readonly dockerignoreText: string | null | undefined;
  memo: unknown[] | null = null;
  readonly byKeyword = new Map<string, Instruction[]>();
  /** The lists of two keywords asked for so far, flat: keyword, other, list, keyword, other, list... (a file asks for a few pairs). */
  #pairs: (string | readonly Instruction[])[] | undefined;
  /** Lowercase stage name → the first stage with that name. */
  readonly #stageByName = new Map<string, Stage>();
  readonly #commentSpans: Outline['comments'];
  #comments: Comment[] | undefined;
  #dockerignore: Dockerignore | undefined;
  #timelines: Map<Stage, EnvTimeline> | undefined;

  constructor(text: string, lines: LineIndex, outline: Outline, dockerignoreText: string | null | undefined) {
    this.text = text;
    this.lines = lines;
    this.#commentSpans = outline.comments;
    this.escape = outline.escape;
    this.dockerignoreText = dockerignoreText;
  }

  get comments(): Comment[] {
    this.#comments ??= this.#commentSpans.map(({ start, end }) => {
      return { start, end, text: this.text.slice(start, end).replace(/^\s*#/, '').trim() };
    });
    return this.#comments;
  }

  of(keyword: string, other?: string): readonly Instruction[] {
    const first = this.byKeyword.get(keyword);
    if (other === undefined) return first ?? noInstructions;
    const second = this.byKeyword.get(other);
    if (!first || !second) return first ?? second ?? noInstructions;
    // Found by a scan of the few pairs asked for: no joined key to make, no map per file.
    const pairs = (this.#pairs ??= []);
    for (let k = 0; k < pairs.length; k += 3) if (pairs[k] === keyword && pairs[k + 1] === other) return pairs[k + 2] as readonly Instruction[];
    const list = this.instructions.filter((i) => i.keyword === keyword || i.keyword === other);
    pairs.push(keyword, other, list);
    return list;
  }

  get dockerignore(): Dockerignore | null | undefined {
    if (typeof this.dockerignoreText !== 'string') return this.dockerignoreText;
    this.#dockerignore ??= parseDockerignore(this.dockerignoreText);
    return this.#dockerignore;
  }

  stageNamed(name: string): Stage | null {
    return this.#stageByName.get(name.toLowerCase()) ?? null;
  }

  /** Adds a stage (in document order) to the list and, if its name is new, to the names. */
  addStage(stage: Stage): void {
    this.stages.push(stage);
    const key = stage.name?.toLowerCase();
    if (key !== undefined && !this.#stageByName.has(key)) this.#stageByName.set(key, stage);
  }

  chain(stage: Stage): readonly Stage[] {
    return stage.chain;
  }

  inFinalImage(stage: Stage | null): boolean {
    const final = this.finalStage;
    return stage !== null && final !== null && (stage === final || this.chain(final).includes(stage));
  }

  lookupAt(instruction: Instruction): Lookup {
    this.#timelines ??= new Map();
    return scopeAt(this, instruction, this.#timelines);
  }

  /** The global ARGs' values, and how many ARGs they were computed from. */
  #globals: { count: number; values: Map<string, string | null> } | null = null;

  /**
   * A global ARG's value: its last declaration's default, expanded with the ARGs declared
   * before it, as BuildKit does (so `ARG V=${V:-x}` reads the earlier V, never itself).
   */
  readonly globalLookup: Lookup = (name) => {
    if (this.#globals?.count !== this.globalArgs.length) this.#globals = { count: this.globalArgs.length, values: this.globalValues() };
    const values = this.#globals.values;
    return values.has(name) ? values.get(name) : builtinArgs.has(name) ? null : undefined;
  };

  private globalValues(): Map<string, string | null> {
    const values = new Map<string, string | null>();
    const before: Lookup = (name) => (values.has(name) ? values.get(name) : builtinArgs.has(name) ? null : undefined);
    for (const a of this.globalArgs) {
      for (const kv of keyValues(a)) values.set(kv.key, kv.value === null ? null : expandWord(kv.value, this.escape, before).value);
    }
    return values;
  }

  /** Adds an instruction (in document order) to the lists and the keyword index. */
  add(instruction: Instruction): void {
    this.instructions.push(instruction);
    const list = this.byKeyword.get(instruction.keyword);
    if (list) list.push(instruction);
    else this.byKeyword.set(instruction.keyword, [instruction]);
  }
}

export function buildModel(text: string, dockerignoreText?: string | null): Model {
  const lines = new LineIndex(text);
  const outline = parseDockerfile(text, lines);
  const model = new DockerfileModel(text, lines, outline, dockerignoreText);
  const { all, instructions, stages, globalArgs, escape } = model;

  for (const a of outline.instructions) {
    const start = a.start;
    const end = Math.max(start, a.end);
    const keywordStart = start;
    const keywordEnd = Math.max(keywordStart, a.keywordEnd);
    const keywordText = a.keyword;
    const logical = readLogicalLine(text, keywordEnd, end, escape);
    const keyword = keywordText.toUpperCase();
    const heredocs = keyword === 'ONBUILD' ? noHeredocs : readHeredocs(text, logical, logical.lineEnd, end, escape, keyword);
    const instruction = new Instruction(keyword, keywordText, keywordStart, keywordEnd, start, end, logical, heredocs, null, model);
    instruction.index = all.length;
    all.push(instruction);
    if (keyword === 'ONBUILD') {
      const trigger = makeTrigger(model, instruction, logical.lineEnd);
      instruction.trigger = trigger;
      if (trigger) {
        trigger.index = all.length;
        all.push(trigger);
        model.add(trigger);
      }
    } else {
      model.add(instruction);
    }
  }

  // Stages.
  let current: Stage | null = null;
  let sawFrom = false;
  const hasFrom = model.byKeyword.has('FROM');
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM' && !instruction.onbuild) {
      sawFrom = true;
      current = makeStage(model, instruction, stages.length);
      model.addStage(current);
      instruction.stage = current;
      continue;
    }
    if (!sawFrom && hasFrom && instruction.keyword === 'ARG' && !instruction.onbuild) {
      globalArgs.push(instruction);
      continue;
    }
    if (!current) {
      const chain: Stage[] = [];
      current = {
        index: stages.length,
        from: null,
        name: null,
        nameWord: null,
        asWord: null,
        imageWord: null,
        image: null,
        base: null,
        ref: null,
        instructions: [],
        isFinal: false,
        chain,
      };
      chain.push(current);
      model.addStage(current);
    }
    instruction.stage = current;
    current.instructions.push(instruction);
  }
  const finalStage = stages[stages.length - 1] ?? null;
  if (finalStage) finalStage.isFinal = true;
  model.finalStage = finalStage;
  for (const i of all) if (i.onbuild === null && i.trigger) i.stage = i.trigger.stage;
  return model;
}

/** The stage a FROM starts; FROM can name only a stage above it, so the stages added so far. */
function makeStage(model: Model, from: Instruction, index: number): Stage {
  const words = from.words;
  const imageWord = words[0] ?? null;
  const asWord = words[1] && words[1].raw.toLowerCase() === 'as' ? words[1] : null;
  const nameWord = asWord ? (words[2] ?? null) : null;
  const image = imageWord ? expandWord(imageWord.raw, model.escape, model.globalLookup) : null;
  let base: Stage | null = null;
  let ref: ImageRef | null = null;
  if (image && !image.unresolved && !image.error) {
    base = model.stageNamed(image.value);
    if (!base) ref = parseImage(image.value);
  }
  const chain: Stage[] = [];
  const stage: Stage = {
    index,
    from,
    name: nameWord ? nameWord.raw : null,
    nameWord,
    asWord,
    imageWord,
    image,
    base,
    ref,
    instructions: [],
    isFinal: false,
    chain,
  };
  chain.push(stage, ...(base ? base.chain : []));
  return stage;
}

function makeTrigger(model: Model, onbuild: Instruction, lineEnd: number): Instruction | null {
  const s = onbuild.args.text;
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  const begin = i;
  while (i < s.length && s[i] !== ' ' && s[i] !== '\t') i++;
  if (i === begin) return null;
  const keywordText = s.slice(begin, i);
  const keyword = keywordText.toUpperCase();
  const args = sliceLogical(onbuild.args, i);
  const heredocs = readHeredocs(model.text, args, lineEnd, onbuild.end, model.escape, keyword);
  return new Instruction(keyword, keywordText, offsetOf(onbuild.args, begin), offsetOf(onbuild.args, i - 1) + 1, onbuild.start, onbuild.end, args, heredocs, onbuild, model);
}

const heredocMarker = /^<<(-?)(["']?)([^"'\s]+)\2$/;

const scriptShells = new Set(['sh', 'bash', 'ash', 'dash', 'busybox']);

/** True for a shell's options that leave it reading its script from standard input: -e, -eux, -o pipefail, --posix; not -c. */
function onlyShellOptions(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '+o') i++;
    else if (!/^--[a-z-]+$/.test(a) && !/^[-+][a-bd-zA-Z]+$/.test(a)) return false;
  }
  return true;
}

/** The heredocs of a RUN line's commands that a shell runs as a script (see Instruction.shellHeredocs). */
function scriptHeredocs(line: readonly ShellCommand[], heredocs: readonly Heredoc[]): readonly Heredoc[] {
  const out: Heredoc[] = [];
  let k = 0;
  for (const c of line) {
    for (const r of c.redirects) {
      if (r.op !== '<<' && r.op !== '<<-') continue;
      const h = heredocs[k++];
      if (!h || !h.terminated) continue;
      const program = c.words[0] ? baseName(c.words[0].value) : null;
      const bare = c.words.length === 0;
      // `sh -e <<EOF`: options only, no -c and no script file, so the body is the script.
      const shellReadsIt = program !== null && scriptShells.has(program) && (program !== 'busybox' || c.words[1]?.value === 'sh') &&
        onlyShellOptions(c.words.slice(program === 'busybox' ? 2 : 1).map((w) => w.value));
      const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(h.body);
      const interpreter = shebang ? baseName(shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : (shebang[1] ?? '')) : null;
      if ((bare && (interpreter === null || scriptShells.has(interpreter))) || (shellReadsIt && interpreter === null)) out.push(h);
    }
  }
  return out;
}

/** How many heredocs (`<<EOF`, `<<-"EOF"`) a RUN, COPY or ADD opens; 0 for other instructions. */
export function heredocMarkerCount(instruction: Instruction): number {
  const k = instruction.keyword;
  if ((k !== 'RUN' && k !== 'COPY' && k !== 'ADD') || !instruction.args.text.includes('<<')) return 0;
  let n = 0;
  for (const w of splitWords(instruction.args, instruction.escape)) if (heredocMarker.test(w.raw)) n++;
  return n;
}

function readHeredocs(text: string, args: Logical, lineEnd: number, limit: number, escape: string, keyword: string): readonly Heredoc[] {
  if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return noHeredocs;
  if (!args.text.includes('<<')) return noHeredocs;
  const markers: { name: string; tabs: boolean }[] = [];
  for (const w of splitWords(args, escape)) {
    const m = heredocMarker.exec(w.raw);
    if (m) markers.push({ name: m[3] ?? '', tabs: m[1] === '-' });
  }
  const heredocs: Heredoc[] = [];
  let i = lineEnd;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
  else if (i < limit) i++;
  for (const { name, tabs } of markers) {
    if (i >= limit) break;
    const bodyStart = i;
    let bodyEnd = limit;
    let next = limit;
    let terminated = false;
    while (i < limit) {
      let lineStop = i;
      while (lineStop < limit && text.charCodeAt(lineStop) !== 10 && text.charCodeAt(lineStop) !== 13) lineStop++;
      let content = text.slice(i, lineStop);
      if (tabs) content = content.replace(/^\t+/, '');
      let after = lineStop;
      if (text.charCodeAt(after) === 13 && text.charCodeAt(after + 1) === 10) after += 2;
      else if (after < limit) after++;
      if (content === name) {
        bodyEnd = i;
        next = after;
        terminated = true;
        break;
      }
      i = after;
    }
    heredocs.push({ name, start: bodyStart, end: Math.max(bodyStart, bodyEnd), body: text.slice(bodyStart, Math.max(bodyStart, bodyEnd)), terminated });
    i = next;
  }
  return heredocs;
}

/** A variable's values over a stage: set by the ENV/ARG starting at each offset (ascending). */
interface History {
  readonly at: number[];
  readonly values: (string | null)[];
}

interface EnvTimeline {
  /** Each variable the stage's ENV and ARG instructions set, with its history. */
  readonly vars: Map<string, History>;
  /** ENV at the end of the stage, inherited ones included: what stages built FROM this one inherit. */
  readonly env: Map<string, string | null>;
  /** ENV inherited from the base stage. */
  readonly inherited: ReadonlyMap<string, string | null>;
}

const noEnv: ReadonlyMap<string, string | null> = new Map();

/** A variable's value just before the offset: the last set before it, else the inherited ENV. */
function valueAt(t: EnvTimeline, name: string, offset: number): string | null | undefined {
  const h = t.vars.get(name);
  if (h && (h.at[0] ?? Infinity) < offset) {
    let lo = 0;
    let hi = h.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((h.at[mid] ?? 0) < offset) lo = mid;
      else hi = mid - 1;
    }
    return h.values[lo];
  }
  return t.inherited.get(name);
}

/**
 * The variables of a stage over time: each variable's history of values, so the scope of an
 * instruction is a search per name looked up, the whole file is processed in one pass, and
 * memory grows with the number of assignments (a copy of every variable per ENV made a file of
 * thousands of ENV lines over 22 stages take gigabytes).
 */
function envTimeline(model: Model, stage: Stage, cache: Map<Stage, EnvTimeline>): EnvTimeline {
  const hit = cache.get(stage);
  if (hit) return hit;
  const inherited = stage.base && stage.base !== stage ? envTimeline(model, stage.base, cache).env : noEnv;
  const timeline: EnvTimeline = { vars: new Map(), env: new Map(inherited), inherited };
  const { vars, env } = timeline;
  cache.set(stage, timeline);
  const set = (name: string, value: string | null, at: number) => {
    const h = vars.get(name);
    if (!h) vars.set(name, { at: [at], values: [value] });
    else if (h.at[h.at.length - 1] === at) h.values[h.values.length - 1] = value;
    else {
      h.at.push(at);
      h.values.push(value);
    }
  };
  for (const i of stage.instructions) {
    if (i.onbuild || (i.keyword !== 'ENV' && i.keyword !== 'ARG')) continue;
    const at = i.start;
    // Values refer to the variables as they were before this instruction.
    const lookup: Lookup = (name) => valueAt(timeline, name, at);
    for (const kv of keyValues(i)) {
      if (i.keyword === 'ENV') {
        const value = kv.value === null ? null : expandWord(kv.value, model.escape, lookup).value;
        set(kv.key, value, at);
        env.set(kv.key, value);
      } else if (kv.value !== null) {
        set(kv.key, expandWord(kv.value, model.escape, lookup).value, at);
      } else if (!vars.has(kv.key) && !inherited.has(kv.key)) {
        const global = model.globalLookup(kv.key);
        set(kv.key, global === undefined ? null : global, at);
      }
    }
  }
  return timeline;
}

/** The variable scope at an instruction. */
function scopeAt(model: Model, instruction: Instruction, cache: Map<Stage, EnvTimeline>): Lookup {
  const stage = instruction.stage;
  if (!stage) return model.globalLookup;
  const t = envTimeline(model, stage, cache);
  const at = instruction.start;
  return (name) => valueAt(t, name, at);
}
