import { defineRule } from '../define.ts';
import { portSpecs } from '../lib/expose.ts';

const protocols = new Set(['tcp', 'udp', 'sctp']);

export default defineRule({
  id: 'expose-protocol-casing',
  practice: 'expose-ports',
  severity: 'info',
  fix: 'safe',
  title: 'Write the EXPOSE protocol in lowercase',
  rationale: 'Docker accepts 3000/TCP, but docker inspect, docker run -p and the documentation all write tcp and udp in lowercase. Matching them keeps searches and reviews simple.',
  invalid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000/TCP\n', output: 'FROM alpine:3.24\nEXPOSE 3000/tcp\n' }],
  valid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000/tcp\n' }],
  docs: [{ title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' }],
  sources: [{ id: 'buildkit:ExposeProtoCasing', match: 'same' }],
  check({ model, report }) {
    for (const spec of portSpecs(model)) {
      const proto = spec.protocol;
      if (!proto || proto === proto.toLowerCase() || !protocols.has(proto.toLowerCase())) continue;
      const w = spec.word;
      const simple = w.raw === spec.text;
      report({
        start: w.start,
        end: w.end,
        instruction: spec.instruction,
        message: `Write the protocol in lowercase: ${spec.text.replace(proto, proto.toLowerCase())}.`,
        fix: simple ? { title: 'Lowercase the protocol', edits: [{ start: w.start, end: w.end, text: w.raw.replace(proto, proto.toLowerCase()) }] } : undefined,
      });
    }
  },
});
