import { defineRule } from '../define.ts';
import type { Model } from '../../engine/model.ts';
import { finalUser, isRootUser, lastInChain } from '../lib/stages.ts';

const shells = new Set(['sh', 'bash', 'zsh', 'ash', 'fish', 'dash', 'ksh']);

/** True if the final stage starts a bare interactive shell (ENTRYPOINT ["/bin/zsh"], CMD ["--login"]). */
function startsShell(model: Model): boolean {
  const final = model.finalStage;
  if (!final) return false;
  const start = lastInChain(final, 'ENTRYPOINT') ?? lastInChain(final, 'CMD');
  const words = start?.json?.map((j) => j.value) ?? [];
  const program = words[0] ?? '';
  return shells.has(program.slice(program.lastIndexOf('/') + 1)) && words.slice(1).every((w) => w.startsWith('-'));
}

export default defineRule({
  id: 'user-not-numeric',
  practice: 'non-root-user',
  severity: 'info',
  title: 'Prefer a numeric USER UID:GID',
  rationale:
    'Kubernetes\' runAsNonRoot can only verify a numeric user: with USER app it cannot tell whether "app" is root, and refuses to start the pod. ' +
    'A numeric UID:GID also works in images without /etc/passwd, such as scratch. Write USER 1001:1001 for the user you created. ' +
    'Quiet for an interactive shell or interpreter image (ENTRYPOINT ["/bin/zsh"]), which a person runs rather than Kubernetes.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN adduser -D -u 1001 app\nUSER app\n' }],
  valid: [{ code: 'FROM alpine:3.24\nRUN adduser -D -u 1001 app\nUSER 1001:1001\n' }],
  docs: [{ title: 'Dockerfile reference: USER', url: 'https://docs.docker.com/reference/dockerfile/#user' }],
  sources: [{ id: 'hadolint:DL3066', match: 'same' }],
  disagreement: 'hadolint checks every USER; we check the last USER of the final stage, the one the container runs as.',
  check({ model, report }) {
    const user = finalUser(model);
    if (!user || isRootUser(user.value) || /^\d+(:\d+)?$/.test(user.value)) return;
    // An interactive shell or interpreter image (ENTRYPOINT ["/bin/zsh"]) is run by a person, not
    // scheduled by Kubernetes: runAsNonRoot has nothing to verify.
    if (startsShell(model)) return;
    report({ start: user.start, end: user.end, instruction: user.instruction, message: `USER ${user.value} is a name: use its numeric UID:GID (for example 1001:1001) so runAsNonRoot can verify it.` });
  },
});
