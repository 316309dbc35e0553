import { defineRule } from '../define.ts';
import type { Model, Stage } from '../../engine/model.ts';
import { commandsOf } from '../lib/commands.ts';
import { copyFrom } from '../lib/copy.ts';
import { lastInChain, stageNamedBy } from '../lib/stages.ts';
import { binShOf, displayRef, isFullOs, rootRef } from '../lib/images.ts';
import { osPackagesAlongChain, withoutPin } from '../lib/package-managers.ts';
import { isNotAnAppImage } from '../lib/purpose.ts';

/** Packages the distroless images ship themselves (static: certificates, time zones, netbase; base: glibc, OpenSSL). */
const inDistroless = new Set(['ca-certificates', 'tzdata', 'netbase', 'base-files', 'libc6', 'openssl', 'libssl3']);
/** What distroless/base adds to distroless/static: glibc, libssl and openssl. */
const inDistrolessBase = new Set(['libc6', 'openssl', 'libssl3']);

/** True if the stage's chain installs glibc or OpenSSL for the app: distroless/base, not static, has them. */
function needsGlibc(stage: Stage): boolean {
  return osPackagesAlongChain(stage).some((p) => inDistrolessBase.has(withoutPin(p)));
}

/**
 * True if the stage builds Rust for a glibc target: it runs cargo build or cargo install, on an
 * image that is not Alpine's (where Rust builds for musl, statically linked), and nothing along
 * its chain names a musl target or crt-static. Such a program links glibc and libgcc
 * dynamically: distroless/cc has them, distroless/static and scratch do not.
 */
function buildsGnuRust(stage: Stage): boolean {
  if (binShOf(rootRef(stage)) === 'busybox') return false;
  let builds = false;
  for (const s of stage.chain) {
    for (const i of s.instructions) {
      if (/musl|crt-static/.test(i.args.text)) return false;
      if (i.keyword !== 'RUN') continue;
      for (const c of commandsOf(i)) {
        // The subcommand: the first word that is neither an option nor a toolchain (cargo +nightly build).
        const sub = c.args.find((a) => !a.value.startsWith('-') && !a.value.startsWith('+'))?.value;
        if (c.name === 'cargo' && (sub === 'build' || sub === 'install')) builds = true;
      }
    }
  }
  return builds;
}

/** True if the final stage's chain copies files out of a stage of this file that builds Rust for glibc. */
function copiesGnuRust(model: Model, final: Stage): boolean {
  for (const s of final.chain) {
    for (const i of s.instructions) {
      const from = copyFrom(i);
      const source = from === undefined ? null : stageNamedBy(model, from);
      if (source && source !== s && buildsGnuRust(source)) return true;
    }
  }
  return false;
}

/** True if the stage's chain installs a package that distroless does not ship: the image needs its OS for it. */
function needsOsPackage(stage: Stage): boolean {
  // A package list in a variable ($PHPIZE_DEPS) cannot be told apart: it counts.
  return osPackagesAlongChain(stage).some((p) => !inDistroless.has(withoutPin(p)));
}

/** Programs a health check may call that only a full OS (or busybox) provides. */
const osTools = new Set(['wget', 'curl', 'nc', 'netcat', 'sh', 'bash', 'ash', 'pgrep', 'ps', 'test', '[']);

/**
 * True if the image calls on its OS at run time: it starts a shell script (ENTRYPOINT
 * ["/entrypoint.sh"]), or a shell-form command, or its HEALTHCHECK runs wget, curl or a shell.
 */
function usesOsAtRunTime(stage: Stage): boolean {
  // What the image runs: the nearest stage's, as later instructions override earlier ones.
  const start = lastInChain(stage, 'ENTRYPOINT') ?? lastInChain(stage, 'CMD');
  if (start && !start.json) return true;
  const program = start?.json?.[0]?.value ?? '';
  if (/\.(sh|bash)$/.test(program) || osTools.has(program.slice(program.lastIndexOf('/') + 1))) return true;
  const health = lastInChain(stage, 'HEALTHCHECK');
  if (!health || /^\s*NONE\b/i.test(health.args.text)) return false;
  return commandsOf(health).some((c) => osTools.has(c.name)) || !/\bCMD\s*\[/i.test(health.args.text);
}

export default defineRule({
  id: 'full-os-final-stage',
  practice: 'distroless-images',
  severity: 'info',
  title: 'Consider a distroless or scratch runtime image',
  rationale:
    'Debian, Ubuntu and even Alpine ship a shell, a package manager and dozens of packages the app never calls, each one more thing to scan and patch. ' +
    'A static Go binary needs nothing but itself (and CA certificates): gcr.io/distroless/static-debian13:nonroot or scratch. A glibc binary runs on distroless/base-debian13, and one that also links libgcc, as Rust built for a gnu target does, on distroless/cc-debian13. Keep a full OS when the app really shells out or needs OS packages: the rule stays quiet when the image starts a shell script or a shell-form command, or its HEALTHCHECK calls wget, curl or a shell.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM debian:12-slim\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  valid: [
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n' },
    // A language runtime image that others build on: its command is the interpreter, and it
    // installs the OS packages the runtime links against.
    { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libargon2-1 libxml2 && rm -rf /var/lib/apt/lists/*\nCOPY php /usr/local/bin/php\nCMD ["php", "-a"]\n' },
  ],
  docs: [
    { title: 'Distroless container images', url: 'https://github.com/GoogleContainerTools/distroless' },
    { title: 'Docker build best practices: Choose the right base image', url: 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image' },
  ],
  sources: [],
  check({ model, options, report }) {
    const final = model.finalStage;
    // A shell or interpreter image (CMD ["php", "-a"]), a base image for others or a
    // development target needs the OS it runs on; so does an app that installs OS packages.
    if (!final?.from || isNotAnAppImage(model, final, options)) return;
    const ref = rootRef(final);
    if (!isFullOs(ref) || ref === null || needsOsPackage(final) || usesOsAtRunTime(final)) return;
    const w = final.imageWord;
    report({
      start: w?.start ?? final.from.keywordStart,
      end: w?.end ?? final.from.keywordEnd,
      instruction: final.from,
      // distroless/cc is distroless/base with libgcc and libstdc++: it serves a Rust program that also links OpenSSL.
      message: copiesGnuRust(model, final)
        ? `The final image is based on ${displayRef(ref)}, a full OS with a shell and package manager: if the app needs neither, use gcr.io/distroless/cc-debian13:nonroot, which has the glibc and libgcc that Rust built for a gnu target links to (static and scratch have no libc).`
        : needsGlibc(final)
          ? `The final image is based on ${displayRef(ref)}, a full OS with a shell and package manager: if the app needs neither, use gcr.io/distroless/base-debian13:nonroot, which has the glibc and OpenSSL it installs.`
          : `The final image is based on ${displayRef(ref)}, a full OS with a shell and package manager: if the app needs neither, use gcr.io/distroless/static-debian13:nonroot or scratch.`,
    });
  },
});
