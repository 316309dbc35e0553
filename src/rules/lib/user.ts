/**
 * The non-root user a fix switches the final stage to, and the fix itself (missing-user and
 * root-user share it). The user comes from the file where it says one: the UID (and GID) a
 * useradd or adduser in the stage's chain creates; else 65532:65532, distroless's nonroot, in
 * distroless images; else 1001:1001. Numeric, so it needs no /etc/passwd entry.
 */
import type { Instruction, Model, Stage } from '../../engine/model.ts';
import type { Report } from '../../engine/rule.ts';
import { commandsOf, type Arg } from './commands.ts';
import { rootRef } from './images.ts';
import { isRootUser, userValue } from './stages.ts';

function optionValue(args: readonly Arg[], short: string, long: string): string | undefined {
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!.value;
    if (a === short || a === long) return args[k + 1]?.value;
    if (a.startsWith(`${long}=`)) return a.slice(long.length + 1);
  }
  return undefined;
}

/** "1001:1001", or the UID[:GID] the stage's useradd/adduser creates. */
export function nonRootUser(stage: Stage): string {
  for (const s of stage.chain) {
    for (const i of s.instructions) {
      if (i.keyword !== 'RUN' || i.onbuild) continue;
      for (const c of commandsOf(i)) {
        if (c.name !== 'useradd' && c.name !== 'adduser') continue;
        const uid = optionValue(c.args, '-u', '--uid');
        if (!uid || !/^\d+$/.test(uid) || Number(uid) === 0) continue;
        const gid = optionValue(c.args, '-g', '--gid');
        return gid && /^\d+$/.test(gid) ? `${uid}:${gid}` : `${uid}:${uid}`;
      }
    }
  }
  return /(^|\/)distroless\//.test(rootRef(stage)?.path ?? '') ? '65532:65532' : '1001:1001';
}

/**
 * Adds `USER <user>` (nonRootUser's) to a stage: on its own line before its first ENTRYPOINT or
 * CMD (after `after`, when given) when only metadata follows, else after the stage's last
 * instruction, so that every RUN of the stage still runs as it did.
 */
export function addUserFix(model: Model, stage: Stage, user: string, after?: Instruction): Report['fix'] {
  const title = `Add USER ${user} to the final stage`;
  const list = stage.instructions.filter((i) => !i.onbuild);
  const last = list[list.length - 1] ?? stage.from;
  if (!last) return undefined;
  const text = model.text;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const from = after && list.includes(after) ? list.indexOf(after) + 1 : 0;
  const start = list.findIndex((i, k) => k >= from && (i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD'));
  const runsAfter = start >= 0 && list.slice(start).some((i) => i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD' || i.keyword === 'USER');
  const before = start >= 0 && !runsAfter ? list[start] : undefined;
  if (before) {
    const lineStart = text.lastIndexOf('\n', before.start - 1) + 1;
    if (text.slice(lineStart, before.start).trim() !== '') return undefined;
    return { title, edits: [{ start: lineStart, end: lineStart, text: `USER ${user}${eol}` }] };
  }
  if (!endsCleanly(model, last)) return undefined;
  return { title, edits: [{ start: last.end, end: last.end, text: `${eol}USER ${user}` }] };
}

/**
 * Whether a line after the instruction starts a new one: not when it ends with the escape
 * character (the next line continues it) or opens a heredoc that is never closed (the next
 * line would be part of its body).
 */
function endsCleanly(model: Model, i: Instruction): boolean {
  if (model.text.slice(i.start, i.end).trimEnd().endsWith(model.escape)) return false;
  return i.heredocs.every((h) => new RegExp(`^\\t*${h.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*(\\r?\\n|\\r|$)`).test(model.text.slice(h.end)));
}

/**
 * The home directory of the user an instruction runs as, for messages that name a cache path:
 * HOME when ENV or ARG sets it, /root for root (no USER, USER root or 0), /home/<name> for a
 * named user; for a numeric or unresolved USER, "<home of USER x>".
 */
export function homeAt(model: Model, instruction: Instruction): string {
  const home = model.lookupAt(instruction)('HOME');
  if (typeof home === 'string' && home.startsWith('/')) return home.replace(/\/+$/, '') || '/';
  const user = userAt(model, instruction);
  if (!user) return '/root';
  const { value, unresolved } = userValue(user);
  const name = value.split(':')[0] ?? '';
  if (!unresolved && isRootUser(value)) return '/root';
  if (!unresolved && /^[a-z_][a-z0-9_.-]*\$?$/i.test(name)) return `/home/${name}`;
  return `<home of USER ${user.words[0]?.raw ?? ''}>`;
}

/** The last USER before the instruction along its stage's chain (ONBUILD triggers: in their own stage). */
function userAt(model: Model, instruction: Instruction): Instruction | undefined {
  const stage = instruction.stage;
  if (!stage) return undefined;
  for (const s of model.chain(stage)) {
    for (let k = s.instructions.length - 1; k >= 0; k--) {
      const i = s.instructions[k];
      if (i && i.keyword === 'USER' && !i.onbuild && i.index < instruction.index) return i;
    }
  }
  return undefined;
}
