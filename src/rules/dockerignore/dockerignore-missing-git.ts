import { defineRule } from '../define.ts';
import { firstLine } from '../lib/context.ts';

export default defineRule({
  id: 'dockerignore-missing-git',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Exclude .git from the build context',
  rationale:
    'The .git folder holds the whole history of the project, often larger than the code itself, and it changes with every commit, so COPY . . never hits the cache. ' +
    'It can also leak old secrets from history. List .git in .dockerignore.',
  invalid: [{ code: 'FROM alpine:3.21\nCOPY . /src/\n', dockerignore: 'node_modules\n' }],
  valid: [{ code: 'FROM alpine:3.21\nCOPY . /src/\n', dockerignore: '.git\nnode_modules\n' }],
  docs: [{ title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' }],
  sources: [],
  check({ model, report }) {
    const ignore = model.dockerignore;
    const text = model.dockerignoreText;
    if (!ignore || typeof text !== 'string' || ignore.ignores('.git')) return;
    report({ ...firstLine(text), file: 'dockerignore', message: '.dockerignore does not exclude .git: add a line with .git.' });
  },
});
