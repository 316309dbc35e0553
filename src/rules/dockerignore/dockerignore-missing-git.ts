import { defineRule } from '../define.ts';
import { firstLine } from '../lib/context.ts';
import { copiesWholeContext } from '../lib/copy.ts';

export default defineRule({
  id: 'dockerignore-missing-git',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Exclude .git from the build context',
  rationale:
    'The .git folder holds the whole history of the project, often larger than the code itself, and it changes with every commit, so COPY . . never hits the cache. ' +
    'It can also leak old secrets from history. List .git in .dockerignore.',
  invalid: [{ code: 'FROM alpine:3.21\nCOPY . /src/\n', dockerignore: 'node_modules\n' }],
  valid: [
    { code: 'FROM alpine:3.21\nCOPY . /src/\n', dockerignore: '.git\nnode_modules\n' },
    // Only named files are copied, so .git never leaves the client.
    { code: 'FROM alpine:3.21\nCOPY app.sh /usr/local/bin/\n', dockerignore: 'node_modules\n' },
  ],
  docs: [{ title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' }],
  sources: [],
  check({ model, report }) {
    const ignore = model.dockerignore;
    const text = model.dockerignoreText;
    if (!ignore || typeof text !== 'string' || ignore.ignores('.git')) return;
    // BuildKit sends only the files a COPY names: .git reaches the builder with the whole
    // context (COPY . .). A Dockerfile that copies named files never sends it, and in a
    // subfolder context (docker build sub/) there is no .git to send at all.
    if (!model.instructions.some(copiesWholeContext)) return;
    report({ ...firstLine(text), file: 'dockerignore', message: '.dockerignore does not exclude .git: add a line with .git.' });
  },
});
