import { defineRule } from '../define.ts';
import { allRunCommands, commandsOf, runsAny, type Command } from '../lib/commands.ts';
import { copyArgs } from '../lib/copy.ts';
import { asRoot, keptOutByOption, pathsCleaned, pathsFilled } from '../lib/package-managers.ts';
import { isInside, resolvePath, workdirAt } from '../lib/stages.ts';
import type { Instruction } from '../../engine/model.ts';

interface Added {
  path: string;
  instruction: Instruction;
}

/** Paths a RUN command leaves behind: a package manager's caches (as root), and downloads. */
function createdBy(c: Command, all: readonly Command[], workdir: string | null): string[] {
  const filled = pathsFilled(c);
  if (filled) return keptOutByOption(filled.call, c, all) ? [] : filled.paths.flatMap((p) => p.dirs.map(asRoot));
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

/** Paths a package manager's clean command empties. */
function cleanedBy(c: Command): string[] {
  return pathsCleaned(c).flatMap((p) => p.dirs.map(asRoot));
}

export default defineRule({
  id: 'remove-in-later-layer',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Delete files in the layer that creates them',
  rationale:
    'Each layer records the changes of one instruction. A later RUN rm -rf marks files as deleted, but the earlier layer that added them is still part of the image and is still downloaded. ' +
    'Delete temporary files and caches in the same RUN that creates them, keep unwanted files out of COPY with .dockerignore, or build them in a stage the final image does not inherit.',
  invalid: [{ code: 'FROM alpine:3.21\nRUN apk add ca-certificates\nRUN rm -rf /var/cache/apk/*\n' }],
  valid: [{ code: 'FROM alpine:3.21\nRUN apk add --no-cache ca-certificates\n' }],
  docs: [
    { title: 'Docker build best practices: apt-get', url: 'https://docs.docker.com/build/building/best-practices/#apt-get' },
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
  ],
  sources: [],
  check({ model, report }) {
    // Only a RUN that deletes (rm, or a package manager's clean) can be at fault.
    if (!runsAny(model, ['rm']) && !allRunCommands(model).some((c) => cleanedBy(c).length > 0)) return;
    const final = model.finalStage;
    if (!final) return;
    const added: Added[] = [];
    for (const stage of [...model.chain(final)].reverse()) {
      for (const i of stage.instructions) {
        if (i.onbuild) continue;
        if (i.keyword === 'COPY' || i.keyword === 'ADD') {
          const { dest } = copyArgs(i);
          const path = dest ? resolvePath(workdirAt(model, i), dest.value) : null;
          if (path && path !== '/') added.push({ path, instruction: i });
          continue;
        }
        if (i.keyword !== 'RUN') continue;
        const workdir = workdirAt(model, i);
        // What this RUN creates and has not removed again by its end.
        let mine: Added[] = [];
        const all = commandsOf(i);
        for (const c of all) {
          const removed =
            c.name === 'rm'
              ? c.args.filter((a) => !a.value.startsWith('-')).map((a) => ({ arg: a, path: resolvePath(workdir, a.value.replace(/\/\*$/, '')) }))
              : cleanedBy(c).map((path) => ({ arg: c.program, path }));
          // Created and removed in this same RUN: never in a layer.
          for (const { path } of removed) if (path) mine = mine.filter((x) => !isInside(x.path, path));
          for (const { path } of removed) {
            if (!path) continue;
            const earlier = added.find((x) => x.instruction !== i && (isInside(path, x.path) || isInside(x.path, path)));
            if (!earlier) continue;
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
        added.push(...mine);
      }
    }
  },
});
