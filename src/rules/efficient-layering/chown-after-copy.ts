import { defineRule } from '../define.ts';
import { commandsOf, hasOption, runsAny } from '../lib/commands.ts';
import { copyArgs } from '../lib/copy.ts';
import { isInside, resolvePath, workdirAt } from '../lib/stages.ts';
import type { Instruction } from '../../engine/model.ts';

export default defineRule({
  id: 'chown-after-copy',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Set ownership with COPY --chown, not RUN chown',
  rationale:
    'Layers store whole files. RUN chown -R (or chmod -R) on files an earlier COPY added writes every one of them again into a new layer, so the image carries them twice. ' +
    'COPY --chown=1001:1001 and COPY --chmod=755 set ownership and mode as the files are added, in one layer.',
  invalid: [{ code: 'FROM alpine:3.21\nWORKDIR /app\nCOPY templates/ /app/templates/\nRUN chown -R 1001:1001 /app\n' }],
  valid: [{ code: 'FROM alpine:3.21\nWORKDIR /app\nCOPY --chown=1001:1001 templates/ /app/templates/\n' }],
  sources: [],
  check({ model, report }) {
    if (!runsAny(model, ['chown', 'chmod'])) return;
    for (const stage of model.stages) {
      const copied: { path: string; dir: boolean; instruction: Instruction }[] = [];
      for (const i of stage.instructions) {
        if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.onbuild) {
          const { dest } = copyArgs(i);
          const path = dest ? resolvePath(workdirAt(model, i), dest.value) : null;
          if (path) copied.push({ path, dir: dest?.value.endsWith('/') ?? false, instruction: i });
          continue;
        }
        if (i.keyword !== 'RUN' || copied.length === 0) continue;
        const workdir = workdirAt(model, i);
        for (const c of commandsOf(i)) {
          if (c.name !== 'chown' && c.name !== 'chmod') continue;
          const recursive = hasOption(c.args, ['-R'], ['--recursive']);
          const targets = c.args.filter((a) => !a.value.startsWith('-')).slice(1);
          for (const t of targets) {
            const path = resolvePath(workdir, t.value.replace(/\/\*$/, ''));
            if (!path) continue;
            const hit = copied.find((x) => isInside(x.path, path) && (recursive || x.path === path) || (recursive && isInside(path, x.path)));
            if (!hit) continue;
            const flag = c.name === 'chown' ? '--chown' : '--chmod';
            report({
              start: c.program.start,
              end: c.end,
              instruction: i,
              message: `${c.name} rewrites the files COPY put in ${hit.path} into a new layer, doubling their size: use ${hit.instruction.keyword} ${flag}=... instead.`,
            });
            break;
          }
        }
      }
    }
  },
});
