import { defineRule } from '../define.ts';
import { copyArgs, isGitSource, isUrl, isWholeContext } from '../lib/copy.ts';

export default defineRule({
  id: 'copy-ignored-file',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Do not COPY what .dockerignore excludes',
  rationale:
    'Files excluded by .dockerignore never reach the builder. A COPY of such a file fails with "not found", or, for a folder, silently copies less than the reader expects. ' +
    'Either copy something else or stop excluding it. (Like BuildKit, this is only checked when the .dockerignore has no ! exceptions, which make it hard to tell statically.)',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY config.local.json /app/\n', dockerignore: '.git\n*.local.json\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY config.json /app/\n', dockerignore: '.git\n*.local.json\n' }],
  docs: [{ title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' }],
  sources: [{ id: 'buildkit:CopyIgnoredFile', match: 'same' }],
  check({ model, report }) {
    const ignore = model.dockerignore;
    if (!ignore || ignore.hasExclusions) return;
    for (const i of model.of('COPY', 'ADD')) {
      if (i.flag('from')) continue;
      for (const s of copyArgs(i).sources) {
        if (s.heredoc || s.hasVariable || isUrl(s.value) || isGitSource(s.value)) continue;
        const path = s.value.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
        const excluded = isWholeContext(s.value) ? ignore.ignores('a') && ignore.ignores('Dockerfile') : path !== '' && ignore.ignores(path);
        if (!excluded) continue;
        report({ start: s.start, end: s.end, instruction: i, message: `${s.value} is excluded by .dockerignore, so ${i.keyword} cannot see it: copy something else or stop excluding it.` });
      }
    }
  },
});
