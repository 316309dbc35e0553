import { defineRule } from '../define.ts';

export default defineRule({
  id: 'dockerignore-invalid-pattern',
  practice: 'dockerignore',
  severity: 'error',
  title: 'Write valid .dockerignore patterns',
  rationale:
    '.dockerignore patterns use Go\'s filepath.Match syntax plus **: *, ?, [a-z] classes and \\ escapes. An unclosed [ , a trailing \\ or a lone ! is a syntax error, and the build fails before it starts.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n[abc\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n[abc]*.log\n' }],
  docs: [
    { title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' },
    { title: 'Go standard library: filepath.Match (the pattern syntax)', url: 'https://pkg.go.dev/path/filepath#Match' },
  ],
  sources: [],
  check({ model, report }) {
    const ignore = model.dockerignore;
    if (!ignore) return;
    for (const p of ignore.patterns) {
      if (!p.error) continue;
      report({ start: p.start, end: p.end, file: 'dockerignore', message: `Invalid pattern "${p.text}": ${p.error}.` });
    }
  },
});
