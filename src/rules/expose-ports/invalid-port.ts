import { defineRule } from '../define.ts';
import { isValidPortOrRange, portSpecs } from '../lib/expose.ts';

export default defineRule({
  id: 'invalid-port',
  practice: 'expose-ports',
  severity: 'error',
  title: 'EXPOSE a port between 0 and 65535',
  rationale:
    'A port is a number from 0 to 65535, or a range such as 8000-8010 with the smaller number first. Anything else makes the build fail with "invalid containerPort" or "invalid range".',
  invalid: [{ code: 'FROM alpine:3.24\nEXPOSE 80000\n' }, { code: 'FROM alpine:3.24\nEXPOSE 8000-\n' }],
  valid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000\n' }, { code: 'FROM alpine:3.24\nEXPOSE 8000-8010/udp\n' }],
  docs: [{ title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' }],
  sources: [
    { id: 'dockerfile-utils:INVALID_PORT', match: 'same' },
    { id: 'hadolint:DL3011', match: 'same' },
    { id: 'trivy:DS-0008', match: 'same' },
  ],
  disagreement:
    'dockerfile-utils checks the shape of a port but not its range, so it accepts EXPOSE 80000 (and 8080\\ continued by 8081, which the builder joins into 80808081). Like hadolint and the builder itself, we reject ports above 65535.',
  check({ model, report }) {
    for (const spec of portSpecs(model)) {
      // ip:host:container: the IP is no port.
      let bad: string | undefined;
      for (let k = spec.parts.length === 3 ? 1 : 0; k < spec.parts.length && bad === undefined; k++) {
        const part = spec.parts[k] ?? '';
        if (!isValidPortOrRange(part)) bad = part;
      }
      if (bad === undefined) continue;
      report({
        start: spec.word.start,
        end: spec.word.end,
        instruction: spec.instruction,
        message: `"${bad}" is not a valid port: use a number from 0 to 65535, or a range such as 8000-8010.`,
      });
    }
  },
});
