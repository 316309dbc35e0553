import { defineRule } from '../define.ts';
import { allRunCommands, commandsOf, hasOption, runsAny, subcommand, type Command } from '../lib/commands.ts';
import { copyArgs } from '../lib/copy.ts';
import { isInside, resolvePath, workdirAt } from '../lib/stages.ts';
import type { Instruction } from '../../engine/model.ts';

interface Added {
  path: string;
  instruction: Instruction;
}

/** Paths a RUN command leaves behind (caches, downloads). */
function createdBy(c: Command, workdir: string | null): string[] {
  const sub = subcommand(c.args, ['-o', '-t'])?.value ?? '';
  if (['apt-get', 'apt', 'aptitude'].includes(c.name) && sub === 'update') return ['/var/lib/apt/lists'];
  if (['apt-get', 'apt'].includes(c.name) && sub === 'install') return ['/var/cache/apt/archives'];
  if (c.name === 'apk' && (sub === 'update' || (sub === 'add' && !hasOption(c.args, [], ['--no-cache'])))) return ['/var/cache/apk'];
  if (c.name === 'yum' && sub === 'install') return ['/var/cache/yum'];
  if (['dnf', 'microdnf'].includes(c.name) && ['install', 'in'].includes(sub)) return ['/var/cache/dnf', '/var/cache/libdnf5'];
  if (['pip', 'pip3'].includes(c.name) && sub === 'install' && !hasOption(c.args, [], ['--no-cache-dir'])) return ['/root/.cache/pip'];
  if (c.name === 'npm' && ['install', 'ci', 'i'].includes(sub)) return ['/root/.npm'];
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

function cleanedBy(c: Command): string[] {
  const sub = subcommand(c.args)?.value ?? '';
  if (['apt-get', 'apt'].includes(c.name) && sub === 'clean') return ['/var/cache/apt/archives'];
  if (c.name === 'yum' && sub === 'clean') return ['/var/cache/yum'];
  if (['dnf', 'microdnf'].includes(c.name) && sub === 'clean') return ['/var/cache/dnf', '/var/cache/libdnf5'];
  if (c.name === 'apk' && sub === 'cache') return ['/var/cache/apk'];
  return [];
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
        const mine: Added[] = [];
        for (const c of commandsOf(i)) {
          const removed =
            c.name === 'rm'
              ? c.args.filter((a) => !a.value.startsWith('-')).map((a) => ({ arg: a, path: resolvePath(workdir, a.value.replace(/\/\*$/, '')) }))
              : cleanedBy(c).map((path) => ({ arg: c.program, path }));
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
          for (const p of createdBy(c, workdir)) mine.push({ path: p, instruction: i });
        }
        added.push(...mine);
      }
    }
  },
});
