import { defineRule } from '../define.ts';
import { commandsOf, hasOption, runsAny } from '../lib/commands.ts';
import { callOf, packageManagers } from '../lib/package-managers.ts';

/** The programs that install recommended packages unless told not to, and the option that tells them. */
const withRecommends = packageManagers.flatMap((m) => (m.noRecommends ? [{ manager: m, ...m.noRecommends }] : []));
const programs = withRecommends.flatMap((w) => w.programs);

export default defineRule({
  id: 'no-install-recommends',
  practice: 'minimal-final-image',
  severity: 'warning',
  fix: 'unsafe',
  title: 'Use apt-get install --no-install-recommends',
  rationale:
    'By default apt-get install also installs every "recommended" package, which often doubles what lands in the image: documentation, extra tools, X11 libraries for a server. ' +
    'Pass --no-install-recommends and list what the app really needs. Some packages recommend nothing today; the flag costs nothing there and keeps a later release\'s recommendations out.',
  invalid: [
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      output: 'FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
  ],
  valid: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
  docs: [
    { title: 'apt-get(8) manual (Debian bookworm)', url: 'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html' },
    { title: 'Docker build best practices: Don\'t install unnecessary packages', url: 'https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages' },
  ],
  sources: [{ id: 'hadolint:DL3015', match: 'same' }],
  disagreement: 'hadolint checks every stage. We check the stages whose layers reach the final image, and ONBUILD triggers: recommended packages in a builder stage are never shipped.',
  check({ model, report }) {
    if (!runsAny(model, programs)) return;
    for (const i of model.of('RUN')) {
      if (!(i.onbuild || model.inFinalImage(i.stage))) continue;
      for (const c of commandsOf(i)) {
        const call = callOf(c);
        const recommends = withRecommends.find((w) => w.manager === call?.manager && w.programs.includes(c.name));
        const sub = call?.sub;
        if (!call || !recommends || !sub || sub.value !== 'install') continue;
        if (hasOption(c.args, [], [recommends.option])) continue;
        if (c.args.some((a) => /^APT::Install-Recommends=(false|0|no)$/i.test(a.value))) continue;
        report({
          start: c.program.start,
          end: c.end,
          instruction: i,
          message: `${c.name} install without ${recommends.option} also installs every package these recommend, now or in a later release: add ${recommends.option}.`,
          fix: { title: `Add ${recommends.option}`, edits: [{ start: sub.end, end: sub.end, text: ` ${recommends.option}` }] },
        });
      }
    }
  },
});
