import { defineRule } from '../define.ts';
import { secretsMatchedBy } from '../lib/context.ts';

export default defineRule({
  id: 'dockerignore-reincludes-secret',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Do not re-include secrets with a ! exception',
  rationale:
    'In .dockerignore the last matching line wins, so an exception such as !*.key or !config/.env puts secrets back into the context after an earlier line excluded them. ' +
    'Re-include only what the build needs, by exact path, and pass real secrets with RUN --mount=type=secret.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n**/*.key\n!deploy/*.key\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n**/*.key\n!templates/\n' }],
  docs: [{ title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' }],
  sources: [],
  check({ model, report }) {
    const ignore = model.dockerignore;
    if (!ignore) return;
    for (const p of ignore.patterns) {
      if (!p.exclusion || p.error) continue;
      const secrets = secretsMatchedBy(p.pattern);
      if (secrets.length === 0) continue;
      report({ start: p.start, end: p.end, file: 'dockerignore', message: `${p.text} puts secret files back into the context (for example ${secrets[0]}): re-include only the exact files the build needs.` });
    }
  },
});
