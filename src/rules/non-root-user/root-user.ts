import { defineRule } from '../define.ts';
import { finalUser, isRootUser } from '../lib/stages.ts';
import { addUserFix, nonRootUser } from '../lib/user.ts';

export default defineRule({
  id: 'root-user',
  practice: 'non-root-user',
  severity: 'warning',
  fix: 'unsafe',
  title: 'The last USER of the final stage must not be root',
  rationale:
    'Switching to root to install packages is fine, but the last USER of the final stage is the user the container runs as. USER root, USER 0 or USER 0:0 there means the app runs as root. ' +
    'Switch back to the app\'s non-root UID:GID after the steps that need root.',
  invalid: [
    {
      code: 'FROM alpine:3.24\nUSER root\nRUN apk add --no-cache curl\nENTRYPOINT ["/app/app"]\n',
      output: 'FROM alpine:3.24\nUSER root\nRUN apk add --no-cache curl\nUSER 1001:1001\nENTRYPOINT ["/app/app"]\n',
    },
  ],
  valid: [{ code: 'FROM alpine:3.24\nUSER root\nRUN apk add --no-cache curl\nUSER 1001:1001\nENTRYPOINT ["/app/app"]\n' }],
  docs: [
    { title: 'Docker build best practices: USER', url: 'https://docs.docker.com/build/building/best-practices/#user' },
    { title: 'Dockerfile reference: USER', url: 'https://docs.docker.com/reference/dockerfile/#user' },
  ],
  sources: [
    { id: 'hadolint:DL3002', match: 'same' },
    { id: 'checkov:CKV_DOCKER_8', match: 'same' },
    { id: 'trivy:DS-0002', match: 'same' },
  ],
  disagreement:
    'hadolint also warns when an intermediate stage ends as root. We only look at the final stage (and the stages it is built FROM): a builder that runs as root ships nothing but the files the final stage copies.',
  check({ model, report }) {
    const user = finalUser(model);
    const final = model.finalStage;
    if (!user || !isRootUser(user.value) || !final) return;
    const nonRoot = nonRootUser(final);
    const fix = addUserFix(model, final, nonRoot, user.instruction);
    report({ start: user.start, end: user.end, instruction: user.instruction, message: `The container runs as ${user.value}: end the final stage with a non-root USER such as ${nonRoot}.`, fix });
  },
});
