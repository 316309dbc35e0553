import { defineRule } from '../define.ts';
import { commandsOf, later, runsAny, subcommand } from '../lib/commands.ts';

const families: Record<string, string> = { 'apt-get': 'apt', apt: 'apt', aptitude: 'apt', apk: 'apk' };
const installs = new Set(['install', 'add', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall']);

export default defineRule({
  id: 'update-without-install',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Update the package index in the RUN that installs',
  rationale:
    'RUN apt-get update on its own line is cached as a layer. When you later add a package to the next RUN, the builder reuses that old layer and installs from a stale index, which fails or installs outdated versions. ' +
    'The index also stays in the image. Update, install and clean up in one RUN, or use apk add --no-cache, which fetches a fresh index itself.',
  invalid: [{ code: 'FROM alpine:3.21\nRUN apk update\nRUN apk add --no-cache curl\n' }],
  valid: [
    { code: 'FROM alpine:3.21\nRUN apk add --no-cache curl\n' },
    { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' },
  ],
  sources: [
    { id: 'checkov:CKV_DOCKER_5', match: 'same' },
    { id: 'trivy:DS-0017', match: 'same' },
  ],
  check({ model, report }) {
    if (!runsAny(model, ['apt-get', 'apt', 'aptitude', 'apk'])) return;
    for (const i of model.of('RUN')) {
      const all = commandsOf(i);
      for (const c of all) {
        const family = families[c.name];
        if (!family || subcommand(c.args, ['-o', '-t'])?.value !== 'update') continue;
        const installed = later(all, c).some((x) => families[x.name] === family && installs.has(subcommand(x.args, ['-o', '-t'])?.value ?? ''));
        if (installed) continue;
        report({
          start: c.program.start,
          end: c.end,
          instruction: i,
          message: `\`${c.name} update\` without an install in the same RUN leaves a stale index in a cached layer: update, install and clean up in one RUN${family === 'apk' ? ', or use apk add --no-cache' : ''}.`,
        });
      }
    }
  },
});
