import { defineRule } from '../define.ts';
import { commandsOf, runsAny } from '../lib/commands.ts';
import { actionOf, callOf, installsAfter, packageManagers, programsOf } from '../lib/package-managers.ts';

/** The managers that refresh an index with a subcommand of its own (apt-get update, apk update, dnf makecache ...). */
const updaters = packageManagers.filter((m) => m.actions.update);
const programs = programsOf(updaters);

export default defineRule({
  id: 'update-without-install',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Update the package index in the RUN that installs',
  rationale:
    'RUN apt-get update on its own line is cached as a layer. When you later add a package to the next RUN, the builder reuses that old layer and installs from a stale index, which fails or installs outdated versions. ' +
    'The index also stays in the image. Update, install and clean up in one RUN, or use apk add --no-cache, which fetches a fresh index itself.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN apk update\nRUN apk add --no-cache curl\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nRUN apk add --no-cache curl\n' },
    { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' },
  ],
  docs: [{ title: 'Docker build best practices: apt-get', url: 'https://docs.docker.com/build/building/best-practices/#apt-get' }],
  sources: [
    { id: 'checkov:CKV_DOCKER_5', match: 'same' },
    { id: 'trivy:DS-0017', match: 'same' },
  ],
  check({ model, report }) {
    if (!runsAny(model, programs)) return;
    for (const i of model.of('RUN')) {
      const all = commandsOf(i);
      for (const c of all) {
        const call = callOf(c);
        if (!call || actionOf(call) !== 'update') continue;
        if (installsAfter(all, c, call)) continue;
        report({
          start: c.program.start,
          end: c.end,
          instruction: i,
          message: `\`${c.name} ${call.sub?.value}\` without an install in the same RUN leaves a stale index in a cached layer: update, install and clean up in one RUN${call.manager.fixOption ? `, or use ${call.manager.programs[0]} ${call.manager.actions.install?.[0]} ${call.manager.fixOption}` : ''}.`,
        });
      }
    }
  },
});
