import { defineRule } from '../define.ts';
import { portSpecs } from '../lib/expose.ts';

export default defineRule({
  id: 'invalid-port-protocol',
  practice: 'expose-ports',
  severity: 'error',
  title: 'EXPOSE only tcp, udp or sctp',
  rationale: 'EXPOSE 3000 means 3000/tcp. The only other protocols are udp and sctp; any other suffix fails the build with "invalid proto".',
  invalid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000/http\n' }],
  valid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000 3000/udp\n' }],
  docs: [{ title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' }],
  sources: [{ id: 'dockerfile-utils:INVALID_PROTO', match: 'same' }],
  check({ model, report }) {
    for (const spec of portSpecs(model)) {
      const proto = spec.protocol?.toLowerCase();
      if (!proto || proto === 'tcp' || proto === 'udp' || proto === 'sctp') continue;
      report({ start: spec.word.start, end: spec.word.end, instruction: spec.instruction, message: `"${spec.protocol}" is not a protocol EXPOSE knows: use tcp (the default), udp or sctp.` });
    }
  },
});
