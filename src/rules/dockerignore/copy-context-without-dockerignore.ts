import { defineRule } from '../define.ts';
import { contextMisjudged } from '../lib/context.ts';
import { copyArgs, isWholeContext } from '../lib/copy.ts';

export default defineRule({
  id: 'copy-context-without-dockerignore',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Add a .dockerignore before copying the whole context',
  rationale:
    'COPY . . copies everything in the build context into the image: .git, node_modules, local builds, logs and any .env file or key lying around. Without a .dockerignore, all of it is sent to the builder on every build, ' +
    'invalidates the cache whenever any file changes, and may end up in a layer. Add a .dockerignore next to the context (or <Dockerfile>.dockerignore) that keeps these out. ' +
    'Quiet when the file shows the build runs from a folder above the Dockerfile\'s (COPY deploy/run.sh in deploy/Dockerfile, or COPY . /app and then ./deploy/run.sh from /app): that folder\'s .dockerignore was not read. ' +
    'Quiet too when, without --context, the Dockerfile\'s folder is a subfolder of a repository whose root has a .dockerignore: docker build -f docker/Dockerfile . from the root would read it.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY . .\n', dockerignore: null }],
  valid: [
    { code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY . .\n', dockerignore: '.git\n**/.env*\n**/*.key\n**/*.pem\n**/id_rsa*\n' },
    { code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY go.mod go.sum ./\n', dockerignore: null },
    // docker/Dockerfile with no .dockerignore beside it, in a repository whose root has one.
    { code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY . .\n', dockerignore: null, context: { guessed: { fromRoot: 'docker', rootDockerignore: true } } },
  ],
  docs: [
    { title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' },
    { title: 'Docker build best practices: Exclude with .dockerignore', url: 'https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore' },
  ],
  sources: [],
  check({ model, options, report }) {
    if (model.dockerignoreText !== null) return;
    // COPY deploy/app.sh in deploy/Dockerfile: the build runs from the repository root, whose .dockerignore was not read.
    if (contextMisjudged(model, options.context)) return;
    // The guess took a subfolder (docker/, services/api/) that has no .dockerignore, while the
    // repository's root has one: a build from the root, which would read it, is as likely.
    const guessed = options.context?.guessed;
    if (guessed?.rootDockerignore && guessed.fromRoot) return;
    for (const i of model.of('COPY', 'ADD')) {
      if (i.flag('from')) continue;
      const whole = copyArgs(i).sources.find((s) => isWholeContext(s.value));
      if (!whole) continue;
      report({ start: whole.start, end: whole.end, instruction: i, message: `${i.keyword} ${whole.value} copies the whole build context, and there is no .dockerignore: add one that excludes .git, dependencies, build output and secrets.` });
    }
  },
});
