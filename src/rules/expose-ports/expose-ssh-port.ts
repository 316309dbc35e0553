import { defineRule } from '../define.ts';
import { containerPort, portSpecs, rangeHolds } from '../lib/expose.ts';

export default defineRule({
  id: 'expose-ssh-port',
  practice: 'expose-ports',
  severity: 'warning',
  title: 'Do not expose SSH (port 22)',
  rationale:
    'A container runs one service; an SSH server next to the app is a second one to patch and an open door with credentials to manage. ' +
    'Use docker exec, docker debug or kubectl exec to get a shell instead.',
  invalid: [{ code: 'FROM alpine:3.24\nEXPOSE 22 3000\n' }],
  valid: [{ code: 'FROM alpine:3.24\nEXPOSE 3000\n' }],
  docs: [
    { title: 'Docker build best practices: EXPOSE', url: 'https://docs.docker.com/build/building/best-practices/#expose' },
    { title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' },
  ],
  sources: [
    { id: 'checkov:CKV_DOCKER_1', match: 'same' },
    { id: 'trivy:DS-0004', match: 'same' },
  ],
  check({ model, report }) {
    for (const spec of portSpecs(model)) {
      if (!rangeHolds(containerPort(spec), 22) || (spec.protocol !== null && spec.protocol.toLowerCase() === 'udp')) continue;
      report({ start: spec.word.start, end: spec.word.end, instruction: spec.instruction, message: 'Port 22 is SSH: do not run an SSH server in the container; use docker exec or kubectl exec for a shell.' });
    }
  },
});
