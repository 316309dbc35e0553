import { defineRule } from '../define.ts';
import { execFormProblem } from '../lib/exec-form.ts';

/** The elements of a JSON array that are not strings, as written: `["nested"]`, `5`. */
function notStrings(raw: string): string {
  const values = JSON.parse(raw) as unknown[];
  const others = values.filter((v) => typeof v !== 'string').map((v) => JSON.stringify(v));
  return `${others.slice(0, 2).join(' and ')}${others.length > 2 ? ` and ${others.length - 2} more` : ''} ${others.length === 1 ? 'is not a string' : 'are not strings'}`;
}

export default defineRule({
  id: 'invalid-json-form',
  practice: 'signal-handling',
  severity: 'error',
  fix: 'safe',
  title: 'Write the exec form as valid JSON',
  rationale:
    'The exec form must be a JSON array of double-quoted strings. Anything else (single quotes, a trailing comma, a backslash that is not a JSON escape, a number or a nested array) is silently treated as shell form: ENTRYPOINT [\'./app\'] runs /bin/sh -c "[\'./app\']", which fails at start-up, or in a shell-less image, cannot start at all.',
  invalid: [{ code: "FROM alpine:3.24\nENTRYPOINT ['/app/app']\n", output: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\n' }],
  valid: [{ code: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\n' }, { code: 'FROM alpine:3.24\nRUN [ -f /etc/os-release ] && cat /etc/os-release\n' }],
  docs: [{ title: 'Dockerfile reference: Shell and exec form', url: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form' }],
  sources: [{ id: 'dockerfile-utils:JSON_IN_SINGLE_QUOTES', match: 'same' }],
  check({ model, report }) {
    for (const i of model.instructions) {
      const problem = execFormProblem(i);
      if (problem === null) continue;
      const text = i.shellText;
      const begin = text.text.length - text.text.trimStart().length;
      const end = text.text.trimEnd().length;
      const raw = text.text.slice(begin, end);
      let fixed: string | null = null;
      if (problem === 'quotes' && /^\[\s*'/.test(raw) && !raw.includes('"')) {
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
        message:
          problem === 'not-strings'
            ? `This is valid JSON but not an array of strings (${notStrings(raw)}), so ${i.keyword} runs it as a shell command: write every element as a double-quoted string.`
            : `This is not valid JSON (${problem === 'quotes' ? 'single quotes' : 'check quotes, commas and backslashes'}), so ${i.keyword} runs it as a shell command: ${fixed ? `use double quotes, ${fixed}` : 'write a JSON array of double-quoted strings'}.`,
        fix: fixed ? { title: 'Use double quotes', edits: [{ start: i.shellOffset(begin), end: i.shellOffset(end - 1) + 1, text: fixed }] } : undefined,
      });
    }
  },
});
