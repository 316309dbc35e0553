import { defineRule } from '../define.ts';
import { commandsOf, runsAny, type Command } from '../lib/commands.ts';
import { actionOf, callOf, managersOf, osPackagesInstalledBy, packageOperands, programsOf, withoutPin } from '../lib/package-managers.ts';
import { isNotAnAppImage } from '../lib/purpose.ts';
import { buildDepsRemovedAfter } from '../lib/toolchain.ts';
import { isToolchain, rootRef } from '../lib/images.ts';
import { keyValues, type Stage } from '../../engine/model.ts';

const buildTools = new Set([
  'build-essential', 'build-base', 'gcc', 'g++', 'clang', 'make', 'cmake', 'automake', 'autoconf', 'libtool', 'pkg-config', 'pkgconf',
  'git', 'musl-dev', 'libc-dev', 'libc6-dev', 'linux-headers', 'golang', 'go', 'rust', 'cargo', 'maven', 'gradle', 'python3-dev', 'gcc-c++',
]);

const programs = programsOf(managersOf('os'));

/** Programs that run git themselves (gh repo clone, hub, glab): git installed beside one serves it at run time. */
const gitDrivers = new Set(['gh', 'hub', 'glab']);

/**
 * The packages the install at `k` installs again after the same RUN installed them and then ran a
 * remove of that manager: `apk add --virtual .cc build-base git && make && apk del .cc && apk add
 * git openssh-client` keeps git on purpose, once the build set is gone.
 */
function reinstalledAfterRemove(all: readonly Command[], k: number): ReadonlySet<string> {
  const c = all[k];
  const call = c && callOf(c);
  const again = new Set<string>();
  if (!call) return again;
  let removedSince = false;
  for (let j = k - 1; j >= 0; j--) {
    const x = all[j];
    const earlier = x && callOf(x);
    if (!earlier || earlier.manager !== call.manager) continue;
    const action = actionOf(earlier);
    if (action === 'remove') removedSince = true;
    else if (action === 'install' && removedSince) for (const a of packageOperands(earlier)) again.add(a.value.replace(/[=<>~].*$/, ''));
  }
  return again;
}

export default defineRule({
  id: 'build-tools-in-final-stage',
  practice: 'minimal-final-image',
  severity: 'warning',
  title: 'Install no build tools in the final stage',
  rationale:
    'Compilers, make, git and -dev headers are needed to build, not to run. Installed in the final stage they add size and attack surface, and give an intruder the tools to build more. ' +
    'Install them in the builder stage, or remove them in the same RUN (apk add --virtual .build-deps ... && apk del .build-deps). ' +
    'A tool that a builder stage installs and the final stage installs again was kept on purpose (git for an app that commits at run time): the rule leaves it alone, and so a tool a RUN installs again after removing its build set (apk del .build-deps && apk add git). ' +
    'git installed beside a program that runs it (gh, hub, glab), or that an ENV names as the git to run (GIT_BINARY=git), is a runtime dependency, and an image whose command starts a development server (npm run dev, symfony serve) is a local dev image that builds as it runs. ' +
    'It also leaves alone an image that installs compilers of three languages or more (gcc, fp-compiler, default-jdk): a code runner or judge that compiles what its users submit, whose compilers are what it serves.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN apk add --no-cache build-base git\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nRUN apk add --no-cache ca-certificates tzdata\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' },
    // docker-library's pattern: every package marked auto, then purged with what pulled it in.
    {
      code: 'FROM debian:12-slim\nRUN savedAptMark="$(apt-mark showmanual)"; \\\n  apt-get update; apt-get install -y --no-install-recommends gcc make; \\\n  make -C /usr/src/app install; \\\n  apt-mark auto \'.*\' > /dev/null; apt-mark manual $savedAptMark; \\\n  apt-get purge -y --auto-remove; rm -rf /var/lib/apt/lists/*\nCMD ["app"]\n',
    },
    // A toolchain or tool image that declares no command of its own (cgo's gcc in a Go image,
    // git in a CI image that clones repositories): the tools are what it is for.
    { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git jq && rm -rf /var/lib/apt/lists/*\nWORKDIR /src\nCOPY . .\n' },
    // A git server: git is what it serves.
    { code: 'FROM alpine:3.24\nRUN apk add --no-cache git\nENTRYPOINT ["git", "daemon"]\n' },
    // A toolchain base ships the compiler anyway (toolchain-final-stage says so): git serves it.
    { code: 'FROM golang:1.27\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nCMD ["./rabbit"]\n' },
  ],
  docs: [
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
    { title: 'Docker build best practices: Don\'t install unnecessary packages', url: 'https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages' },
  ],
  sources: [],
  check({ model, options, report }) {
    if (!runsAny(model, programs)) return;
    const final = model.finalStage;
    if (!final || isNotAnAppImage(model, final, options)) return;
    // On a toolchain image (FROM golang, FROM rust) the whole toolchain ships, which
    // toolchain-final-stage reports; git or make added to it serve that toolchain.
    if (isToolchain(rootRef(final))) return;
    // A package a separate builder stage installs too, installed again in the final stage, was
    // kept there on purpose: the build and runtime dependencies were split, and it is a runtime one.
    const chain = model.chain(final);
    const installedIn = (stages: readonly Stage[]) => new Set(stages.flatMap((s) => osPackagesInstalledBy(s).map(withoutPin)));
    const inBuilders = installedIn(model.stages.filter((s) => !chain.includes(s)));
    // git beside gh or glab: they clone and push with it at run time. An ENV that tells the app
    // which git to run (GIT_CACHE_GIT_BINARY=git, GIT_PATH=/usr/bin/git) says so too.
    const gitConfigured = chain.some((s) => s.instructions.some((i) => i.keyword === 'ENV' && keyValues(i).some((kv) => /^(\S*\/)?git$/.test((kv.value ?? '').trim().replace(/^["']|["']$/g, '')))));
    const gitAtRunTime = gitConfigured || [...installedIn(chain)].some((p) => gitDrivers.has(p));
    for (const i of final.instructions) {
      if (i.keyword !== 'RUN' || i.onbuild) continue;
      const all = commandsOf(i);
      // The packages each manager removes after each command: collected from the last command
      // back, so a RUN of n commands takes n steps, not n².
      const removedAfter: (ReadonlySet<string> | undefined)[] = new Array(all.length);
      const removing = new Map<unknown, Set<string>>();
      const copies = new Map<unknown, ReadonlySet<string>>();
      for (let k = all.length - 1; k >= 0; k--) {
        const x = all[k];
        const next = x && callOf(x);
        if (!x || !next) continue;
        const action = actionOf(next);
        if (action === 'install') {
          // One copy per manager until its next remove: installs in a row share it.
          let copy = copies.get(next.manager);
          if (!copy) copies.set(next.manager, (copy = new Set(removing.get(next.manager))));
          removedAfter[k] = copy;
        } else if (action === 'remove') {
          const set = removing.get(next.manager) ?? new Set<string>();
          for (const a of packageOperands(next)) set.add(a.value);
          removing.set(next.manager, set);
          copies.delete(next.manager);
        }
      }
      for (let k = 0; k < all.length; k++) {
        const c = all[k];
        const call = c && callOf(c);
        if (!c || !call || call.manager.kind !== 'os' || actionOf(call) !== 'install') continue;
        const removed = removedAfter[k] ?? new Set<string>();
        // apk add --virtual .build-deps ... && apk del .build-deps
        if (buildDepsRemovedAfter(all, c)) continue;
        const virtual = c.args.findIndex((a) => a.value === '-t' || a.value === '--virtual');
        if (virtual >= 0 && removed.has(c.args[virtual + 1]?.value ?? '')) continue;
        let tools = packageOperands(call).filter((a) => {
          const name = a.value.replace(/[=<>~].*$/, '');
          return buildTools.has(name) && !removed.has(a.value) && !inBuilders.has(name) && !(name === 'git' && gitAtRunTime);
        });
        if (tools.length === 0) continue;
        // Looked for only when a build tool is left, so a long RUN is scanned rarely.
        const again = reinstalledAfterRemove(all, k);
        tools = tools.filter((a) => !again.has(a.value.replace(/[=<>~].*$/, '')));
        if (tools.length === 0) continue;
        const first = tools[0];
        report({
          start: first?.start ?? c.program.start,
          end: tools[tools.length - 1]?.end ?? c.end,
          instruction: i,
          message: `${tools.map((t) => t.value).join(', ')} ${tools.length === 1 ? 'is a build tool' : 'are build tools'} in the final stage: install ${tools.length === 1 ? 'it' : 'them'} in the builder stage instead.`,
        });
      }
    }
  },
});
