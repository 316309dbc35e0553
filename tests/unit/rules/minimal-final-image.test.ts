import { ruleTester } from './rule-tester.ts';
import toolchainFinalStage from '../../../src/rules/minimal-final-image/toolchain-final-stage.ts';
import buildTools from '../../../src/rules/minimal-final-image/build-tools-in-final-stage.ts';
import noInstallRecommends from '../../../src/rules/minimal-final-image/no-install-recommends.ts';
import wgetAndCurl from '../../../src/rules/minimal-final-image/wget-and-curl.ts';

ruleTester(toolchainFinalStage, {
  valid: [
    'FROM golang:1.23 AS b\nRUN go build .\nFROM alpine:3.21\n',
    'FROM golang:1.23\nRUN go build .\n',
    'FROM node:22-slim\n',
    'FROM eclipse-temurin:21-jre\n',
    'FROM golang:1.23 AS b\nFROM b\n',
    // A development server (vite through npm run dev) needs its toolchain: a local dev image.
    'FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm install\nEXPOSE 5173\nCMD ["npm", "run", "dev"]\n',
    // A toolchain reached through a stage alias: final-stage-from-build-stage reports it, once.
    'FROM golang:1.23 AS b\nWORKDIR /src\nFROM b\nCMD ["/app"]\n',
    // The toolchain image itself (a language image built for others): no command of its own.
    'FROM golang:1.23 AS build\nRUN make.bash\nFROM buildpack-deps:bookworm-scm\nCOPY --from=build /target/ /\nWORKDIR /go\n',
    // A test target, last in the file.
    'FROM golang:1.23 AS test\nCOPY . .\nCMD ["go", "test", "./..."]\n',
  ],
  invalid: [
    { code: 'FROM golang:1.23 AS b\nRUN go build .\nFROM golang:1.23\nCOPY --from=b /a /a\nCMD ["/a"]\n', errors: [{ line: 3, column: 6 }] },
    { code: 'FROM node:22\nCOPY . .\nCMD ["node", "server.js"]\n', errors: 1 },
    { code: 'FROM maven:3.9-eclipse-temurin-21\nCMD ["java", "-jar", "/app.jar"]\n', errors: 1 },
    { code: 'FROM mcr.microsoft.com/dotnet/sdk:9.0\nENTRYPOINT ["dotnet", "app.dll"]\n', errors: 1 },
  ],
});

ruleTester(buildTools, {
  valid: [
    // git in the builder and again in the final stage: the runtime needs it (an app that commits archives).
    'FROM python:3.12-slim AS builder\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*\nRUN pip install --no-cache-dir .\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /opt/venv /opt/venv\nENTRYPOINT ["python", "-m", "chronicon.cli"]\n',
    // On a toolchain image the compiler ships anyway (toolchain-final-stage reports it); git serves it.
    'FROM golang:1.16\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\nCOPY config.yml /app/\nCMD ["./rabbit", "--config", "/app/config.yml"]\n',
    'FROM alpine\nRUN apk add --no-cache ca-certificates\n',
    // The app is told which git to run: a git mirror cache serves with it (gitmirrorcache).
    'FROM rust:1.94 AS builder\nRUN cargo build --release\nFROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates git && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /out/git-cache-api /usr/local/bin/\nENV GIT_CACHE_GIT_BINARY=git\nENTRYPOINT ["/usr/local/bin/git-cache-api"]\n',
    'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nENV GIT_PATH="/usr/bin/git"\nCMD ["/app/server"]\n',
    'FROM alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps\n',
    'FROM debian\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n',
    'FROM alpine AS b\nRUN apk add --no-cache build-base\nFROM scratch\n',
    'FROM fedora:41\nRUN dnf5 install -y gcc && make && dnf5 remove -y gcc\n',
    // A toolchain or tool image (cgo's gcc in a Go image, git in a CI tool image): it declares no
    // command of its own, so it is a base or tool image, not an app.
    'FROM buildpack-deps:bookworm-scm\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make\nENV PATH=/usr/local/go/bin:$PATH\n',
    'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git jq\nWORKDIR /src\nCOPY . .\n',
    // A PHP dev image on the Symfony CLI's local server: composer runs there, with git and unzip.
    'FROM php:8.0\nRUN apt-get update && apt-get install -y -qq git unzip\nWORKDIR /app\nEXPOSE 8000\nCMD ["/root/.symfony/bin/symfony", "serve", "--no-tls"]\n',
    // git beside gh: the app clones its users' repositories with them at run time.
    'FROM python:3.13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git tmux && apt-get install -y --no-install-recommends gh && rm -rf /var/lib/apt/lists/*\nCOPY src/ /app/\nCMD ["python", "/app/main.py"]\n',
    // A code runner (an online judge): it compiles the C, Pascal and Java its users submit, so the compilers are what it serves.
    'FROM debian:trixie-slim\nRUN apt-get update && apt-get --no-install-recommends install -yq apache2 build-essential fp-compiler default-jdk php python3 && rm -rf /var/lib/apt/lists/*\nEXPOSE 80\nCMD ["/usr/sbin/apache2ctl", "-D", "FOREGROUND"]\n',
    // An SSH workstation: the compilers are what people log in to use.
    'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y build-essential git cmake openssh-server && mkdir -p /var/run/sshd\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n',
    // Installed again after the RUN removed its build set: git stays on purpose, with openssh-client.
    'FROM ruby:3.3-alpine\nCOPY . /apps/\nRUN apk add --no-cache --virtual .cc build-base git && bundle install && apk del .cc && apk add --no-cache bash git openssh-client\nENTRYPOINT ["/apps/entrypoint.sh"]\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim AS builder\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git gcc && rm -rf /var/lib/apt/lists/*\nCMD ["python", "app.py"]\n',
      errors: [{ line: 4, message: 'gcc is a build tool in the final stage: install it in the builder stage instead.' }],
      name: 'only the tool the builder does not install too',
    },
    { code: 'FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM debian:13-slim\nRUN apt-get update && apt-get install -y git\nCOPY --from=build /app /app\nCMD ["/app"]\n', errors: 1, name: 'git on a runtime image after a builder stage' },
    { code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y git make\nENV GIT_PATH=/usr/bin/git\nCMD ["/app"]\n', errors: [{ message: /^make is a build tool/ }], name: 'an ENV naming git keeps git only' },
    { code: 'FROM alpine\nRUN apk add --no-cache build-base git\nCMD ["/app"]\n', errors: [{ line: 2, column: 24, endColumn: 38, message: /build-base, git are build tools/ }] },
    { code: 'FROM alpine\nRUN apk add --no-cache curl && apk del curl && apk add --no-cache git\nCMD ["/app"]\n', errors: [{ message: /^git is a build tool/ }], name: 'installed after a remove, but never before it' },
    {
      code: 'FROM python:3.13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git gcc gh && rm -rf /var/lib/apt/lists/*\nCMD ["python", "/app/main.py"]\n',
      errors: [{ line: 2, message: /^gcc is a build tool/ }],
      name: 'gh keeps git, not the compiler',
    },
    {
      code: 'FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential default-jdk maven && rm -rf /var/lib/apt/lists/*\nCOPY . /src\nRUN cd /src && mvn -B package\nCMD ["java", "-jar", "/src/target/app.jar"]\n',
      errors: [{ line: 2, message: /^build-essential, maven are build tools/ }],
      name: 'C and Java compilers for one app\'s build: not a code runner',
    },
    { code: 'FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 && rm -rf /var/lib/apt/lists/*\nCMD ["/app"]\n', errors: 1 },
    { code: 'FROM fedora:41\nRUN dnf5 install -y gcc make && dnf5 clean all\nCMD ["/app"]\n', errors: [{ message: /gcc, make are build tools/ }], name: 'dnf5' },
  ],
});

ruleTester(noInstallRecommends, {
  valid: [
    'RUN apt-get install --no-install-recommends python\n',
    'RUN apt-get -o APT::Install-Recommends=false install python\n',
    'FROM debian AS b\nRUN apt-get install -y x\nFROM scratch\n',
  ],
  invalid: [
    { code: 'RUN apt-get install python\n', errors: [{ column: 5 }], output: 'RUN apt-get install --no-install-recommends python\n' },
    { code: 'ONBUILD RUN apt-get -y install python\n', errors: 1, output: 'ONBUILD RUN apt-get -y install --no-install-recommends python\n' },
  ],
});

ruleTester(wgetAndCurl, {
  valid: ['FROM node\nRUN wget my.xyz\n', 'FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n'],
  invalid: [
    { code: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n', errors: [{ line: 3, column: 5, endColumn: 9 }] },
    { code: 'FROM node\nRUN wget my.xyz && curl localhost\n', errors: 1 },
  ],
});
