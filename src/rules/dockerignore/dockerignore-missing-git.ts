import { defineRule } from '../define.ts';
import { contextMisjudged, firstLine } from '../lib/context.ts';
import { runs } from '../lib/commands.ts';
import { copiesWholeContext } from '../lib/copy.ts';

const readsGitHistory = /\bgit\s+(?:describe|rev-parse|log|show|rev-list)\b/;

export default defineRule({
  id: 'dockerignore-missing-git',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Exclude .git from the build context',
  rationale:
    'The .git folder holds the whole history of the project, often larger than the code itself, and it changes with every commit, so COPY . . never hits the cache. ' +
    'It can also leak old secrets from history. List .git in .dockerignore. ' +
    'Quiet when the build asks git for its version (git describe) or runs make, whose Makefile often does, when the caller says the context is not a repository root (it holds no .git), and when a COPY shows the build runs from a folder above the one whose .dockerignore was read (COPY deploy/run.sh in deploy/Dockerfile).',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: 'node_modules\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\nnode_modules\n' },
    // Only named files are copied, so .git never leaves the client.
    { code: 'FROM alpine:3.24\nCOPY app.sh /usr/local/bin/\n', dockerignore: 'node_modules\n' },
    // The build reads its version from git: .git is needed in the context.
    { code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY . .\nRUN go build -ldflags "-X main.version=$(git describe --tags)" .\n', dockerignore: 'bin\n' },
  ],
  docs: [{ title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' }],
  sources: [],
  check({ model, options, report }) {
    const ignore = model.dockerignore;
    const text = model.dockerignoreText;
    if (!ignore || typeof text !== 'string' || ignore.ignores('.git')) return;
    // A context that is a subfolder of a repository (docker build sub/) has no .git to send.
    if (options.context?.repositoryRoot === false) return;
    // The build runs from a folder above the one whose .dockerignore was read.
    if (contextMisjudged(model, options.context)) return;
    // BuildKit sends only the files a COPY names: .git reaches the builder with the whole
    // context (COPY . .). A Dockerfile that copies named files never sends it.
    if (!model.instructions.some(copiesWholeContext)) return;
    // A build that asks git for its version (git describe, git rev-parse) needs .git in the context.
    if (model.of('RUN').some((i) => readsGitHistory.test(i.args.text) || i.heredocs.some((h) => readsGitHistory.test(h.body)))) return;
    // A build driven by make from the copied context: Makefiles often stamp the version with git
    // describe, which the linter cannot see, and excluding .git would drop it.
    if (runs(model, 'make')) return;
    report({ ...firstLine(text), file: 'dockerignore', message: '.dockerignore does not exclude .git: add a line with .git.' });
  },
});
