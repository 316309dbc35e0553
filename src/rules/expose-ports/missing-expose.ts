import { defineRule } from '../define.ts';
import type { Instruction } from '../../engine/model.ts';
import { commandsOf } from '../lib/commands.ts';
import { lastInChain } from '../lib/stages.ts';
import { isNonProductionFile, purposeOf, wordsOf } from '../lib/purpose.ts';
import { exposesPort, rootRef } from '../lib/images.ts';

/**
 * Words that say the program is a background worker, which takes jobs from a queue and listens on
 * no port: celery -A app worker, rq worker, sidekiq, php artisan queue:work, node dist/worker.js,
 * and a file named Dockerfile.worker.
 */
const workerWord = /(^|[-_./:])(worker|workers|sidekiq|queue:work|queue:listen|consumer)([-_.:]|$)/i;

/** True if the image runs a queue worker: its default words (`words`) or the Dockerfile's name says so, and no argument asks it to serve. */
function runsWorker(words: readonly string[], path: string | undefined): boolean {
  if (words.some((w) => serverArgument.test(w) && !workerWord.test(w))) return false;
  return words.some((w) => workerWord.test(w)) || workerWord.test(path?.split('/').pop() ?? '');
}

/** Program names that say the program is a client or a command-line tool: eth2stats-client, ops-cli. */
const clientName = /(^|[-_])(client|cli)$/i;
/** Arguments that may ask a program for a server mode: serve, start, --listen, --port 8080. */
const serverArgument = /serve|daemon|listen|port|http|grpc|web|api|agent|start|run/i;

/**
 * True if the image's default run is a command-line tool's, not a service's: its name says it is
 * a client or a CLI and no argument asks it to serve. Builds, test runs and usage printing are
 * read by purpose.ts.
 */
function runsClient(starts: Instruction, words: readonly string[]): boolean {
  const first = commandsOf(starts)[0];
  const args = words.slice(1);
  // ENTRYPOINT ["/eth2stats-client"]: a client dials out, and a CLI runs and exits.
  return first !== undefined && clientName.test(first.name) && !args.some((a) => serverArgument.test(a));
}

export default defineRule({
  id: 'missing-expose',
  practice: 'expose-ports',
  severity: 'info',
  title: 'Document the listening port with EXPOSE',
  rationale:
    'EXPOSE 3000 publishes nothing, but it records in the image which port the app listens on, and some tools read it: docker run -P publishes it, docker ps lists it, and reverse proxies that configure themselves from the Docker API, such as Traefik and nginx-proxy, pick it as the app\'s port. ' +
    'Compose and Kubernetes do not read it: they publish or route only the ports their own files list. ' +
    'A final stage that starts a program and exposes no port leaves them guessing. Ignore this for programs that are not network services. ' +
    'The rule stays quiet when the image runs a build or tests, asks a program for its usage by default (CMD ["--help"]), or starts a program whose name says it is a client or a CLI (eth2stats-client, ops-cli) with no argument asking it to serve, and when the Dockerfile\'s name says it builds a test or CI image (Dockerfile.test). ' +
    'Nor does it ask a queue worker, which takes jobs and listens on nothing: its command or the Dockerfile\'s name says worker (celery -A app worker, rq worker, sidekiq, queue:work, Dockerfile.worker), with no argument asking it to serve.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nCOPY app /app/app\nEXPOSE 3000\nENTRYPOINT ["/app/app"]\n' },
    // nginx's own Dockerfile has EXPOSE 80, and images built FROM it inherit it.
    { code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nCMD ["nginx", "-g", "daemon off;"]\n' },
    // An interpreter image: docker run -it starts a REPL, not a service.
    { code: 'FROM debian:12-slim\nCOPY python /usr/local/\nCMD ["python3"]\n' },
    // A command-line tool: by default it prints its usage.
    { code: 'FROM scratch\nCOPY tool /usr/local/bin/tool\nENTRYPOINT ["/usr/local/bin/tool"]\nCMD ["--help"]\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: EXPOSE', url: 'https://docs.docker.com/reference/dockerfile/#expose' },
    { title: 'Docker build best practices: EXPOSE', url: 'https://docs.docker.com/build/building/best-practices/#expose' },
  ],
  sources: [],
  check({ model, options, report }) {
    const final = model.finalStage;
    if (!final?.from) return;
    // Without a CMD or an ENTRYPOINT the image starts nothing of its own: asked before its purpose, which costs more.
    if (model.of('CMD').length === 0 && model.of('ENTRYPOINT').length === 0) return;
    // A shell, interpreter or compiler image (CMD ["python3"]), a test run or a program that
    // prints its usage by default is no network service; a base image starts nothing of its own.
    const purpose = purposeOf(model, final);
    if (purpose === 'tool' || purpose === 'cli' || purpose === 'test' || purpose === 'base') return;
    // Dockerfile.test, ci/Dockerfile: a check's image, which runs and exits.
    if (isNonProductionFile(options.path)) return;
    const entrypoint = lastInChain(final, 'ENTRYPOINT');
    const cmd = lastInChain(final, 'CMD');
    const starts = entrypoint ?? cmd;
    if (!starts || model.chain(final).some((s) => s.instructions.some((i) => i.keyword === 'EXPOSE'))) return;
    // A client or a queue worker is no network service.
    // The words the image runs by default: the ENTRYPOINT's, then the CMD's.
    const words = [...wordsOf(entrypoint), ...wordsOf(cmd)];
    if (runsClient(starts, words) || runsWorker(words, options.path)) return;
    // The base image exposes its port already (FROM nginx, FROM php:8.3-apache).
    if (exposesPort(rootRef(final))) return;
    report({ start: starts.keywordStart, end: starts.keywordEnd, instruction: starts, message: 'The final stage starts a program but exposes no port: if it is a network service, add EXPOSE <port>.' });
  },
});
