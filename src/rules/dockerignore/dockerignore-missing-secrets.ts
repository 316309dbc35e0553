import { defineRule } from '../define.ts';
import { firstLine, secretProbes } from '../lib/context.ts';

export default defineRule({
  id: 'dockerignore-missing-secrets',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Exclude secrets from the build context',
  rationale:
    'A .env file or a private key in the project folder is sent to the builder with the context, and COPY . . writes it into a layer, where anyone who pulls the image can read it, even if a later step deletes it. ' +
    'Exclude them in .dockerignore (**/.env*, **/*.key, **/*.pem, **/id_rsa*) and pass build secrets with RUN --mount=type=secret.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n**/.env*\n**/*.key\n**/*.pem\n**/id_rsa*\n' }],
  docs: [
    { title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' },
    { title: 'Docker docs: Build secrets', url: 'https://docs.docker.com/build/building/secrets/' },
  ],
  sources: [],
  check({ model, report }) {
    const ignore = model.dockerignore;
    const text = model.dockerignoreText;
    if (!ignore || typeof text !== 'string') return;
    const missing = secretProbes.filter((p) => !ignore.ignores(p.path));
    if (missing.length === 0) return;
    report({
      ...firstLine(text),
      file: 'dockerignore',
      message: `.dockerignore does not exclude ${missing.map((m) => m.what).join(', ')}: add ${missing.map((m) => m.pattern).join(', ')}.`,
    });
  },
});
