import { defineRule } from '../define.ts';
import { commandsOf, hasOption, runsAny, subcommand } from '../lib/commands.ts';

export default defineRule({
  id: 'no-install-recommends',
  practice: 'minimal-final-image',
  severity: 'warning',
  title: 'Use apt-get install --no-install-recommends',
  rationale:
    'By default apt-get install also installs every "recommended" package, which often doubles what lands in the image: documentation, extra tools, X11 libraries for a server. ' +
    'Pass --no-install-recommends and list what the app really needs.',
  invalid: [
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      output: 'FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
  ],
  valid: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' }],
  sources: [{ id: 'hadolint:DL3015', match: 'same' }],
  disagreement: 'hadolint checks every stage. We check the stages whose layers reach the final image, and ONBUILD triggers: recommended packages in a builder stage are never shipped.',
  check({ model, report }) {
    if (!runsAny(model, ['apt-get', 'apt'])) return;
    for (const i of model.of('RUN')) {
      if (!(i.onbuild || model.inFinalImage(i.stage))) continue;
      for (const c of commandsOf(i)) {
        if (c.name !== 'apt-get' && c.name !== 'apt') continue;
        const sub = subcommand(c.args, ['-o', '-t', '-c']);
        if (sub?.value !== 'install') continue;
        if (hasOption(c.args, [], ['--no-install-recommends'])) continue;
        if (c.args.some((a) => /^APT::Install-Recommends=(false|0|no)$/i.test(a.value))) continue;
        report({
          start: c.program.start,
          end: c.end,
          instruction: i,
          message: `${c.name} install also installs recommended packages: add --no-install-recommends.`,
          fix: { title: 'Add --no-install-recommends', edits: [{ start: sub.end, end: sub.end, text: ' --no-install-recommends' }] },
        });
      }
    }
  },
});
