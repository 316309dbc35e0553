import { defineRule } from '../define.ts';
import { displayRef, isDebugVariant, rootRef } from '../lib/images.ts';

export default defineRule({
  id: 'debug-image-in-final-stage',
  practice: 'distroless-images',
  severity: 'warning',
  title: 'Do not ship a :debug image',
  rationale:
    'Distroless :debug variants add a busybox shell for troubleshooting. In production that shell is exactly what distroless removes: an intruder\'s first tool. ' +
    'Ship the plain or :nonroot variant, and debug with docker debug or an ephemeral container (kubectl debug).',
  invalid: [{ code: 'FROM gcr.io/distroless/static-debian13:debug\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  valid: [{ code: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  docs: [{ title: 'Distroless container images (README: debug images)', url: 'https://github.com/GoogleContainerTools/distroless' }],
  sources: [],
  check({ model, report }) {
    const final = model.finalStage;
    if (!final) return;
    const ref = rootRef(final);
    if (!isDebugVariant(ref) || ref === null) return;
    const w = final.imageWord;
    report({
      start: w?.start ?? final.from?.keywordStart ?? 0,
      end: w?.end ?? final.from?.keywordEnd ?? 0,
      instruction: final.from,
      message: `${displayRef(ref)} includes a busybox shell for debugging: ship the :nonroot variant and debug with docker debug or kubectl debug.`,
    });
  },
});
