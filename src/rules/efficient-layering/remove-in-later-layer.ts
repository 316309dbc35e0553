import { defineRule } from '../define.ts';
import { allRunCommands, commandsOf, type Command } from '../lib/commands.ts';
import { copyArgs, isWholeContext } from '../lib/copy.ts';
import { keptOutByOption, pathsCleaned, pathsFilled, rootDirs } from '../lib/package-managers.ts';
import { isInside, resolvePath, workdirAt } from '../lib/stages.ts';
import type { Instruction } from '../../engine/model.ts';

interface Added {
  path: string;
  instruction: Instruction;
}

/**
 * The paths added so far, indexed so that finding the first one inside or around a path takes
 * time in the path's depth, not in the number of paths (a scan per rm made a file of thousands
 * of COPY and RUN instructions take n² steps). Answers as `list.find` with isInside both ways.
 */
class AddedPaths {
  readonly #list: Added[] = [];
  /** A path as written → the first added with it. */
  readonly #exact = new Map<string, number>();
  /** A folder ending in "/" → the first added path below it. */
  readonly #below = new Map<string, number>();

  add(x: Added): void {
    const n = this.#list.length;
    this.#list.push(x);
    if (!this.#exact.has(x.path)) this.#exact.set(x.path, n);
    for (let k = x.path.indexOf('/'); k >= 0; k = x.path.indexOf('/', k + 1)) {
      const folder = x.path.slice(0, k + 1);
      if (!this.#below.has(folder)) this.#below.set(folder, n);
    }
  }

  /** The first added path, of another instruction, that holds `path` or lies inside it. */
  find(path: string, not: Instruction): Added | undefined {
    let best = Infinity;
    let skipped = false;
    const take = (n: number | undefined) => {
      if (n === undefined || n >= best) return;
      if (this.#list[n]?.instruction === not) skipped = true;
      else best = n;
    };
    if (path === '/') take(this.#list.length > 0 ? 0 : undefined);
    // Added paths inside this one (isInside(x.path, path)).
    take(this.#exact.get(path));
    take(this.#below.get(path.endsWith('/') ? path : path + '/'));
    // Added paths that hold this one (isInside(path, x.path)).
    take(this.#exact.get('/'));
    for (let k = path.indexOf('/'); k >= 0; k = path.indexOf('/', k + 1)) {
      take(this.#exact.get(path.slice(0, k)));
      take(this.#exact.get(path.slice(0, k + 1)));
    }
    if (!skipped) return this.#list[best];
    // An entry of `not` matched first: fall back to the plain search (never reached, as a
    // RUN's own paths are added after its commands are checked).
    return this.#list.find((x) => x.instruction !== not && (isInside(path, x.path) || isInside(x.path, path)));
  }
}

const none: readonly never[] = [];

/** Paths a RUN command leaves behind: a package manager's caches (as root), and downloads. */
function createdBy(c: Command, all: readonly Command[], workdir: string | null): readonly string[] {
  const filled = pathsFilled(c);
  if (filled) return keptOutByOption(filled.call, c, all) ? none : filled.paths.flatMap(rootDirs);
  if (c.name !== 'wget' && c.name !== 'curl') return none;
  const out: string[] = [];
  for (let k = 0; k < c.args.length; k++) {
    const a = c.args[k]?.value ?? '';
    const next = c.args[k + 1]?.value;
    if (((c.name === 'wget' && (a === '-O' || a === '--output-document')) || (c.name === 'curl' && (a === '-o' || a === '--output'))) && next && next !== '-') {
      const p = resolvePath(workdir, next);
      if (p) out.push(p);
    }
  }
  return out;
}

/** True if the COPY or ADD copies the whole build context (COPY . /app). */
function copiesWholeContext(i: Instruction): boolean {
  return (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flag('from') && copyArgs(i).sources.some((s) => isWholeContext(s.value));
}

/** True if a command before `c` in the RUN names the path as an argument. */
function readsEarlier(all: readonly Command[], c: Command, path: string, workdir: string | null): boolean {
  return all.slice(0, all.indexOf(c)).some((x) => x.args.some((a) => resolvePath(workdir, a.value) === path));
}

const scriptRunners = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'python', 'python3', 'node', 'perl', 'ruby', 'php']);

/** True if a command before `c` in the RUN runs the path as a script (./install.sh, bash /tmp/setup.sh). */
function runsEarlier(all: readonly Command[], c: Command, path: string, workdir: string | null): boolean {
  return all.slice(0, all.indexOf(c)).some((x) => {
    if (resolvePath(workdir, x.program.value) === path) return true;
    const script = scriptRunners.has(x.name) ? x.args.find((a) => !a.value.startsWith('-')) : undefined;
    return script !== undefined && resolvePath(workdir, script.value) === path;
  });
}

/** Programs that put a file at the path their last operand names: ln -s target link, cp a b, mv a b, install -m 755 a b. */
const placers = new Set(['ln', 'cp', 'mv', 'install']);

/** True if a command after `c` in the RUN puts a file back at the path (rm old && ln -s new old): a replacement, which frees nothing to speak of. */
function replacedLater(all: readonly Command[], c: Command, path: string, workdir: string | null): boolean {
  return all.slice(all.indexOf(c) + 1).some((x) => {
    if (!placers.has(x.name)) return false;
    const operands = x.args.filter((a) => !a.value.startsWith('-'));
    const last = operands[operands.length - 1];
    return operands.length >= 2 && last !== undefined && resolvePath(workdir, last.value) === path;
  });
}

/** The paths a command deletes: the operands of an rm (null where unknown), or what a package manager's clean empties. */
function removedBy(c: Command, workdir: string | null): readonly (string | null)[] {
  if (c.name === 'rm') return c.args.filter((a) => !a.value.startsWith('-')).map((a) => resolvePath(workdir, a.value.replace(/\/\*$/, '')));
  const cleaned = pathsCleaned(c);
  return cleaned.length === 0 ? none : cleaned.flatMap(rootDirs);
}

/** True if the command deletes something (an rm, or a package manager's clean). */
function removes(c: Command): boolean {
  return c.name === 'rm' || pathsCleaned(c).length > 0;
}

export default defineRule({
  id: 'remove-in-later-layer',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Delete files in the layer that creates them',
  rationale:
    'Each layer records the changes of one instruction. A later RUN rm -rf marks files as deleted, but the earlier layer that added them is still part of the image and is still downloaded. ' +
    'Delete temporary files and caches in the same RUN that creates them, keep unwanted files out of COPY with .dockerignore, or build them in a stage the final image does not inherit. ' +
    'A file of the whole context (COPY . /app) that the same RUN reads before removing it (pip install -r requirements.txt && rm requirements.txt) is left alone: nothing could have kept it out, and the rm only tidies. So is a script copied in to be run once and removed by the RUN that runs it (RUN /tmp/install.sh && rm /tmp/install.sh), and a file the same RUN puts back at once (rm /app/bin/python && ln -s /usr/local/bin/python /app/bin/python), which is replaced, not removed.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN apk add ca-certificates\nRUN rm -rf /var/cache/apk/*\n' }],
  valid: [{ code: 'FROM alpine:3.24\nRUN apk add --no-cache ca-certificates\n' }],
  docs: [
    { title: 'Docker build best practices: apt-get', url: 'https://docs.docker.com/build/building/best-practices/#apt-get' },
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
  ],
  sources: [],
  check({ model, report }) {
    // Only a RUN that deletes (rm, or a package manager's clean) can be at fault.
    if (model.of('RUN').length === 0 || !allRunCommands(model).some(removes)) return;
    const final = model.finalStage;
    if (!final) return;
    const added = new AddedPaths();
    // Base stages first, as the image builds them.
    const chain = model.chain(final);
    for (let k = chain.length - 1; k >= 0; k--) {
      for (const i of chain[k]?.instructions ?? []) {
        if (i.onbuild) continue;
        if (i.keyword === 'COPY' || i.keyword === 'ADD') {
          const { dest } = copyArgs(i);
          const path = dest ? resolvePath(workdirAt(model, i), dest.value) : null;
          if (path && path !== '/') added.add({ path, instruction: i });
          continue;
        }
        if (i.keyword !== 'RUN') continue;
        const workdir = workdirAt(model, i);
        // What this RUN creates and has not removed again by its end.
        let mine: Added[] = [];
        const all = commandsOf(i);
        for (const c of all) {
          const removed = removedBy(c, workdir);
          // Created and removed in this same RUN: never in a layer.
          for (const path of removed) if (path) mine = mine.filter((x) => !isInside(x.path, path));
          for (const path of removed) {
            if (!path) continue;
            const earlier = added.find(path, i);
            if (!earlier) continue;
            // A file of the whole context that an earlier command of this RUN reads (pip install -r
            // requirements.txt && rm requirements.txt): neither .dockerignore nor that COPY could
            // leave it out, so the rm only tidies.
            if (copiesWholeContext(earlier.instruction) && readsEarlier(all, c, path, workdir)) continue;
            // A script copied in to be run once (COPY install.sh /tmp/ then RUN /tmp/install.sh &&
            // rm /tmp/install.sh): the build needs it, so neither .dockerignore nor that step could
            // leave it out; a RUN --mount=type=bind would, for a few kilobytes.
            if (runsEarlier(all, c, path, workdir)) continue;
            // rm /app/.venv/bin/python && ln -s /usr/local/bin/python /app/.venv/bin/python: the
            // file is replaced, not removed to save space.
            if (replacedLater(all, c, path, workdir)) continue;
            const line = model.lines.position(earlier.instruction.keywordStart).line;
            report({
              start: c.program.start,
              end: c.end,
              instruction: i,
              message: `${path} was added by the ${earlier.instruction.keyword} on line ${line}; removing it in a later layer does not make the image smaller: clean up in that same ${earlier.instruction.keyword === 'RUN' ? 'RUN' : 'step (or use .dockerignore)'}.`,
            });
            break;
          }
          for (const p of createdBy(c, all, workdir)) mine.push({ path: p, instruction: i });
        }
        for (const x of mine) added.add(x);
      }
    }
  },
});
