import { defineRule } from '../define.ts';
import { parseDockerignore } from '../../engine/dockerignore.ts';
import { secretsMatchedBy } from '../lib/context.ts';

export default defineRule({
  id: 'dockerignore-reincludes-secret',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Do not re-include secrets with a ! exception',
  rationale:
    'In .dockerignore the last matching line wins, so an exception such as !*.key or !config/.env puts secrets back into the context after an earlier line excluded them. ' +
    'Re-include only what the build needs, by exact path, and pass real secrets with RUN --mount=type=secret. ' +
    'An exception counts only where a line before it excluded the secret-looking files it matches and no later line excludes them again (!licenses/* with nothing secret excluded before it brings nothing back).',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n**/*.key\n!deploy/*.key\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n**/*.key\n!templates/\n' }],
  docs: [{ title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' }],
  sources: [],
  check({ model, report }) {
    const ignore = model.dockerignore;
    const text = model.dockerignoreText;
    if (!ignore || typeof text !== 'string') return;
    for (const p of ignore.patterns) {
      if (!p.exclusion || p.error || !p.match) continue;
      const names = secretsMatchedBy(p.pattern);
      if (names.length === 0) continue;
      // A secret-looking path the exception matches (deploy/server.key for !deploy/*.key, a glob
      // folder read as "a"), counted only where a line before it excluded that path and no later
      // line excludes it again: otherwise the exception brings no secret back.
      const folders = p.pattern.replace(/\/+$/, '').split('/').slice(0, -1).map((s) => (/[*?[\\]/.test(s) ? 'a' : s));
      const before = parseDockerignore(text.slice(0, p.start));
      const back = names
        .map((name) => [...folders, name].join('/'))
        .filter((path) => p.match?.(path) && before.ignores(path) && !ignore.ignores(path));
      if (back.length === 0) continue;
      report({ start: p.start, end: p.end, file: 'dockerignore', message: `${p.text} puts secret files back into the context (for example ${back[0]}), after an earlier line excluded them: re-include only the exact files the build needs.` });
    }
  },
});
