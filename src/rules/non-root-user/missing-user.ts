import { defineRule } from '../define.ts';
import { defaultsToNonRoot, rootRef } from '../lib/images.ts';
import { lastInChain } from '../lib/stages.ts';
import { addUserFix, nonRootUser } from '../lib/user.ts';

export default defineRule({
  id: 'missing-user',
  practice: 'non-root-user',
  severity: 'warning',
  fix: 'unsafe',
  title: 'Switch to a non-root USER in the final stage',
  rationale:
    'Without a USER instruction, a container runs as root (UID 0), the user of almost every base image. A flaw in the app then acts as root inside the container, one step from the host. ' +
    'USER only lasts until the end of its stage: a USER in the builder does not carry over to a final stage started FROM another image. ' +
    'Create a user with a fixed UID and GID and end the final stage with USER 1001:1001; distroless :nonroot images already run as 65532.',
  invalid: [
    { code: 'FROM alpine:3.24\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n', output: 'FROM alpine:3.24\nCOPY app /app/app\nUSER 1001:1001\nENTRYPOINT ["/app/app"]\n' },
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nUSER 1001\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n' },
  ],
  valid: [
    { code: 'FROM alpine:3.24\nRUN adduser -D -u 1001 app\nCOPY app /app/app\nUSER 1001:1001\nENTRYPOINT ["/app/app"]\n' },
    { code: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' },
  ],
  docs: [
    { title: 'Docker build best practices: USER', url: 'https://docs.docker.com/build/building/best-practices/#user' },
    { title: 'Dockerfile reference: USER', url: 'https://docs.docker.com/reference/dockerfile/#user' },
  ],
  sources: [
    { id: 'checkov:CKV_DOCKER_3', match: 'same' },
    { id: 'trivy:DS-0002', match: 'same' },
  ],
  check({ model, report }) {
    const final = model.finalStage;
    if (!final?.from || lastInChain(model, final, 'USER')) return;
    if (defaultsToNonRoot(rootRef(model, final))) return;
    const chain = model.chain(final);
    const elsewhere = model.stages.find((s) => !chain.includes(s) && s.instructions.some((i) => i.keyword === 'USER' && !i.onbuild));
    const at = final.imageWord ?? { start: final.from.keywordStart, end: final.from.keywordEnd };
    const user = nonRootUser(model, final);
    report({
      start: at.start,
      end: at.end,
      instruction: final.from,
      message: elsewhere
        ? `USER is set only in stage "${elsewhere.name ?? elsewhere.index}", and USER ends with its stage: the final stage runs as root. Add USER ${user} (a non-root UID:GID) to the final stage.`
        : `The final stage sets no USER, so the container runs as root: add USER ${user} (a non-root UID:GID) at the end of the final stage.`,
      fix: addUserFix(model, final),
    });
  },
});
