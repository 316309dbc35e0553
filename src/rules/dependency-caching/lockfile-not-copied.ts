import { defineRule } from '../define.ts';
import { commandsOf, runsAny } from '../lib/commands.ts';
import { copyArgs, isWholeContext } from '../lib/copy.ts';
import { copiedName, ecosystems, globMatches, installers, type Ecosystem } from '../lib/dependencies.ts';
import type { PathArg } from '../lib/copy.ts';
import type { Stage } from '../../engine/model.ts';

const names = new Set(ecosystems.flatMap((e) => [e.manifest, ...e.lockfiles]));

/** Cheap filter: could this source copy a manifest or a lockfile? */
function mayMatter(s: PathArg): boolean {
  const v = s.value;
  const base = v.slice(v.lastIndexOf('/') + 1);
  return names.has(base) || isWholeContext(v) || v.endsWith('/') || /[*?[]/.test(base);
}

/** True if a COPY --from source is a folder rather than a named file: /app, /app/, ., /src/node_modules. */
function copiesFolder(source: string): boolean {
  const base = copiedName(source);
  return source.endsWith('/') || isWholeContext(source) || base === '' || !/\.[A-Za-z0-9]+$/.test(base) || base === 'node_modules';
}

/** Names the lockfile of the manager that installs (yarn: yarn.lock), or none when it is not known. */
function lockfileMessage(manifest: string, lockfile: string | null): string {
  return lockfile
    ? `${manifest} is copied without ${lockfile} before the install: copy them together (COPY ${manifest} ${lockfile} ./).`
    : `${manifest} is copied without its lockfile before the install: copy them together.`;
}

export default defineRule({
  id: 'lockfile-not-copied',
  practice: 'dependency-caching',
  severity: 'warning',
  title: 'Copy the lockfile with the manifest',
  rationale:
    'The lockfile (go.sum, package-lock.json, Cargo.lock ...) is what makes the dependency install reproducible and verifiable. Copy only go.mod and go mod download fetches modules with no checksums to verify; copy only package.json and npm resolves fresh versions on every cache miss. ' +
    'Copy the manifest and its lockfile together before the install: COPY go.mod go.sum ./ ' +
    'A folder copied from another stage (COPY --from=deps /app ./) may hold the lockfile that stage installed from, and a stage built FROM one that copied it has it too: the rule does not ask for it again there.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n' }],
  docs: [
    { title: 'Go Modules Reference: go.sum files', url: 'https://go.dev/ref/mod#go-sum-files' },
    { title: 'npm Docs: package-lock.json', url: 'https://docs.npmjs.com/cli/configuring-npm/package-lock-json' },
    { title: 'npm Docs: npm ci', url: 'https://docs.npmjs.com/cli/commands/npm-ci' },
  ],
  sources: [],
  check({ model, report }) {
    if (!runsAny(model, installers)) return;
    // The lockfiles each stage holds by its end, so a stage built FROM it starts with them.
    const lockedBy = new Map<Stage, ReadonlySet<Ecosystem>>();
    for (const stage of model.stages) {
      const pending = new Map<Ecosystem, PathArg>();
      const locked = new Set<Ecosystem>(stage.base ? lockedBy.get(stage.base) : undefined);
      lockedBy.set(stage, locked);
      for (const i of stage.instructions) {
        if (i.onbuild) continue;
        // COPY --from=deps /app ./: a folder of another stage or image, which may well hold the
        // lockfile its install used. Nothing says it does not, so each ecosystem counts as locked.
        if (i.keyword === 'COPY' && i.flag('from') && copyArgs(i).sources.some((s) => copiesFolder(s.value))) {
          for (const eco of ecosystems) {
            locked.add(eco);
            pending.delete(eco);
          }
          continue;
        }
        if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flag('from')) {
          const sources = copyArgs(i).sources;
          if (!sources.some(mayMatter)) continue;
          const whole = sources.some((s) => isWholeContext(s.value));
          const copied = sources.map((s) => copiedName(s.value));
          for (const eco of ecosystems) {
            if (eco.lockfiles.length === 0) continue;
            if (whole || copied.some((name) => eco.lockfiles.some((l) => globMatches(name, l)))) {
              locked.add(eco);
              pending.delete(eco);
              continue;
            }
            const manifest = sources.find((_, k) => globMatches(copied[k] ?? '', eco.manifest));
            if (manifest && !locked.has(eco)) pending.set(eco, manifest);
          }
          continue;
        }
        if (i.keyword !== 'RUN' || pending.size === 0) continue;
        for (const c of commandsOf(i)) {
          for (const [eco, manifest] of pending) {
            if (!eco.installs(c)) continue;
            report({
              start: manifest.start,
              end: manifest.end,
              instruction: null,
              message: lockfileMessage(eco.manifest, eco.lockfileOf(c)),
            });
            pending.delete(eco);
          }
        }
      }
    }
  },
});
