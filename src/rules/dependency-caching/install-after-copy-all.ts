import { defineRule } from '../define.ts';
import { commandsOf, runsAny } from '../lib/commands.ts';
import { copyArgs, isWholeContext } from '../lib/copy.ts';
import { ecosystems, installers } from '../lib/dependencies.ts';
import { downloadsCached } from '../lib/package-managers.ts';
import type { Instruction } from '../../engine/model.ts';

const installerSet = new Set(installers);

export default defineRule({
  id: 'install-after-copy-all',
  practice: 'dependency-caching',
  severity: 'warning',
  title: 'Install dependencies before copying the source',
  rationale:
    'The build cache reuses a layer only while everything it depends on is unchanged. After COPY . . every edit to any source file invalidates the cache, so a dependency install placed after it downloads everything again on each build. ' +
    'Copy only the manifests and lockfiles first (go.mod and go.sum, package.json and package-lock.json), install, then copy the source. ' +
    'A cargo build after COPY . . is fine when cargo chef cook or cargo fetch already did the dependencies from the manifests, ' +
    'and any install is when a cache mount holds its download cache (RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build), so a rebuild downloads nothing again.',
  invalid: [{ code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n' }],
  valid: [{ code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n' }],
  docs: [
    { title: 'Docker docs: Optimize cache usage in builds', url: 'https://docs.docker.com/build/cache/optimize/' },
    { title: 'Docker build best practices: Leverage build cache', url: 'https://docs.docker.com/build/building/best-practices/#leverage-build-cache' },
  ],
  sources: [],
  check({ model, report }) {
    if (!runsAny(model, installers)) return;
    for (const stage of model.stages) {
      let copyAll: Instruction | null = null;
      const installedBefore = new Set<string>();
      for (const i of stage.instructions) {
        if (i.onbuild) continue;
        if (!copyAll && (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flag('from') && copyArgs(i).sources.some((s) => isWholeContext(s.value))) {
          copyAll = i;
          continue;
        }
        if (i.keyword !== 'RUN') continue;
        for (const c of commandsOf(i)) {
          // cargo chef cook and cargo fetch build or fetch the dependencies from the manifests alone.
          if (!copyAll && c.name === 'cargo' && (c.args[0]?.value === 'fetch' || (c.args[0]?.value === 'chef' && c.args[1]?.value === 'cook'))) installedBefore.add('Cargo');
          if (!installerSet.has(c.name)) continue;
          const eco = ecosystems.find((e) => e.installs(c));
          if (!eco) continue;
          if (!copyAll) {
            installedBefore.add(eco.name);
            continue;
          }
          // A cache mount on the download cache (cargo's registry, ~/.npm): a rebuild downloads nothing again.
          if (installedBefore.has(eco.name) || downloadsCached(c)) continue;
          const line = model.lines.position(copyAll.keywordStart).line;
          // The lockfile this manager reads: pnpm i wants pnpm-lock.yaml, not package-lock.json.
          const lockfile = eco.lockfileOf(c) ?? eco.lockfiles[0];
          report({
            start: c.program.start,
            end: c.end,
            instruction: i,
            message: `This install runs after the whole source was copied (line ${line}), so any source change downloads all dependencies again: COPY ${[eco.manifest, ...(lockfile ? [lockfile] : [])].join(' ')} first, install, then COPY the rest.`,
          });
        }
      }
    }
  },
});
