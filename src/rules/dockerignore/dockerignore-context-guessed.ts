import { defineRule } from '../define.ts';
import { sourceOutsideGuessedContext } from '../lib/context.ts';

export default defineRule({
  id: 'dockerignore-context-guessed',
  practice: 'dockerignore',
  severity: 'info',
  title: 'Lint with the build\'s context when COPY reaches outside the Dockerfile\'s folder',
  rationale:
    'COPY and ADD read their sources from the root of the build context, not from the Dockerfile\'s folder, and BuildKit drops a leading ../ rather than leave the context. ' +
    'So COPY ../shared ./, or a path such as services/api/go.mod in services/api/Dockerfile, only works when the build runs from a folder above (docker build -f services/api/Dockerfile .), and then that folder\'s .dockerignore applies. ' +
    'So does a file that copies the whole context (COPY . /app) and then runs ./services/api/run.sh from it: the context holds the Dockerfile\'s folder. ' +
    'Without --context the CLI takes the Dockerfile\'s folder for the context: pass the folder the build runs from, so the .dockerignore findings judge the file the build reads.',
  invalid: [
    { code: 'FROM alpine:3.24\nCOPY ../shared /app/shared\n', dockerignore: '.git\n', context: { guessed: { fromRoot: 'services/api' } } },
    { code: 'FROM alpine:3.24\nCOPY services/api/app.sh /usr/local/bin/\n', dockerignore: '.git\n', context: { files: ['Dockerfile', 'app.sh'], guessed: { fromRoot: 'services/api' } } },
  ],
  valid: [
    // The folder holds what the COPY names: it is the context.
    { code: 'FROM alpine:3.24\nCOPY app.sh /usr/local/bin/\n', dockerignore: '.git\n', context: { files: ['Dockerfile', 'app.sh'], guessed: { fromRoot: 'services/api' } } },
  ],
  docs: [
    { title: 'Docker docs: Build context', url: 'https://docs.docker.com/build/concepts/context/' },
    { title: 'Dockerfile reference: COPY', url: 'https://docs.docker.com/reference/dockerfile/#copy' },
  ],
  sources: [],
  check({ model, options, report }) {
    const outside = sourceOutsideGuessedContext(model, options.context);
    if (!outside) return;
    const { instruction, source, kind, levels } = outside;
    const fromRoot = options.context?.guessed?.fromRoot ?? '';
    const folder = fromRoot === '' ? 'the Dockerfile\'s folder' : `${fromRoot}/`;
    const up = Array.from({ length: levels }, () => '..').join('/');
    const named = `${instruction.keyword} ${source.raw}`;
    const what =
      kind === 'copied'
        ? `${instruction.keyword} uses ${source.raw}, a path in what the ${outside.copy?.keyword ?? 'COPY'} on line ${outside.copy ? model.lines.position(outside.copy.keywordStart).line : '?'} copied from the context: the context holds ${folder}, the Dockerfile's own folder, so the build must run from a folder above`
        : kind === '..'
          ? `${named} climbs out of ${folder}, but COPY reads paths from the context's root: the build must run from a folder above`
          : options.context?.files
            ? `${named} reads like a path from the repository root (${folder} holds no ${fromRoot.split('/')[0] ?? ''}/): the build must run from there`
            : `${named} starts with the Dockerfile's own folder, ${folder}, as a path from the repository root does: the build must run from there`;
    const read = model.dockerignoreText === null ? `${folder} has none` : `not the one read from ${folder}`;
    report({
      start: source.start,
      end: source.end,
      instruction,
      message: `${what}, and that folder's .dockerignore applies (${read}). Without --context this lint took ${folder} for the build context: pass the folder the build runs from (${up} from the Dockerfile's) with --context.`,
    });
  },
});
