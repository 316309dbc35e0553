import { ruleTester } from './rule-tester.ts';
import chownAfterCopy from '../../../src/rules/efficient-layering/chown-after-copy.ts';
import updateWithoutInstall from '../../../src/rules/efficient-layering/update-without-install.ts';
import packageCache from '../../../src/rules/efficient-layering/package-cache-not-cleaned.ts';
import removeInLaterLayer from '../../../src/rules/efficient-layering/remove-in-later-layer.ts';
import consecutiveRun from '../../../src/rules/efficient-layering/consecutive-run.ts';
import workdirOverCd from '../../../src/rules/efficient-layering/workdir-over-cd.ts';
import workdirAbsolute from '../../../src/rules/efficient-layering/workdir-absolute.ts';
import relativeDest from '../../../src/rules/efficient-layering/copy-relative-dest-without-workdir.ts';
import destNotDirectory from '../../../src/rules/efficient-layering/copy-dest-not-directory.ts';
import missingPipefail from '../../../src/rules/efficient-layering/missing-pipefail.ts';

ruleTester(chownAfterCopy, {
  valid: [
    'FROM alpine\nCOPY --chown=1001:1001 app /app/app\n',
    'FROM alpine\nRUN mkdir /out && chown app /out\n',
    'FROM alpine\nCOPY app /app/app\nRUN chown app /data\n',
    'FROM alpine\nCOPY app /app/app\nFROM alpine\nRUN chown -R app /app\n',
    // A builder stage: only the package is copied out, so its layers never ship.
    'FROM archlinux:base AS package\nCOPY PKGBUILD /home/builder/PKGBUILD\nRUN chown builder /home/builder/PKGBUILD && makepkg\nFROM scratch\nCOPY --from=package /home/builder/app.pkg.tar.zst /\n',
    // A subfolder of what COPY . put in /app: COPY --chmod would change every file, not just tmp/.
    'FROM ruby:3.4\nWORKDIR /app\nCOPY . .\nRUN mkdir -p tmp log && chmod -R 775 /app/tmp /app/log\n',
    // Without -R, chown changes the folder the script was copied into, not the script (docker-github-actions-runner).
    'FROM ubuntu:24.04\nWORKDIR /actions-runner\nCOPY install_actions.sh /actions-runner\nRUN ./install_actions.sh && rm install_actions.sh && chown runner /actions-runner\n',
    'FROM alpine\nCOPY app /usr/local/bin/\nRUN chown app /usr/local/bin\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nCOPY templates/ /app/templates/\nCOPY app /app/app\nRUN chown -R 1001:1001 /app/templates /app/app\nUSER 1001\n',
      errors: 1,
      output: 'FROM alpine\nCOPY --chown=1001:1001 templates/ /app/templates/\nCOPY --chown=1001:1001 app /app/app\nUSER 1001\n',
      name: 'fix: --chown on every COPY that made a chowned path, and the RUN goes',
    },
    { code: 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN chown -R app:app /app\n', errors: 1, output: null, name: 'no fix: WORKDIR made /app, which chown changes and COPY --chown would not' },
    { code: 'FROM alpine\nCOPY app /usr/local/bin/\nRUN chown -R app /usr/local/bin\n', errors: 1, output: null, name: 'no fix: a system folder' },
    { code: 'FROM alpine\nCOPY app /app/app\nRUN chown app /app/app && chmod 700 /app/app\n', errors: 2, output: null, name: 'no fix: the RUN does more than chown' },
    { code: 'FROM alpine\nCOPY app /app/app\nRUN chown $OWNER /app/app\n', errors: 1, output: null, name: 'no fix: the owner is a variable' },
    { code: 'FROM alpine\nCOPY --chown=1:1 app /app/app\nCOPY app2 /app/app2\nRUN chown 2 /app/app /app/app2\n', errors: 1, output: null, name: 'no fix: a COPY already has --chown' },
    { code: 'FROM alpine\nCOPY app /app/app\nRUN touch /app/log\nRUN chown app /app/app\n', errors: 1, output: null, name: 'no fix: a RUN between the COPY and the chown' },
    { code: 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN chown -R app:app /app\n', errors: [{ line: 4, column: 5 }] },
    { code: 'FROM alpine\nWORKDIR /app\nCOPY templates/ templates/\nRUN chmod -R 755 templates\n', errors: [{ message: /--chmod/ }], name: 'relative to WORKDIR' },
    { code: 'FROM alpine\nCOPY app /usr/local/bin/app\nRUN chown app /usr/local/bin/app\n', errors: 1, name: 'a copied file, even without -R' },
    { code: 'FROM ruby:3.4 AS base\nWORKDIR /app\nFROM base AS test\nCOPY . .\nRUN chown -R app /app\nFROM base\nCOPY . .\nCMD ["rails", "s"]\n', errors: 1, name: 'a test target nothing copies from is an image of its own' },
    { code: 'FROM alpine\nCOPY conf/in.tmpl /etc/tool/in.tmpl\nRUN chown -R tool /etc/tool\n', errors: 1, name: 'a folder holding a copied file' },
  ],
});

ruleTester(updateWithoutInstall, {
  valid: [
    'RUN apt-get update && apt-get install -y x\n',
    'RUN apk update \\\n && apk add --no-cache x\n',
    'RUN apk --update add moo\n',
    'RUN apk update --no-cache && apk upgrade --no-cache\n',
    'RUN update-locale LANG=en_US.UTF-8\n',
    'FROM debian:trixie\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n',
    'RUN dnf makecache && dnf install -y x && dnf clean all\n',
  ],
  invalid: [
    { code: 'FROM base\nRUN apk update\n', errors: [{ line: 2, column: 5, endColumn: 15 }] },
    { code: 'RUN apt-get update\nRUN apt-get install -y x\n', errors: 1 },
    { code: 'RUN apt install x && apt update\n', errors: 1, name: 'update after the install' },
    { code: 'RUN dnf makecache\nRUN dnf install -y x\n', errors: [{ line: 1, message: /^`dnf makecache` without an install/ }] },
    { code: 'RUN zypper --non-interactive refresh\n', errors: [{ message: /^`zypper refresh`/ }] },
    { code: 'RUN apk update\n', errors: [{ message: /, or use apk add --no-cache\.$/ }] },
  ],
});

ruleTester(packageCache, {
  valid: [
    'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n',
    'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n',
    'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install python\n',
    'RUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update\n',
    'RUN apk add --no-cache flex\n',
    'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl\n',
    'RUN yum install -y mariadb && yum clean all\n',
    'RUN yum install -y mariadb && rm -rf /var/cache/yum/*\n',
    'RUN dnf install -y mariadb && dnf clean all\n',
    'RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y mariadb\n',
    'RUN zypper install -y mariadb && zypper cc\n',
    'RUN notdnf install mariadb\n',
    'RUN dnf5 install -y mariadb && dnf5 clean all\n',
    'RUN zypper refresh && zypper install -y x && zypper clean --all\n',
    'RUN apk update && apk add --no-cache x && rm -rf /var/cache/apk/*\n',
    // An update no install of its RUN uses: update-without-install says to join them. Cleaning the
    // lists in this RUN, as this rule would advise, would break the install of the next one.
    'FROM debian:13-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
    'RUN apk upgrade --no-cache\n',
    // apk add reads the index an earlier RUN left (update-without-install reports that layer) and downloads nothing.
    'FROM alpine:3.24\nRUN apk update\nRUN apk add rsync\n',
    'FROM alpine:3.24 AS base\nRUN apk update\nFROM base\nRUN apk add rsync\n',
    'FROM alpine:3.24\nRUN apk add --no-cache curl && apk update\nRUN apk add rsync\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.24\nRUN apk add curl\nRUN apk add rsync\n', errors: [{ line: 2 }], name: 'the second install reads the index the first fetched into its layer' },
    { code: 'FROM alpine:3.24\nRUN apk update\nRUN rm -rf /var/cache/apk/*\nRUN apk add rsync\n', errors: [{ line: 4 }], name: 'the index an earlier RUN left is gone: apk add fetches another' },
    { code: 'FROM alpine:3.24\nRUN apk update && apk cache clean\nRUN apk add rsync\n', errors: [{ line: 3 }], name: 'the earlier RUN cleaned its index' },
    { code: 'FROM alpine:3.24\nRUN apk update\nRUN apk add -U rsync\n', errors: [{ line: 3 }], name: 'apk add -U fetches a fresh index into its own layer' },
    { code: 'FROM alpine:3.24\nRUN --mount=type=cache,target=/var/cache/apk apk update\nRUN apk add rsync\n', errors: [{ line: 3 }], name: 'the earlier index was in a cache mount, not a layer' },
    { code: 'FROM scratch\nRUN apt-get update && apt-get install python\n', errors: [{ line: 2, column: 5, message: /apt leaves its package lists/ }] },
    { code: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey\n', errors: 1, name: 'in a stage the final one is built on' },
    { code: 'FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install -y x\nFROM scratch\n', errors: 1, name: 'ONBUILD triggers run in a child image' },
    { code: 'RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y x\n', errors: [{ column: 46, message: /package lists/ }], name: 'only the archives are mounted' },
    { code: 'RUN apk add flex=2.6.4-r1\n', errors: 1, output: 'RUN apk add --no-cache flex=2.6.4-r1\n' },
    { code: 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl\n', errors: 1 },
    { code: 'RUN yum clean all && yum install -y x\n', errors: 1, name: 'clean before install' },
    { code: 'RUN microdnf install -y x\n', errors: 1 },
    { code: 'RUN dnf -y upgrade\n', errors: 1 },
    { code: 'RUN zypper clean && zypper install -y x\n', errors: 1 },
    { code: 'RUN dnf5 install -y x\n', errors: [{ column: 5, message: /dnf leaves its cache/ }], name: 'dnf5' },
    { code: 'RUN apk update && apk add x\n', errors: [{ column: 19 }], output: 'RUN apk update && apk add --no-cache x\n', name: 'one finding per cache, on the install that can be fixed' },
    { code: 'RUN apk update && apk add --no-cache x\n', errors: [{ column: 5, message: /drop apk update/ }], output: null, name: 'apk update leaves its index in /var/cache/apk' },
    { code: 'RUN apk upgrade\n', errors: 1, output: 'RUN apk upgrade --no-cache\n' },
    { code: 'RUN yum -y update\n', errors: 1 },
    { code: 'RUN zypper refresh && zypper install -y x\n', errors: 1 },
  ],
});

ruleTester(removeInLaterLayer, {
  valid: [
    'FROM alpine\nRUN apk add --no-cache x\n',
    'FROM alpine\nRUN wget -O /tmp/x.tgz https://e.com/x.tgz && tar xzf /tmp/x.tgz && rm /tmp/x.tgz\n',
    'FROM alpine AS b\nCOPY . /src\nRUN rm -rf /src/tests\nFROM scratch\n',
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n',
      name: 'each RUN updates, installs and removes its own lists',
    },
    { code: 'FROM fedora:41\nRUN dnf5 install -y gcc && dnf5 clean all\nRUN dnf5 install -y make && dnf5 clean all\n', name: 'dnf5 cleans in each RUN' },
    { code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask\nRUN rm -rf /root/.cache/pip\n', name: 'pip kept its cache out' },
    // A file of the whole context this RUN reads first: neither .dockerignore nor the COPY could leave it out.
    { code: 'FROM python:3.13-slim\nCOPY . /srv/app\nWORKDIR /srv/app\nRUN pip install --no-cache-dir -r requirements.txt && rm requirements.txt\n', name: 'the context\'s requirements.txt, read by this RUN, then tidied' },
    // A file replaced at once: rm, then ln -s (or cp, mv) to the same path.
    { code: 'FROM python:3.13-slim\nCOPY .venv /app/.venv\nRUN rm /app/.venv/bin/python3 && ln -s /usr/local/bin/python /app/.venv/bin/python3\n', name: 'a symlink swapped for another' },
    // A script copied in to be run once, then removed by the RUN that runs it.
    { code: 'FROM debian:13-slim\nCOPY install_actions.sh /actions-runner\nRUN chmod +x /actions-runner/install_actions.sh && /actions-runner/install_actions.sh 2.321.0 && rm /actions-runner/install_actions.sh\n', name: 'a copied script run and removed' },
    { code: 'FROM debian:13-slim\nCOPY setup.sh /tmp/\nRUN bash /tmp/setup.sh && rm /tmp/setup.sh\n', name: 'a copied script run by bash and removed' },
    // A folder this RUN makes first (mkdir -p build ... rm -rf build): never in a layer.
    { code: 'FROM debian:12\nCOPY . /opt/app\nWORKDIR /opt/app\nRUN cd /opt/app && mkdir -p build && cd build && cmake .. && make install && cd .. && rm -rf build\n', name: 'a build folder made and removed in one RUN' },
  ],
  invalid: [
    { code: 'FROM debian:13-slim\nCOPY app.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n', errors: 1, name: 'an archive copied by name stays in the COPY layer' },
    { code: 'FROM alpine\nRUN apk add x\nRUN rm -rf /var/cache/apk/*\n', errors: [{ line: 3, column: 5, message: /added by the RUN on line 2/ }] },
    { code: 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN rm -rf tests\n', errors: [{ message: /COPY on line 3/ }] },
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt && rm requirements.txt\n', errors: [{ message: /COPY on line 3/ }], name: 'a file copied on its own: a bind mount would keep it out' },
    { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt && rm -rf docs\n', errors: 1, name: 'a folder of the context nothing in the RUN reads' },
    { code: 'FROM debian\nRUN wget -O /tmp/x.deb https://e.com/x.deb\nRUN dpkg -i /tmp/x.deb && rm /tmp/x.deb\n', errors: 1 },
    { code: 'FROM debian\nRUN apt-get update\nRUN apt-get clean && rm -rf /var/lib/apt/lists/*\n', errors: 1 },
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 3, message: /^\/var\/lib\/apt\/lists was added by the RUN on line 2/ }],
      name: 'the first RUN kept its lists: removing them later still fires',
    },
    { code: 'FROM fedora:41\nRUN dnf5 install -y gcc\nRUN dnf5 clean all\n', errors: [{ line: 3, column: 5, message: /added by the RUN on line 2/ }], name: 'dnf5' },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y gcc\nRUN zypper clean --all\n', errors: 1, name: 'zypper' },
    { code: 'FROM node:22\nRUN yarn install\nRUN yarn cache clean\n', errors: [{ message: /^\/usr\/local\/share\/\.cache\/yarn was added/ }], name: 'yarn' },
    { code: 'FROM golang:1.23\nRUN go build -o /app .\nRUN go clean -modcache\n', errors: [{ message: /^\/go\/pkg\/mod was added/ }], name: 'go modules' },
  ],
});

ruleTester(consecutiveRun, {
  valid: [
    'FROM debian:10\n',
    'RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n',
    'RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n',
    'RUN foo && bar\nRUN foobar\n',
    'RUN foobar\nRUN foo; bar\n',
    // Builder stages: later stages only copy or mount files out of them, so their layers never ship.
    'FROM golang:1.27 AS build\nRUN go mod download\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n',
    'FROM rust:1.90 AS build\nRUN rustup component add rustfmt\nRUN cargo build --release\nFROM debian:13-slim\nCOPY --from=0 /target/release/app /app\n',
    'FROM alpine:3.24 AS deps\nRUN wget -O /x.tgz https://example.com/x.tgz\nRUN tar -xzf /x.tgz -C /x\nFROM alpine:3.24\nRUN --mount=from=deps,source=/x,target=/x cp -r /x /opt/x\n',
  ],
  invalid: [
    { code: 'RUN /foo.sh\nRUN /bar.sh\n', errors: [{ line: 2, column: 1, endColumn: 4 }] },
    { code: 'FROM alpine:3.24 AS base\nRUN apk add curl\nRUN apk add jq\nFROM base\nCOPY --from=base /etc/x /etc/y\n', errors: [{ line: 3 }], name: 'a stage copied from that is also the base of the final stage' },
    { code: 'FROM alpine:3.24 AS test\nRUN apk add curl\nRUN apk add jq\nFROM alpine:3.24\nCOPY app /app\n', errors: [{ line: 3 }], name: 'a stage nothing uses is an image of its own (docker build --target test)' },
    { code: 'RUN /foo.sh\n# a comment\n# another\nRUN /bar.sh\n', errors: 1 },
    { code: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n', errors: 1 },
    { code: 'RUN foo && bar\nRUN foo\nRUN bar\n', errors: [{ line: 3 }] },
  ],
});

ruleTester(workdirOverCd, {
  valid: [
    'WORKDIR /opt\n',
    'RUN cd /tmp && make\n',
    'CMD cd /x && ./run\n',
    // Back to where the RUN started, after a cd of its own: tidying up, not moving later steps.
    'RUN cd web && npm run build && cd ..\n',
    'RUN if [ -d web ]; then cd web/app && make; cd ../..; fi\n',
    'RUN cd /tmp && make && cd -\n',
  ],
  invalid: [
    { code: 'RUN cd ..\n', errors: 1, output: null, name: 'cd .. with no cd before it moves, and is lost' },
    { code: 'RUN cd web && make && cd /srv\n', errors: 1, output: null, name: 'a cd elsewhere after an earlier one' },
    { code: 'RUN cd /opt\n', errors: [{ column: 5 }], output: 'WORKDIR /opt\n' },
    { code: 'RUN make && cd /out\n', errors: 1, output: null },
    { code: 'run cd /opt\n', errors: 1, output: 'WORKDIR /opt\n', name: 'lowercase RUN' },
    { code: 'RUN cd opt\n', errors: 1, output: null, name: 'a relative path: no fix, WORKDIR wants an absolute one' },
  ],
});

ruleTester(workdirAbsolute, {
  valid: ['WORKDIR /usr/local\n', 'WORKDIR ${work}\n', "WORKDIR '/usr/local'\n", 'WORKDIR "C:\\"\n', 'WORKDIR C:/\n', 'WORKDIR C:\\path\n', 'FROM s\nENV bbb=1\nWORKDIR ${bbb:+x}\n'],
  invalid: [
    { code: 'WORKDIR relative/dir\n', errors: [{ column: 9, endColumn: 21 }] },
    { code: "WORKDIR 'relative/dir'\n", errors: 1 },
    { code: 'WORKDIR "relative/dir"\n', errors: 1 },
    { code: 'WORKDIR C:\n', errors: 1 },
    { code: 'WORKDIR \\\n  app\n', errors: [{ line: 2, column: 3 }] },
  ],
});

ruleTester(relativeDest, {
  valid: [
    'COPY bla.sh /usr/local/bin/blubb.sh\n',
    'COPY bla.sh c:\\system32\\blubb.sh\n',
    'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n',
    'COPY src.sh ${SRC_BASE_ENV}\n',
    'FROM debian as base\nWORKDIR /usr\nFROM debian as mid\nRUN foo\nFROM base\nCOPY foo bar\n',
    'FROM debian\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n',
    // golang's image sets WORKDIR /go: the relative COPY lands there, in the build stage and in one built on it.
    'FROM golang:1.24-alpine AS builder\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n',
    'FROM golang:1.24 AS base\nRUN go version\nFROM base\nCOPY . .\n',
    'FROM php:8.3-apache\nCOPY index.php .\n',
  ],
  invalid: [
    { code: 'COPY bla.sh blubb.sh\n', errors: [{ column: 13 }] },
    { code: 'FROM node:24-alpine\nCOPY package.json ./\n', errors: [{ line: 2, message: /no WORKDIR is set/ }], name: 'node sets no WORKDIR: / it is' },
    { code: 'FROM myorg/golang:1.24\nCOPY . .\n', errors: 1, name: 'an image that is not the official golang: its WORKDIR is unknown' },
    { code: 'COPY bla.sh "blubb.sh"\n', errors: 1 },
    { code: 'FROM debian as s1\nWORKDIR /usr\nFROM debian\nCOPY foo bar\n', errors: [{ line: 4 }] },
    { code: 'COPY a b\n', errors: 1 },
  ],
});

ruleTester(destNotDirectory, {
  valid: ['COPY foo bar\n', 'COPY foo bar baz/\n', 'COPY foo bar "baz/"\n', 'COPY a b $root\n', 'COPY ["a", "b", "/root/"]\n', '# escape=`\nCOPY a b C:\\tmp\\\n'],
  invalid: [
    { code: 'COPY foo bar baz\n', errors: [{ column: 14 }], output: 'COPY foo bar baz/\n' },
    { code: 'COPY foo bar "baz"\n', errors: 1, output: null },
    { code: 'ADD ["a", "b", "/root"]\n', errors: 1 },
    { code: 'COPY a b /di\\\n\\\n\\r\n', errors: 1, name: 'escapes across continuations' },
    { code: 'COPY <<A <<B /x\na\nA\nb\nB\n', errors: 1, name: 'heredoc sources count' },
  ],
});

ruleTester(missingPipefail, {
  valid: [
    // grep selects no line from empty input and exits 1, with -v and -c too: a failing producer fails the pipe.
    'FROM debian:13-slim\nRUN ldd /usr/local/bin/magick | grep libjpeg | grep -vq /usr/local/lib/jpegli/\n',
    'FROM alpine:3.24\nRUN apk --no-network list --installed | grep -v "^[.]ruby-" | grep -i ruby && exit 1 || true\n',
    'FROM alpine:3.24\nRUN ls /plugins | grep -c .so\n',
    // A tar that decompresses fails on empty or cut-off input (no gzip or xz stream): a failed curl fails it.
    'FROM debian:13-slim\nRUN curl -L "https://github.com/rtk-ai/rtk/releases/latest/download/rtk.tar.gz" | tar xz && install rtk /usr/local/bin/rtk\n',
    'FROM debian:13-slim\nRUN curl -fsSL https://go.dev/dl/go1.24.2.linux-amd64.tar.gz | tar -C /usr/local -xzf -\n',
    'FROM debian:13-slim\nRUN wget -qO- https://example.com/hx.tar.xz | tar --extract --xz\n',
    'RUN wget -O - https://x && wc -l f\n',
    'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://x | wc -l\n',
    'SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN a | b\n',
    'SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\nRUN a | b\n',
    'SHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
    'RUN set -eo pipefail; a | b\n',
    'RUN echo "a | b"\n',
    'RUN a || b\n',
    'RUN ["/bin/app", "|", "x"]\n',
    'FROM a AS b\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nFROM b\nRUN a | b\n',
  ],
  invalid: [
    { code: 'FROM scratch\nRUN wget -O - https://some.site | wc -l > /number\n', errors: [{ line: 2, column: 5 }] },
    { code: 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n', errors: 1 },
    { code: 'FROM a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM b\nRUN a | b\n', errors: [{ line: 5 }] },
    { code: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nSHELL ["/bin/sh", "-c"]\nRUN a | b\n', errors: [{ line: 4 }] },
    { code: 'RUN ["sh", "-c", "curl -s x | sh"]\n', errors: 1, name: 'sh -c in exec form' },
    { code: 'FROM debian:13-slim\nRUN curl -fsSL https://bun.sh/install | bash\n', errors: [{ message: /If `curl` fails, this pipe still succeeds/ }], name: 'a shell reading an empty script succeeds' },
    { code: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/a.tar | tar x -C /opt\n', errors: 1, name: 'a tar that does not decompress is not known to fail on empty input' },
  ],
});
