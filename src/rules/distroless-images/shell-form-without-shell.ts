import { defineRule } from '../define.ts';
import type { Instruction } from '../../engine/model.ts';
import { displayRef, isShellLess, rootRef } from '../lib/images.ts';
import { toExecForm } from '../lib/exec-form.ts';
import { shellAt } from '../lib/stages.ts';

/** The exec form to write, from the instruction itself where it is one simple command. */
function execAdvice(i: Instruction): string {
  const exec = i.keyword === 'HEALTHCHECK' ? null : toExecForm(i);
  if (exec) return `use the exec form, ${exec}`;
  return `use the exec form, ${i.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD ' : ''}a JSON array of the program and its arguments, without shell syntax ($VAR, pipes, &&) that only a shell understands`;
}

export default defineRule({
  id: 'shell-form-without-shell',
  practice: 'distroless-images',
  severity: 'error',
  title: 'No shell-form instructions on a shell-less image',
  rationale:
    'scratch and distroless images have no /bin/sh. A shell-form RUN fails the build with "exec: /bin/sh: no such file or directory"; a shell-form CMD, ENTRYPOINT or HEALTHCHECK fails when the container starts or is checked. ' +
    'Do the work in the builder stage, and use the exec form: ENTRYPOINT ["/app/app"], HEALTHCHECK CMD ["/app/app", "-healthcheck"].',
  invalid: [{ code: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app/app\nRUN chmod +x /app/app\nENTRYPOINT /app/app\n' }],
  valid: [{ code: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY --chmod=755 app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  docs: [
    { title: 'Dockerfile reference: Shell and exec form', url: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form' },
    { title: 'Distroless container images', url: 'https://github.com/GoogleContainerTools/distroless' },
  ],
  sources: [],
  check({ model, report }) {
    for (const stage of model.stages) {
      const ref = rootRef(stage);
      if (!isShellLess(ref) || ref === null) continue;
      for (const i of stage.instructions) {
        if (!['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(i.keyword) || i.json !== null || i.onbuild) continue;
        if (i.keyword === 'HEALTHCHECK' && (i.words[0]?.raw.toUpperCase() !== 'CMD')) continue;
        if (i.shellText.text.trim() === '' || shellAt(model, i) !== null) continue;
        report({
          start: i.keywordStart,
          end: i.keywordEnd,
          instruction: i,
          message:
            i.keyword === 'RUN'
              ? `${displayRef(ref)} has no shell, so this RUN fails: do this work in the builder stage.`
              : `${displayRef(ref)} has no shell, so shell-form ${i.keyword} cannot run: ${execAdvice(i)}.`,
        });
      }
    }
  },
});
