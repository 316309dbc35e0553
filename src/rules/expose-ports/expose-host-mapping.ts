import { defineRule } from '../define.ts';
import { containerPort, portSpecs } from '../lib/expose.ts';

export default defineRule({
  id: 'expose-host-mapping',
  practice: 'expose-ports',
  severity: 'warning',
  fix: 'safe',
  title: 'EXPOSE container ports, not host mappings',
  rationale:
    'EXPOSE documents the port the app listens on inside the container; it publishes nothing. Which host port and address to use is decided at run time with -p 8080:3000. ' +
    'EXPOSE 8080:3000 or 127.0.0.1:8080:3000 mixes the two. BuildKit records only the container port (3000/tcp) in the image, drops the host part without using it, and reports the build check ExposeInvalidFormat, which says this "will become an error in a future release"; an address that is not a valid IP fails the build. ' +
    'The host port in the Dockerfile publishes nothing and misleads the reader.',
  invalid: [{ code: 'FROM alpine:3.24\nEXPOSE 8080:3000\n', output: 'FROM alpine:3.24\nEXPOSE 3000\n' }],
  valid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000\n' }],
  docs: [
    { title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' },
    { title: 'Docker docs: Running containers, exposed ports', url: 'https://docs.docker.com/engine/containers/run/#exposed-ports' },
    { title: 'Build checks: ExposeInvalidFormat', url: 'https://docs.docker.com/reference/build-checks/expose-invalid-format/' },
  ],
  sources: [{ id: 'buildkit:ExposeInvalidFormat', match: 'same' }],
  check({ model, report }) {
    for (const spec of portSpecs(model)) {
      if (spec.parts.length < 2) continue;
      const port = containerPort(spec) + (spec.protocol !== null ? `/${spec.protocol}` : '');
      const w = spec.word;
      report({
        start: w.start,
        end: w.end,
        instruction: spec.instruction,
        message: `EXPOSE takes the container port only: write EXPOSE ${port}, and map the host side at run time with -p.`,
        fix: w.raw === spec.text && port !== '' ? { title: `Keep ${port}`, edits: [{ start: w.start, end: w.end, text: port }] } : undefined,
      });
    }
  },
});
