import { ruleTester } from './rule-tester.ts';
import missingExpose from '../../../src/rules/expose-ports/missing-expose.ts';
import invalidPort from '../../../src/rules/expose-ports/invalid-port.ts';
import invalidProtocol from '../../../src/rules/expose-ports/invalid-port-protocol.ts';
import protocolCasing from '../../../src/rules/expose-ports/expose-protocol-casing.ts';
import hostMapping from '../../../src/rules/expose-ports/expose-host-mapping.ts';
import sshPort from '../../../src/rules/expose-ports/expose-ssh-port.ts';
import maintainer from '../../../src/rules/expose-ports/maintainer-deprecated.ts';
import undeclaredVariable from '../../../src/rules/expose-ports/expose-undeclared-variable.ts';

ruleTester(missingExpose, {
  valid: [
    // Queue workers take jobs and listen on nothing.
    'FROM python:3.13-slim\nCOPY . /app\nCMD ["celery", "-A", "app", "worker", "--loglevel=info"]\n',
    // A worker started after a cd, in shell form: every word of the line counts.
    'FROM python:3.13-slim\nCOPY . /app\nCMD cd /app && celery -A proj worker --loglevel=info\n',
    'FROM node:24-alpine\nCOPY dist /app\nCMD ["node", "/app/worker.js"]\n',
    { code: 'FROM python:3.13-slim\nCOPY . /app\nCMD ["python", "-m", "app.jobs"]\n', path: 'Dockerfile.worker' },
    'FROM alpine\nEXPOSE 3000\nENTRYPOINT ["/app"]\n', 'FROM alpine\nRUN x\n', 'FROM a AS b\nEXPOSE 80\nFROM b\nCMD ["x"]\n',
    // A build image: the container runs make and exits.
    'FROM ubuntu:24.04\nCOPY . /src\nWORKDIR /src\nENTRYPOINT ["make", "-f", "Makefile.docker"]\n',
    'FROM node:22\nCOPY . /app\nCMD npm run build\n',
    // A command-line tool whose default arguments ask for its usage.
    'FROM scratch\nCOPY db-sync /usr/local/bin/db-sync\nENTRYPOINT ["/usr/local/bin/db-sync"]\nCMD ["--help"]\n',
    'FROM ubuntu:24.04\nCOPY msb /usr/local/bin/msb\nENTRYPOINT ["msb"]\nCMD --help\n',
    // The default arguments, which every run replaces, end by asking a subcommand for its usage.
    'FROM alpine:3.24\nCOPY e2e /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/e2e"]\nCMD ["test", "--help"]\n',
    'FROM alpine\nCOPY tool /tool\nCMD ["/tool", "--version"]\n',
    // A test image whose command changes directory, then runs the tests.
    'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y make\nCMD cd /src && make test\n',
    // A tool environment: a shell runs whatever command each run passes (docker-for-vicar).
    'FROM centos:7\nRUN useradd -m -s /bin/tcsh vos\nUSER vos\nENTRYPOINT ["/bin/tcsh", "-c"]\n',
    // A test image: it runs the tests and exits.
    'FROM debian:13-slim\nCOPY test_completions.sh /home/testuser/\nCMD ["/home/testuser/test_completions.sh"]\n',
    'FROM node:22-slim\nCOPY . /app\nCMD ["/app/tests.sh"]\n',
    'FROM python:3.13-slim\nCOPY . /src\nCMD ["pytest", "-q"]\n',
    'FROM golang:1.27\nCOPY . /src\nCMD go test ./...\n',
    // A client dials out and a CLI runs and exits: their names say so.
    'FROM ubuntu:24.04\nCOPY --from=build /src/eth2stats-client .\nENTRYPOINT ["/eth2stats-client"]\n',
    'FROM scratch\nCOPY build/ops_cli_linux_amd64 ops-cli\nENTRYPOINT ["./ops-cli"]\n',
  ],
  invalid: [
    { code: 'FROM python:3.13-slim\nCOPY . /app\nCMD ["gunicorn", "app:app"]\n', errors: 1, name: 'a web server' },
    { code: 'FROM alpine\nENTRYPOINT ["/app"]\n', errors: [{ line: 2, column: 1 }] },
    { code: 'FROM alpine\nENTRYPOINT ["/app"]\nCMD ["--port", "8080"]\n', errors: 1, name: 'default arguments that start a service' },
    { code: 'FROM python:3.13-slim\nCOPY . /app\nCMD ["make", "serve"]\n', errors: 1, name: 'make serve starts the service' },
    { code: 'FROM python:3.13-slim\nCOPY . /app\nCMD ["python", "-m", "http.server", "--directory", "tests"]\n', errors: 1, name: 'a folder named tests is not a test run' },
    { code: 'FROM alpine\nCOPY contest-api /contest-api\nENTRYPOINT ["/contest-api"]\n', errors: 1, name: 'test inside a word is not a test run' },
    { code: 'FROM alpine\nENTRYPOINT ["/app", "serve"]\nCMD ["--help"]\n', errors: 1, name: 'a subcommand before --help: the default may still serve' },
    { code: 'FROM alpine\nCOPY foo-cli /foo-cli\nENTRYPOINT ["/foo-cli"]\nCMD ["serve"]\n', errors: 1, name: 'a CLI asked to serve' },
    { code: 'FROM alpine\nCOPY web-client /web-client\nENTRYPOINT ["/web-client", "--port", "3000"]\n', errors: 1, name: 'a client given a port to listen on' },
    { code: 'FROM alpine\nCOPY client-api /client-api\nENTRYPOINT ["/client-api"]\n', errors: 1, name: 'client at the start of a name is not a client' },
  ],
});

ruleTester(invalidPort, {
  valid: [
    'EXPOSE 60000\n', 'EXPOSE ${FOOBAR}\n', 'EXPOSE 40000-60000/tcp\n', 'EXPOSE 40000-${FOOBAR}\n', 'EXPOSE 8080:8080\n',
    'EXPOSE 80\\80\n', 'EXPOSE \\\n8080\n', 'EXPOSE 8080/tcp/tcpx\n', 'FROM node\nARG PORT\nEXPOSE $PORT\n', 'FROM n\nENV PORT=8000\nEXPOSE $PORT\n',
    'EXPOSE 127.0.0.1:80:80\n', 'EXPOSE [::1]:8080:8080\n', '# escape=`\nEXPOSE 80`\n80\n',
  ],
  invalid: [
    { code: 'EXPOSE 80000\n', errors: [{ column: 8, endColumn: 13 }] },
    { code: 'EXPOSE 40000-80000/tcp\n', errors: 1 },
    { code: 'EXPOSE a\n', errors: 1 },
    { code: 'EXPOSE -8000\n', errors: 1 },
    { code: 'EXPOSE 8000-\n', errors: 1 },
    { code: 'EXPOSE 8080::8089\n', errors: 1 },
    { code: 'EXPOSE 8080--8089\n', errors: 1 },
    { code: 'EXPOSE 9000-8000\n', errors: 1 },
    { code: 'FROM node\nENV PORT=a\nEXPOSE $PORT\n', errors: 1 },
    { code: 'FROM node\nARG PORT=b\nENV PORT=a\nEXPOSE $PORT\n', errors: 1 },
    { code: 'EXPOSE 3000 70000 8080\n', errors: [{ column: 13 }] },
  ],
});

ruleTester(invalidProtocol, {
  valid: ['EXPOSE 8080/tcp\n', 'EXPOSE 8080/TcP\n', 'EXPOSE 8080/sctp\n', 'EXPOSE 8080/\n', 'EXPOSE 8080/tcp/tcpx\n'],
  invalid: [
    { code: 'EXPOSE 8080/tcpx\n', errors: [{ column: 8 }] },
    { code: 'EXPOSE 8080-8081:8082-8083/udpy\n', errors: 1 },
    { code: 'EXPOSE 8080/x\n', errors: 1 },
  ],
});

ruleTester(protocolCasing, {
  valid: ['EXPOSE 80/tcp 8080/udp\n'],
  invalid: [{ code: 'EXPOSE 80/TcP 8080/TCP 8080/udp\n', errors: [{ column: 8 }, { column: 15 }], output: 'EXPOSE 80/tcp 8080/tcp 8080/udp\n' }],
});

ruleTester(hostMapping, {
  valid: ['EXPOSE 8000\n', 'EXPOSE 8000/udp\n'],
  invalid: [
    { code: 'EXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n', errors: 3, output: 'EXPOSE 80 8080 5000 8000\n' },
    { code: 'EXPOSE 8080:3000/udp\n', errors: 1, output: 'EXPOSE 3000/udp\n' },
  ],
});

ruleTester(sshPort, {
  valid: ['EXPOSE 8080\n', 'EXPOSE 2222\n'],
  invalid: [
    { code: 'FROM busybox\nEXPOSE 8080 22\n', errors: [{ line: 2, column: 13 }] },
    { code: 'EXPOSE 22/tcp\n', errors: 1 },
    { code: 'EXPOSE 20-30\n', errors: 1 },
  ],
});

ruleTester(maintainer, {
  valid: ['FROM debian\n', 'FROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n'],
  invalid: [
    { code: 'FROM busybox\nMAINTAINER hudu@mail.com\n', errors: [{ line: 2, column: 1, endColumn: 11 }], output: 'FROM busybox\nLABEL org.opencontainers.image.authors="hudu@mail.com"\n' },
    { code: 'MAINTAINER Lukas\nFROM DEBIAN\n', errors: 1 },
    { code: 'FROM node\nONBUILD MAINTAINER author\n', errors: [{ column: 9 }], output: null },
    { code: 'FROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n', errors: 1 },
  ],
});

ruleTester(undeclaredVariable, {
  valid: [
    // A base that is neither scratch nor an official image may set PORT in its own ENV.
    'FROM heroku/heroku:24\nEXPOSE $PORT\n',
    'FROM registry.example.com/platform/node-base:1\nEXPOSE $PORT\n',
    'FROM registry.example.com/platform/node-base:1 AS base\nFROM base\nEXPOSE $PORT\n',
    'FROM alpine\nARG PORT=3000\nEXPOSE $PORT\n',
    // An ARG without a default is set with --build-arg: declared, so the rule is silent.
    'FROM alpine\nARG PORT\nEXPOSE ${PORT}/tcp\n',
    'FROM alpine\nENV PORT 3000\nEXPOSE $PORT\n',
    // A global ARG repeated in the stage brings its default in.
    'ARG PORT=3000\nFROM alpine\nARG PORT\nEXPOSE $PORT\n',
    // ENV is inherited from the stage the final stage is built FROM.
    'FROM alpine AS base\nENV PORT=3000\nFROM base\nEXPOSE $PORT\n',
    // An ARG declared in a parent stage is inherited by the stages built FROM it.
    'FROM alpine AS base\nARG PORT=3000\nFROM base\nEXPOSE $PORT\n',
    // A default in the word itself.
    'FROM alpine\nEXPOSE ${PORT:-3000}\n',
    // Escaped: no variable at all (and invalid-port's business).
    'FROM alpine\nEXPOSE \\$PORT\n',
    // ONBUILD runs in the child build, whose variables are not known here.
    'FROM alpine\nONBUILD EXPOSE $PORT\n',
    // Declared on a continuation line of the same ENV.
    'FROM alpine\nENV HOST=0.0.0.0 \\\n    PORT=8080\nEXPOSE $PORT\n',
    'FROM alpine\nEXPOSE 3000\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nEXPOSE $PORT\n',
      errors: [{ line: 2, column: 8, endColumn: 13, message: 'No ARG or ENV in scope declares PORT, so $PORT is empty and EXPOSE exposes nothing: declare it in this stage before line 2 (ARG PORT=<port>, or ENV PORT=<port> to keep it in the container), or write the port itself.' }],
      output: null,
    },
    {
      name: 'a global ARG not repeated in the stage',
      code: 'ARG PORT=3000\nFROM alpine\nEXPOSE ${PORT}/tcp\n',
      errors: [{ line: 3, column: 8, message: 'No ARG or ENV in scope declares PORT, so ${PORT}/tcp becomes "/tcp", which is no port, and the build fails: the ARG PORT on line 1 is declared before the first FROM, and such an ARG is in scope in a stage only once the stage repeats it: add ARG PORT to this stage, before line 3.' }],
    },
    {
      name: 'declared after the EXPOSE',
      code: 'FROM alpine\nEXPOSE $PORT\nENV PORT=3000\n',
      errors: [{ line: 2, message: /declared only after this EXPOSE \(ENV on line 3\): move that ENV above line 2\.$/ }],
    },
    {
      name: 'declared in a stage this one is not built from',
      code: 'FROM alpine AS build\nARG PORT=3000\nFROM alpine\nEXPOSE $PORT\n',
      errors: [{ line: 4, message: /declared in stage "build", which this stage is not built from/ }],
    },
    {
      name: 'a typo, among other ports, across a continuation',
      code: 'FROM alpine\nENV PORT=3000\nEXPOSE 9229 \\\n  $PROT 9230\n',
      errors: [{ line: 4, column: 3, endColumn: 8, message: 'No ARG or ENV in scope declares PROT, so $PROT is empty and EXPOSE exposes nothing: did you mean $PORT?' }],
    },
    {
      name: 'an empty protocol: the port stays, the build does not fail',
      code: 'FROM alpine\nEXPOSE 8080/${PROTO}\n',
      errors: [{ message: /^No ARG or ENV in scope declares PROTO, so 8080\/\$\{PROTO\} becomes "8080\/": declare it/ }],
    },
    {
      name: 'each undeclared variable of a word',
      code: 'FROM alpine\nEXPOSE ${FROM_PORT}-${TO_PORT}\n',
      errors: [{ message: /declares FROM_PORT, so \$\{FROM_PORT\}-\$\{TO_PORT\} becomes "-"/ }, { message: /declares TO_PORT/ }],
    },
  ],
});
