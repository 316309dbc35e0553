import { defineRule } from '../define.ts';
import { commandsOf, hasOption, runsAny } from '../lib/commands.ts';
import { copyArgs } from '../lib/copy.ts';
import { isInside, resolvePath, shipsLayers, workdirAt } from '../lib/stages.ts';
import type { Instruction } from '../../engine/model.ts';
import type { Report } from '../../engine/rule.ts';
import type { Command } from '../lib/commands.ts';

/** A literal owner: user, or user:group, names or IDs (no variables). */
const OWNER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/;

/** Folders every base image has: a COPY into them does not create them. */
const systemDirs = new Set(['/', '/bin', '/etc', '/home', '/lib', '/opt', '/root', '/sbin', '/srv', '/tmp', '/usr', '/usr/bin', '/usr/lib', '/usr/local', '/usr/local/bin', '/usr/local/lib', '/usr/sbin', '/usr/share', '/var', '/var/lib', '/var/log']);

/** Where each earlier COPY or ADD put its files. */
type Copied = readonly { path: string; instruction: Instruction }[];

/** True if an instruction before a COPY may have made its destination already. */
function existedBefore(path: string, before: readonly Instruction[], copied: Copied): boolean {
  for (const i of before) {
    if (i.keyword === 'WORKDIR') {
      const dir = resolvePath(workdirAt(i.model, i), i.args.text.trim());
      if (dir === null || isInside(dir, path)) return true;
    } else if (i.keyword === 'RUN' && i.args.text.includes(path)) return true;
    else if (copied.some((x) => x.instruction === i && isInside(x.path, path))) return true;
  }
  return false;
}

/**
 * The mechanical fix, offered only where the result is the same image with fewer bytes. Docker's
 * docs: with --chown, "all new files and directories" a COPY creates get that owner. So a RUN
 * that is just `chown [-R] OWNER PATH...` equals --chown=OWNER on the COPYs that created each
 * PATH, if the PATH did not exist before them: not a system folder, not a WORKDIR or an earlier
 * COPY's destination, not mentioned by an earlier RUN, in a stage not built on another stage,
 * and no RUN between the COPY and the chown. (A chown of /app after WORKDIR /app also changes
 * the folder itself, which COPY --chown would leave to root: no fix is offered for it.)
 */
function chownFix(run: Instruction, c: Command, copied: Copied, workdir: string | null): Report['fix'] {
  if (c.name !== 'chown' || c.index !== 0 || c.after !== '' || run.onbuild || run.heredocs.length > 0 || run.json) return undefined;
  if (c.words.length !== c.args.length + 1 || c.assignments.length > 0) return undefined;
  const options = c.args.filter((a) => a.value.startsWith('-'));
  if (options.some((o) => o.value !== '-R' && o.value !== '--recursive')) return undefined;
  const [owner, ...targets] = c.args.filter((a) => !a.value.startsWith('-'));
  if (!owner || !OWNER.test(owner.value) || targets.length === 0) return undefined;
  if (!run.stage || run.stage.base) return undefined;
  const stage = run.stage.instructions;
  const at = stage.indexOf(run);
  const copies = new Set<Instruction>();
  for (const t of targets) {
    const path = resolvePath(workdir, t.value);
    const hits = path ? copied.filter((x) => x.path === path) : [];
    if (hits.length === 0) return undefined;
    for (const h of hits) copies.add(h.instruction);
  }
  for (const copy of copies) {
    if (copy.flags.some((f) => f.name === 'chown')) return undefined;
    const index = stage.indexOf(copy);
    if (stage.slice(index + 1, at).some((i) => i.keyword === 'RUN')) return undefined;
    const dest = copied.find((x) => x.instruction === copy)?.path;
    if (!dest || systemDirs.has(dest) || existedBefore(dest, stage.slice(0, index), copied)) return undefined;
  }
  // The RUN goes with its line break, so no blank line is left behind.
  const text = run.model.text;
  const end = text.startsWith('\r\n', run.end) ? run.end + 2 : text[run.end] === '\n' ? run.end + 1 : run.end;
  return {
    title: `Set the owner with COPY --chown=${owner.value} and remove the RUN chown`,
    edits: [...copies].map((copy) => ({ start: copy.keywordEnd, end: copy.keywordEnd, text: ` --chown=${owner.value}` })).concat({ start: run.start, end, text: '' }),
  };
}

const ownerPrograms: readonly string[] = ['chown', 'chmod'];

export default defineRule({
  id: 'chown-after-copy',
  practice: 'efficient-layering',
  severity: 'warning',
  fix: 'safe',
  title: 'Set ownership with COPY --chown, not RUN chown',
  rationale:
    'Layers store whole files. RUN chown -R (or chmod -R) on files an earlier COPY added writes every one of them again into a new layer, so the image carries them twice. ' +
    'COPY --chown=1001:1001 and COPY --chmod=755 set ownership and mode as the files are added, in one layer. ' +
    'This matters in the stages an image is made of; a builder stage that later stages only copy from ships none of its layers. ' +
    'A chown or chmod without -R of the folder files were copied into changes only that folder, and is left alone.',
  invalid: [
    { code: 'FROM alpine:3.24\nWORKDIR /app\nCOPY templates/ /app/templates/\nRUN chown -R 1001:1001 /app\n' },
    {
      code: 'FROM alpine:3.24\nCOPY templates/ /app/templates/\nRUN chown -R 1001:1001 /app/templates\nUSER 1001:1001\n',
      output: 'FROM alpine:3.24\nCOPY --chown=1001:1001 templates/ /app/templates/\nUSER 1001:1001\n',
    },
  ],
  valid: [
    { code: 'FROM alpine:3.24\nWORKDIR /app\nCOPY --chown=1001:1001 templates/ /app/templates/\n' },
    // The COPY sets the owner already; the RUN changes it on purpose (--chown cannot take a variable user name here).
    { code: 'FROM alpine:3.24\nCOPY --chown=1001:1001 templates/ /app/templates/\nRUN chown -R 1001:0 /app/templates\n' },
  ],
  docs: [{ title: 'Dockerfile reference: COPY --chown --chmod', url: 'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod' }],
  sources: [],
  check({ model, report }) {
    if (!runsAny(model, ownerPrograms)) return;
    for (const stage of model.stages) {
      // A builder stage's layers never ship: a second copy there costs no image anything.
      if (!shipsLayers(model, stage)) continue;
      const copied: { path: string; dir: boolean; instruction: Instruction }[] = [];
      for (const i of stage.instructions) {
        if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.onbuild) {
          const { dest } = copyArgs(i);
          const path = dest ? resolvePath(workdirAt(model, i), dest.value) : null;
          // A folder: the destination ends in /, or is the working directory or holds it.
          const folder = (dest?.value.endsWith('/') ?? false) || (path !== null && isInside(workdirAt(model, i) ?? '', path));
          if (path) copied.push({ path, dir: folder, instruction: i });
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
            // What a COPY put at or under the path. A subfolder of a COPY's destination is left
            // alone: --chown and --chmod apply to everything the COPY adds, not to one subfolder.
            // Without -R, a folder the files were copied into changes alone: no file is written again.
            const hit = copied.find((x) => isInside(x.path, path) && (recursive || (x.path === path && !x.dir)));
            if (!hit) continue;
            const flag = c.name === 'chown' ? '--chown' : '--chmod';
            // The COPY already sets owner or mode: this RUN changes them on purpose.
            if (hit.instruction.flag(flag.slice(2))) continue;
            report({
              start: c.program.start,
              end: c.end,
              instruction: i,
              message: `${c.name} rewrites the files COPY put in ${hit.path} into a new layer, doubling their size: use ${hit.instruction.keyword} ${flag}=... instead.`,
              fix: chownFix(i, c, copied, workdir),
            });
            break;
          }
        }
      }
    }
  },
});
