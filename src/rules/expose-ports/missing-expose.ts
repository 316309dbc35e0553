import { defineRule } from '../define.ts';
import { lastInChain } from '../lib/stages.ts';
import { toolchainIsProduct } from '../lib/toolchain.ts';
import { exposesPort, rootRef } from '../lib/images.ts';

export default defineRule({
  id: 'missing-expose',
  practice: 'expose-ports',
  severity: 'info',
  title: 'Document the listening port with EXPOSE',
  rationale:
    'EXPOSE 3000 publishes nothing, but it records in the image which port the app listens on, and some tools read it: docker run -P publishes it, docker ps lists it, and reverse proxies that configure themselves from the Docker API, such as Traefik and nginx-proxy, pick it as the app\'s port. ' +
    'Compose and Kubernetes do not read it: they publish or route only the ports their own files list. ' +
    'A final stage that starts a program and exposes no port leaves them guessing. Ignore this for programs that are not network services.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nCOPY app /app/app\nEXPOSE 3000\nENTRYPOINT ["/app/app"]\n' },
    // nginx's own Dockerfile has EXPOSE 80, and images built FROM it inherit it.
    { code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nCMD ["nginx", "-g", "daemon off;"]\n' },
    // An interpreter image: docker run -it starts a REPL, not a service.
    { code: 'FROM debian:12-slim\nCOPY python /usr/local/\nCMD ["python3"]\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' },
    { title: 'Docker build best practices: EXPOSE', url: 'https://docs.docker.com/build/building/best-practices/#expose' },
  ],
  sources: [],
  check({ model, report }) {
    const final = model.finalStage;
    // A shell, interpreter or compiler image (CMD ["python3"]) is no network service.
    if (!final?.from || toolchainIsProduct(model, final)) return;
    const starts = lastInChain(model, final, 'ENTRYPOINT') ?? lastInChain(model, final, 'CMD');
    if (!starts || model.chain(final).some((s) => s.instructions.some((i) => i.keyword === 'EXPOSE'))) return;
    // The base image exposes its port already (FROM nginx, FROM php:8.3-apache).
    if (exposesPort(rootRef(model, final))) return;
    report({ start: starts.keywordStart, end: starts.keywordEnd, instruction: starts, message: 'The final stage starts a program but exposes no port: if it is a network service, add EXPOSE <port>.' });
  },
});
