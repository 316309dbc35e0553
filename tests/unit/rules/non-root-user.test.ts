import { ruleTester } from './rule-tester.ts';
import missingUser from '../../../src/rules/non-root-user/missing-user.ts';
import rootUser from '../../../src/rules/non-root-user/root-user.ts';
import userNotNumeric from '../../../src/rules/non-root-user/user-not-numeric.ts';
import noSudo from '../../../src/rules/non-root-user/no-sudo.ts';
import useraddLargeUid from '../../../src/rules/non-root-user/useradd-large-uid.ts';

ruleTester(missingUser, {
  valid: [
    'FROM base\nUSER me\n',
    'FROM debian:12 AS base\nUSER 1001\nFROM base\nRUN x\n',
    'FROM gcr.io/distroless/static-debian12:nonroot\n',
    'FROM cgr.dev/chainguard/static:latest\n',
    'RUN apt-get update\n',
    'FROM alpine:3.21\nONBUILD USER root\nUSER 1001\n',
    // Nothing runs: an artifact on scratch with no ENTRYPOINT or CMD (docker run needs a command).
    'FROM golang:1.27 AS build\nRUN envsubst < in.yml > /compose.yml\nFROM scratch\nCOPY --from=build /compose.yml /compose.yml\n',
    // Servers that start as root and give it up themselves.
    'FROM php:8.3-apache\nRUN docker-php-ext-install pdo_mysql\nCOPY . /var/www/html/\n',
    'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM postgres:17\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
    // A process supervisor starts each service as the user its configuration names.
    'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends supervisor postfix && rm -rf /var/lib/apt/lists/*\nENTRYPOINT ["/entrypoint.sh"]\n',
    'FROM ubuntu:24.04\nCOPY supervisord.conf /etc/supervisor/conf.d/\nCMD ["/usr/bin/supervisord"]\n',
    // A Docker client drives the daemon through a mounted socket: root-equivalent, and another UID could not open it.
    'FROM alpine:3.21\nRUN apk add --no-cache docker-cli gmp\nCOPY myriad /opt/myriad/\nEXPOSE 8081\nENTRYPOINT ["/opt/myriad/myriad"]\n',
    // A firewall tool: the program sets nftables rules, which takes CAP_NET_ADMIN.
    'FROM alpine:3.21\nRUN apk add --no-cache libgcc libevent nftables\nCOPY --from=builder /tmp/bin/* /usr/bin/\nENTRYPOINT ["/usr/bin/sparoid-server"]\n',
    // An entrypoint script of the file's own in front of nginx, which still starts as root and drops for its workers.
    'FROM nginx:1.29-alpine\nCOPY dist /usr/share/nginx/html\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n',
    // The entrypoint does its root-only setup, then drops to the app's user with gosu or su-exec, as the official images do.
    'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\nCMD ["/app/server"]\n',
    'FROM alpine:3.24\nCOPY --from=tianon/gosu:1.19 /gosu /usr/local/bin/\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n',
    'FROM alpine:3.24\nRUN apk add --no-cache su-exec\nCOPY app /app\nCMD ["su-exec", "app", "/app"]\n',
    // A development server: a local dev image whose sources and caches root owns.
    'FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm install\nEXPOSE 5173\nCMD ["npm", "run", "dev"]\n',
    'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD pnpm dev --host\n',
    'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["npx", "nodemon", "server.js"]\n',
    'FROM php:8.0\nWORKDIR /app\nEXPOSE 8000\nCMD ["/root/.symfony/bin/symfony", "serve", "--no-tls"]\n',
    // A helper stage after the runnable image (docker build --target release): it uploads, it runs nothing.
    'FROM node:22-slim AS release\nCOPY . /app\nUSER 1001:1001\nCMD ["node", "/app/server.js"]\nFROM node:22-slim AS upload\nCOPY --from=release /app /app\nRUN /app/upload.sh\n',
    // A builder base or CI image: no program of its own, so the base's shell or prompt (golang: bash) stays.
    'FROM golang:1.16-alpine3.13\nWORKDIR /app\nCOPY go.mod go.sum /app/\nRUN go mod download\n',
    'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN make test\n',
    'FROM python:3.12-slim-bullseye\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n',
    // A CI image on a cloud CLI image (its command: a shell): go, kubectl, kind and the repository, no program of its own.
    'FROM golang:1.17-buster AS buildbase\nFROM google/cloud-sdk:slim AS kindtest\nWORKDIR /build\nCOPY --from=buildbase /usr/local/go /usr/local\nRUN apt-get install kubectl\nCOPY . .\n',
    // The Azure CLI image has no namespace on its registry: mcr.microsoft.com/azure-cli.
    'FROM mcr.microsoft.com/azure-cli:2.60.0\nRUN az extension add --name aks-preview\n',
    // A pass-through wrapper as ENTRYPOINT and no CMD (the ENTRYPOINT drops the base's CMD): it runs only what docker run names.
    'FROM ros:humble\nWORKDIR /root\nCOPY ./test1 ./data/test1\nENTRYPOINT ["/ros_entrypoint.sh"]\n',
    'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends tini make && rm -rf /var/lib/apt/lists/*\nENTRYPOINT ["tini", "--"]\n',
    // An interactive shell image.
    'FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y sudo locales && rm -rf /var/lib/apt/lists/*\nCMD ["/bin/bash"]\n',
  ],
  invalid: [
    { code: 'FROM base\nLABEL foo="bar baz"\n', errors: [{ line: 1, column: 6, message: /sets no USER/ }] },
    { code: 'FROM golang:1.23 AS builder\nUSER app\nFROM alpine:3.21\nCOPY --from=builder /a /a\n', errors: [{ line: 3, message: /only in stage "builder"/ }] },
    { code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n', errors: 1 },
    { code: 'FROM nginx:1.27-alpine\nCOPY app /app\nCMD ["/app"]\n', errors: 1, name: 'FROM nginx running another program: nothing gives up root' },
    { code: 'FROM postgres:17\nENTRYPOINT ["/my-entrypoint.sh"]\n', errors: 1, name: 'FROM postgres with its own ENTRYPOINT: the image\'s step-down does not run' },
    { code: 'FROM alpine:3.21 AS release\nCMD ["/app"]\nFROM release AS debug\nRUN apk add --no-cache strace\n', errors: 1, name: 'the last stage inherits its start from the stage it is built on' },
    { code: 'FROM alpine:3.21\nONBUILD USER 1001\nCMD ["/app"]\n', errors: 1, name: 'an ONBUILD USER does not apply to this image' },
    { code: 'FROM python:3.13-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n', errors: 1, name: 'a language image running a script of the file' },
    { code: 'FROM tomcat:11\nCOPY app.war /usr/local/tomcat/webapps/\n', errors: 1, name: 'no CMD of its own on an app server image: tomcat runs, as root' },
    { code: 'FROM google/cloud-sdk:slim\nCOPY app.py /app/\nCMD ["python3", "/app/app.py"]\n', errors: 1, name: 'a cloud CLI image running a program of the file' },
    { code: 'FROM debian:13-slim\nCOPY app /app\nENTRYPOINT ["tini", "--", "/app"]\n', errors: 1, name: 'tini starting the app' },
    { code: 'FROM debian:13-slim\nCOPY app /app\nENTRYPOINT ["tini", "--"]\nCMD ["/app"]\n', errors: 1, name: 'tini with a CMD: the CMD is the app' },
    { code: 'FROM debian:13-slim\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n', errors: 1, name: 'an entrypoint script of the file with no CMD may well start the app' },
    { code: 'FROM debian:13-slim\nCOPY run.sh /\nCMD ["bash", "/run.sh"]\n', errors: 1, name: 'a shell running a script is the app' },
    { code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["npm", "run", "start"]\n', errors: 1, name: 'npm run start is the app, not a dev server' },
    { code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["npx", "vite", "preview"]\n', errors: 1, name: 'vite preview serves a build' },
    { code: 'FROM php:8.3-cli\nCOPY . /app\nCMD ["symfony", "console", "messenger:consume"]\n', errors: 1, name: 'the Symfony CLI running a console command, not its local server' },
    {
      code: 'FROM alpine:3.21\nCOPY app /app\nEXPOSE 3000\nENTRYPOINT ["/app"]\nCMD ["serve"]\n',
      errors: 1,
      output: 'FROM alpine:3.21\nCOPY app /app\nEXPOSE 3000\nUSER 1001:1001\nENTRYPOINT ["/app"]\nCMD ["serve"]\n',
      name: 'fix: USER on its own line before ENTRYPOINT',
    },
    {
      code: 'FROM alpine:3.21\nCMD ["/app"]\nRUN apk add --no-cache curl\n',
      errors: 1,
      output: 'FROM alpine:3.21\nCMD ["/app"]\nRUN apk add --no-cache curl\nUSER 1001:1001\n',
      name: 'fix: at the end when a RUN follows CMD, so the RUN still runs as root',
    },
    { code: 'FROM alpine:3.21', errors: 1, output: 'FROM alpine:3.21\nUSER 1001:1001', name: 'fix: after a lone FROM without a final line break' },
    { code: 'FROM alpine:3.21\nEXPOSE 3000 \\', errors: 1, output: null, name: 'no fix after a line that continues: USER would join it' },
    { code: 'FROM alpine:3.21\nRUN <<EOF\necho hi\n', errors: 1, output: null, name: 'no fix after a heredoc that is never closed: USER would be in its body' },
    { code: 'FROM alpine:3.21\nRUN <<EOF\necho hi\nEOF\n', errors: 1, output: 'FROM alpine:3.21\nRUN <<EOF\necho hi\nEOF\nUSER 1001:1001\n', name: 'fix: after a closed heredoc' },
  ],
});

ruleTester(rootUser, {
  valid: [
    'FROM scratch\nUSER foo\n',
    'FROM scratch\nUSER root\nRUN something\nUSER foo\n',
    'FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN x\n',
    'FROM debian as base\nUSER root\nFROM scratch\nUSER 1001\n',
    'FROM scratch\nUSER $APP_USER\n',
  ],
  invalid: [
    { code: 'FROM scratch\nUSER root\n', errors: [{ line: 2, column: 6, endColumn: 10 }] },
    { code: 'FROM scratch\nUSER 0\n', errors: 1 },
    { code: 'FROM scratch\nUSER root:root\n', errors: 1 },
    { code: 'FROM scratch\nUSER 0:0\n', errors: 1 },
    { code: 'FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n', errors: [{ line: 2 }], name: 'inherited from the base stage' },
    { code: 'FROM scratch\nARG U=root\nUSER $U\n', errors: 1, name: 'through an ARG default' },
    {
      name: 'the unsafe fix switches back to a non-root user after the steps that need root, before CMD',
      code: 'FROM alpine:3.21\nUSER root\nRUN apk add --no-cache curl\nCMD ["/app/app"]\n',
      errors: [{ message: /such as 1001:1001\.$/ }],
      output: 'FROM alpine:3.21\nUSER root\nRUN apk add --no-cache curl\nUSER 1001:1001\nCMD ["/app/app"]\n',
      applicability: 'unsafe',
    },
    {
      name: 'the user is the one the file creates',
      code: 'FROM debian:12-slim\nRUN useradd -l -u 10001 -g 10001 app\nUSER 0\nCOPY app /app\n',
      errors: [{ message: /such as 10001:10001\.$/ }],
      output: 'FROM debian:12-slim\nRUN useradd -l -u 10001 -g 10001 app\nUSER 0\nCOPY app /app\nUSER 10001:10001\n',
    },
    {
      name: 'a root USER in the base stage: the fix goes in the final stage',
      code: 'FROM debian:12-slim AS base\nUSER root\nFROM base\nCMD ["/app/app"]\n',
      errors: 1,
      output: 'FROM debian:12-slim AS base\nUSER root\nFROM base\nUSER 1001:1001\nCMD ["/app/app"]\n',
    },
    {
      name: 'in a distroless image the user is distroless\'s nonroot, and CRLF stays CRLF',
      code: 'FROM gcr.io/distroless/static-debian12\r\nUSER root\r\nENTRYPOINT ["/app/app"]\r\n',
      errors: 1,
      output: 'FROM gcr.io/distroless/static-debian12\r\nUSER root\r\nUSER 65532:65532\r\nENTRYPOINT ["/app/app"]\r\n',
    },
  ],
});

ruleTester(userNotNumeric, {
  valid: [
    'USER 12345\n', 'USER 1234:5678\n', 'ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n', 'FROM a\nUSER root\n',
    // An interactive shell image (a dotfiles test box): a person runs it, not Kubernetes.
    'FROM alpine:3.20\nRUN adduser -Ds /bin/zsh vortex\nUSER vortex\nENTRYPOINT ["/bin/zsh"]\nCMD ["--login"]\n',
  ],
  invalid: [
    { code: 'USER foobar\n', errors: [{ column: 6 }] },
    { code: 'USER foobar:barfoo\n', errors: 1 },
    { code: 'FROM alpine:3.20\nRUN adduser -D app\nUSER app\nENTRYPOINT ["/app/server"]\n', errors: 1, name: 'a server image' },
  ],
});

ruleTester(noSudo, {
  valid: ['RUN apt-get install sudo\n', 'ONBUILD RUN apt-get install sudo\n', 'RUN ["echo", "sudo"]\n'],
  invalid: [
    { code: 'RUN sudo apt-get update\n', errors: [{ line: 1, column: 5, endColumn: 9 }] },
    { code: 'ONBUILD RUN sudo apt-get update\n', errors: [{ column: 13 }] },
    { code: 'RUN apt-get update && sudo apt-get install\n', errors: [{ column: 23 }] },
    { code: 'RUN apt-get update \\\n && sudo -u root make install\n', errors: [{ line: 2, column: 5 }] },
    { code: 'RUN ["sudo", "make", "install"]\n', errors: 1, name: 'exec form' },
    {
      code: 'FROM discourse/base:slim\nRUN cd /var/www/discourse && sudo -u discourse bundle install\n',
      errors: [{ message: 'Do not use sudo in RUN: sudo -u discourse runs this step as discourse, which USER discourse before the RUN does without sudo (switch back with USER root if later steps need it).' }],
      name: 'sudo -u a user: the message says USER that user, not USER root',
    },
    { code: 'RUN sudo --user=app make\n', errors: [{ message: /sudo -u app runs this step as app/ }] },
    { code: 'RUN sudo -u root make install\n', errors: [{ message: /use USER root before this step/ }], name: 'sudo -u root: the step needs root' },
  ],
});

ruleTester(useraddLargeUid, {
  valid: ['RUN useradd luser\n', 'RUN useradd -u 12345 luser\n', 'RUN useradd -l -u 123456 luser\n', 'RUN useradd --no-log-init -u 123456 luser\n'],
  invalid: [
    { code: 'RUN useradd -u 123456 luser\n', errors: [{ column: 5 }] },
    { code: 'RUN useradd --uid=1000000 luser\n', errors: 1 },
  ],
});
