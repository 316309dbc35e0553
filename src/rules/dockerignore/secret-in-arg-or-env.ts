import { defineRule } from '../define.ts';
import { keyValues } from '../../engine/model.ts';

const secret = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const allowed = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return secret.test(name) && !allowed.test(name);
}

export default defineRule({
  id: 'secret-in-arg-or-env',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Do not pass secrets with ARG or ENV',
  rationale:
    'ENV values are stored in the image configuration, and ARG values in its build history: docker history and docker inspect show them to anyone who can pull the image. ' +
    'Like a key file copied into a layer, a token passed this way leaks. Mount secrets only for the step that needs them: RUN --mount=type=secret,id=npm_token ...',
  invalid: [{ code: 'FROM node:22-alpine\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\n' }],
  valid: [{ code: 'FROM node:22-alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' }, { code: 'FROM node:22-alpine\nENV PUBLIC_KEY_FILE=/etc/app/key.pub\n' }],
  docs: [
    { title: 'Docker docs: Build secrets', url: 'https://docs.docker.com/build/building/secrets/' },
    { title: 'Dockerfile reference: ARG', url: 'https://docs.docker.com/reference/dockerfile/#arg' },
  ],
  sources: [{ id: 'buildkit:SecretsUsedInArgOrEnv', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('ARG', 'ENV')) {
      for (const kv of keyValues(i)) {
        if (!isSecretName(kv.key)) continue;
        report({
          start: kv.word.start,
          end: kv.word.start + Math.max(1, kv.key.length),
          instruction: i,
          message: `${kv.key} looks like a secret, and ${i.keyword} values stay readable in the image: use RUN --mount=type=secret instead.`,
        });
      }
    }
  },
});
