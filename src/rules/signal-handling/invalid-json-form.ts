import { defineRule } from '../define.ts';
import { isBrokenExecForm } from '../lib/exec-form.ts';

export default defineRule({
  id: 'invalid-json-form',
  practice: 'signal-handling',
  severity: 'error',
  fix: 'safe',
  title: 'Write the exec form as valid JSON',
  rationale:
    'The exec form must be a JSON array of double-quoted strings. Anything else (single quotes, a trailing comma, a backslash that is not a JSON escape) is silently treated as shell form: ENTRYPOINT [\'./app\'] runs /bin/sh -c "[\'./app\']", which fails at start-up, or in a shell-less image, cannot start at all.',
  invalid: [{ code: "FROM alpine:3.24\nENTRYPOINT ['/app/app']\n", output: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\n' }],
  valid: [{ code: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\n' }, { code: 'FROM alpine:3.24\nRUN [ -f /etc/os-release ] && cat /etc/os-release\n' }],
  docs: [{ title: 'Dockerfile reference: Shell and exec form', url: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form' }],
  sources: [{ id: 'dockerfile-utils:JSON_IN_SINGLE_QUOTES', match: 'same' }],
  check({ model, report }) {
    for (const i of model.instructions) {
      if (!isBrokenExecForm(i)) continue;
      const text = i.shellText;
      const begin = text.text.length - text.text.trimStart().length;
      const end = text.text.trimEnd().length;
      const raw = text.text.slice(begin, end);
      let fixed: string | null = null;
      if (/^\[\s*'/.test(raw) && !raw.includes('"')) {
        const candidate = raw.replace(/'/g, '"').replace(/,\s*\]$/, ']');
        try {
          const array: unknown = JSON.parse(candidate);
          // ADD and COPY need a source and a destination: one string would be a new error.
          if (Array.isArray(array) && array.length >= (i.keyword === 'ADD' || i.keyword === 'COPY' ? 2 : 1)) fixed = candidate;
        } catch {
          fixed = null;
        }
      }
      report({
        start: i.shellOffset(begin),
        end: i.shellOffset(end - 1) + 1,
        instruction: i,
        message: `This is not valid JSON (${/'/.test(raw) ? 'single quotes' : 'check quotes, commas and backslashes'}), so ${i.keyword} runs it as a shell command: ${fixed ? `use double quotes, ${fixed}` : 'write a JSON array of double-quoted strings'}.`,
        fix: fixed ? { title: 'Use double quotes', edits: [{ start: i.shellOffset(begin), end: i.shellOffset(end - 1) + 1, text: fixed }] } : undefined,
      });
    }
  },
});
