import { defineRule } from '../define.ts';
import { commandsOf, hasOption, runsAny, type Command } from '../lib/commands.ts';
import { cleanedLater, empties, installsAfter, keptOutByOption, managersOf, mountedPath, noCacheFix, pathsFilled, programsOf, type Action, type Call, type ManagerPath } from '../lib/package-managers.ts';
import type { Instruction, Model } from '../../engine/model.ts';

const programs = programsOf(managersOf('os'));

interface Left {
  c: Command;
  call: Call;
  action: Action;
  path: ManagerPath;
}

/** What the commands of a RUN leave in its layer: a path filled and neither kept out, mounted away nor cleaned later. */
function leftIn(all: readonly Command[]): Left[] {
  const left: Left[] = [];
  for (const c of all) {
    const filled = pathsFilled(c);
    if (!filled || filled.call.manager.kind !== 'os' || keptOutByOption(filled.call, c, all)) continue;
    // An update no install of the RUN uses is update-without-install's finding: removing the lists
    // in that RUN, as this rule advises, would leave the next RUN's install without them.
    if (filled.action === 'update' && !installsAfter(all, c, filled.call)) continue;
    const path = filled.paths.find((p) => !p.selfCleaned && !mountedPath(p, c.instruction) && !cleanedLater(p, c, all));
    if (path) left.push({ c, call: filled.call, action: filled.action, path });
  }
  if (left.length === 0) return left;
  // One finding per cache: an index update is left to the install after it that fills the same cache.
  const lastFill = new Map<ManagerPath, number>();
  for (const l of left) lastFill.set(l.path, Math.max(lastFill.get(l.path) ?? -1, l.c.index));
  return left.filter((l) => l.action !== 'update' || (lastFill.get(l.path) ?? -1) <= l.c.index);
}

/**
 * True if `call`, an apk install of RUN `i` that does not fetch the index itself (-U,
 * --update-cache), reads the index an earlier RUN of its stage, or of a stage it is built FROM,
 * left in /var/cache/apk with apk update (and no RUN removed since): apk add then downloads
 * nothing, so this layer holds no cache. The update's layer does, which update-without-install
 * reports. (Without such an index, apk add fetches one into its own layer.)
 */
function readsEarlierIndex(model: Model, i: Instruction, call: Call, path: ManagerPath): boolean {
  if (call.manager.name !== 'apk' || !i.stage || hasOption(call.args, ['-U'], ['--update-cache', '--update'])) return false;
  let index = false;
  const chain = model.chain(i.stage);
  for (let k = chain.length - 1; k >= 0; k--) {
    for (const r of chain[k]!.instructions) {
      if (r === i) return index;
      if (r.keyword !== 'RUN') continue;
      const all = commandsOf(r);
      for (const x of all) {
        if (empties(x, path)) index = false;
        const filled = pathsFilled(x);
        if (filled?.call.manager === call.manager && filled.paths.includes(path) && !keptOutByOption(filled.call, x, all) && !mountedPath(path, r)) index = true;
      }
    }
  }
  return index;
}

export default defineRule({
  id: 'package-cache-not-cleaned',
  practice: 'efficient-layering',
  severity: 'warning',
  fix: 'unsafe',
  title: 'Clean package lists and caches in the same RUN',
  rationale:
    'apt-get update, apk add, yum, dnf and zypper leave package indexes and downloaded packages on disk. Whatever a RUN leaves behind is frozen into its layer: deleting it in a later RUN hides the files but the image still carries them. ' +
    'Clean up in the same RUN (rm -rf /var/lib/apt/lists/*, yum clean all), use apk add --no-cache, or keep the cache out of the layer with RUN --mount=type=cache. ' +
    'Only stages that end up in the final image are checked, and ONBUILD triggers, which run in someone else\'s final image.',
  invalid: [
    { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' },
    { code: 'FROM alpine:3.24\nRUN apk add ca-certificates\n', output: 'FROM alpine:3.24\nRUN apk add --no-cache ca-certificates\n' },
  ],
  valid: [
    { code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n' },
    { code: 'FROM alpine:3.24\nRUN apk add --no-cache ca-certificates\n' },
    { code: 'FROM alpine:3.24\nRUN --mount=type=cache,target=/var/cache/apk apk add ca-certificates\n' },
    // apt 3 (Debian trixie): dist-clean removes the package lists too.
    { code: 'FROM debian:trixie-slim\nRUN apt-get update; apt-get install -y --no-install-recommends curl; apt-get dist-clean\n' },
    // Installs from packages already on disk: nothing downloaded, nothing cached.
    { code: 'FROM alpine:3.24\nRUN apk add --no-network --virtual .rundeps so:libssl.so.3\n' },
  ],
  docs: [
    { title: 'Docker build best practices: apt-get', url: 'https://docs.docker.com/build/building/best-practices/#apt-get' },
    { title: 'Docker docs: Optimize cache usage in builds, use cache mounts', url: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts' },
  ],
  sources: [
    { id: 'hadolint:DL3009', match: 'same' },
    { id: 'hadolint:DL3019', match: 'same' },
    { id: 'hadolint:DL3032', match: 'same' },
    { id: 'hadolint:DL3036', match: 'same' },
    { id: 'hadolint:DL3040', match: 'same' },
    { id: 'trivy:DS-0015', match: 'same' },
    { id: 'trivy:DS-0019', match: 'same' },
    { id: 'trivy:DS-0020', match: 'same' },
  ],
  disagreement:
    'hadolint checks apk, yum, dnf and zypper in every stage; like its apt rule, we only check the stages whose layers reach the final image, and ONBUILD triggers. We also accept rm -rf /var/cache/apk/* in the same RUN as cleaning apk\'s cache, and leave out an apk add that reads the index an earlier RUN left: it downloads nothing into its own layer (update-without-install reports the RUN that left the index).',
  check({ model, report }) {
    if (!runsAny(model, programs)) return;
    for (const i of model.of('RUN')) {
      if (!(i.onbuild || model.inFinalImage(i.stage))) continue;
      for (const { c, call, action, path } of leftIn(commandsOf(i))) {
        if (action === 'install' && readsEarlierIndex(model, i, call, path)) continue;
        report({
          start: c.program.start,
          end: c.end,
          instruction: i,
          message: `${call.manager.name} leaves its ${path.what} in this layer: ${(action === 'update' && call.manager.updateAdvice) || call.manager.advice}.`,
          fix: action === 'install' ? noCacheFix(call) : undefined,
        });
      }
    }
  },
});
