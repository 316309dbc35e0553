/** Facts about stages that several rules need. */
import { memo, memoSlot, type Instruction, type Model, type Stage } from '../../engine/model.ts';
import { mounts } from './commands.ts';

const FINAL_USER = memoSlot();
const WORKDIRS = memoSlot();
const SHELLS = memoSlot();
const SHIPPED_STAGES = memoSlot();

/** A stage name BuildKit accepts: a letter, then letters, digits, "-", "_" and ".". */
export function isValidStageName(name: string): boolean {
  return /^[a-z][a-z0-9-_.]*$/i.test(name);
}

/** Stage names BuildKit reserves: scratch is the empty image, context the build context. */
export function isReservedStageName(name: string): boolean {
  return name.toLowerCase() === 'scratch' || name.toLowerCase() === 'context';
}

/** The last instruction with this keyword along the stage's chain (nearest stage first). */
export function lastInChain(stage: Stage, keyword: string): Instruction | undefined {
  for (const s of stage.chain) {
    for (let k = s.instructions.length - 1; k >= 0; k--) {
      const i = s.instructions[k];
      if (i && i.keyword === keyword && !i.onbuild) return i;
    }
  }
  return undefined;
}

/** The USER value with quotes removed and known variables expanded. */
export function userValue(user: Instruction): { value: string; unresolved: boolean } {
  const raw = user.words[0]?.raw ?? '';
  const e = user.expand(raw);
  return { value: e.value, unresolved: e.unresolved || e.error };
}

export function isRootUser(value: string): boolean {
  return /^(root|0)(:.*)?$/.test(value);
}

/** The user the container runs as: the last USER along the final stage's chain, resolved. */
export interface FinalUser {
  readonly instruction: Instruction;
  /** Quotes removed, known variables expanded. */
  readonly value: string;
  /** Where to report: the USER's value, or its keyword without one. */
  readonly start: number;
  readonly end: number;
}

/** The final stage's last USER, or null without one or when its value cannot be resolved. Computed once per file. */
export function finalUser(model: Model): FinalUser | null {
  return memo(model, FINAL_USER, readFinalUser);
}

function readFinalUser(model: Model): FinalUser | null {
  const final = model.finalStage;
  const user = final ? lastInChain(final, 'USER') : undefined;
  if (!user) return null;
  const { value, unresolved } = userValue(user);
  if (unresolved) return null;
  const w = user.words[0];
  return { instruction: user, value, start: w?.start ?? user.keywordStart, end: w?.end ?? user.keywordEnd };
}

function joinPath(base: string, path: string): string {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return path;
  return (base.endsWith('/') ? base : base + '/') + path;
}

/** Normalises "/a/./b/../c/" to "/a/c". */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}


/**
 * The working directory at each instruction, following WORKDIR along the stage chain, or
 * null after a WORKDIR we cannot resolve. Base images are assumed to start at "/". ONBUILD
 * triggers also see the ONBUILD WORKDIRs before them. Computed once per file, in one pass.
 */
function workdirs(model: Model): (string | null)[] {
  return memo(model, WORKDIRS, computeWorkdirs);
}

/** Indexed by Instruction.index. */
function computeWorkdirs(model: Model): (string | null)[] {
  const at = new Array<string | null>(model.all.length).fill('/');
  const finalOf = new Map<Stage, string | null>();
  for (const stage of model.stages) {
    const inherited = stage.base ? finalOf.get(stage.base) : undefined;
    let dir: string | null = inherited === undefined ? '/' : inherited;
    let triggerDir: string | null = dir;
    for (const i of stage.instructions) {
      at[i.index] = i.onbuild ? triggerDir : dir;
      if (i.keyword !== 'WORKDIR') continue;
      const raw = i.words[0]?.raw;
      if (raw === undefined) continue;
      const e = i.expand(raw);
      const next = (base: string | null) =>
        e.unresolved || e.error || base === null ? (e.value.startsWith('/') && !e.unresolved ? normalizePath(e.value) : null) : normalizePath(joinPath(base, e.value));
      triggerDir = next(triggerDir);
      if (!i.onbuild) dir = next(dir);
    }
    finalOf.set(stage, dir);
  }
  return at;
}

export function workdirAt(model: Model, instruction: Instruction): string | null {
  // Without a WORKDIR (ONBUILD triggers included) every instruction runs in /.
  if (model.of('WORKDIR').length === 0) return '/';
  const dir = workdirs(model)[instruction.index];
  return dir === undefined ? '/' : dir;
}

/** Resolves a path written in a RUN or COPY against the working directory. */
export function resolvePath(workdir: string | null, path: string): string | null {
  if (path.startsWith('/')) return normalizePath(path);
  if (workdir === null || path.includes('$')) return null;
  return normalizePath(joinPath(workdir, path));
}

/** True if a is b or inside b ("/app/x" is inside "/app"). */
export function isInside(a: string, b: string): boolean {
  return a === b || b === '/' || a.startsWith(b.endsWith('/') ? b : b + '/');
}


/** The SHELL in effect at an instruction: its JSON strings, or null for the default /bin/sh -c. */
export function shellAt(model: Model, instruction: Instruction): string[] | null {
  // Without a SHELL (ONBUILD triggers included) every instruction has the default.
  if (model.of('SHELL').length === 0) return null;
  return memo(model, SHELLS, readShells)[instruction.index] ?? null;
}

/** The SHELL at each instruction, indexed by Instruction.index. */
function readShells(model: Model): (string[] | null)[] {
  const at = new Array<string[] | null>(model.all.length).fill(null);
  const finalOf = new Map<Stage, string[] | null>();
  for (const stage of model.stages) {
    let shell = stage.base ? (finalOf.get(stage.base) ?? null) : null;
    for (const i of stage.instructions) {
      at[i.index] = shell;
      if (i.keyword === 'SHELL' && !i.onbuild && i.json) shell = i.json.map((j) => j.value);
    }
    finalOf.set(stage, shell);
  }
  return at;
}

/** The stage of this file a --from value names (a name, case-insensitive, or an index), or null for an outside image or context. */
export function stageNamedBy(model: Model, from: string): Stage | null {
  if (/^\d+$/.test(from)) return model.stages[Number(from)] ?? null;
  return model.stageNamed(from);
}

/**
 * True if the stage's layers are part of an image the file builds: the final stage, a stage no
 * other stage uses (a --target such as test or dev), or a stage one of those is built FROM. A
 * stage that other stages only copy or mount from (a builder) ships none of its layers: only the
 * files copied out of it. Computed once per file.
 */
export function shipsLayers(model: Model, stage: Stage): boolean {
  if (stage.isFinal) return true;
  return memo(model, SHIPPED_STAGES, readShippedStages).has(stage);
}

function readShippedStages(model: Model): Set<Stage> {
  const used = new Set<Stage>();
  for (const s of model.stages) {
    if (s.base) used.add(s.base);
    /** A stage that s copies or mounts from (by name or index) is used. */
    const use = (from: string | undefined) => {
      const target = from === undefined ? null : stageNamedBy(model, from);
      if (target && target !== s) used.add(target);
    };
    for (const i of s.instructions) {
      if (i.keyword === 'COPY') use(i.flagValue('from'));
      else if (i.keyword === 'RUN') for (const m of mounts(i)) use(m.from);
    }
  }
  const shipped = new Set<Stage>();
  for (const s of model.stages) if (s.isFinal || !used.has(s)) for (const c of s.chain) shipped.add(c);
  return shipped;
}
