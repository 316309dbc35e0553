import { defineRule } from '../define.ts';
import { commandsOf, runs, type Command } from '../lib/commands.ts';

export default defineRule({
  id: 'wget-and-curl',
  practice: 'minimal-final-image',
  severity: 'info',
  title: 'Use either wget or curl, not both',
  rationale: 'wget and curl do the same job here. A stage that uses both usually installs both: pick one, and the image carries one fewer tool and its libraries.',
  invalid: [{ code: 'FROM debian:12-slim\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\n' }],
  valid: [{ code: 'FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\n' }],
  docs: [
    { title: 'Docker build best practices: Don\'t install unnecessary packages', url: 'https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages' },
  ],
  sources: [
    { id: 'hadolint:DL4001', match: 'same' },
    { id: 'trivy:DS-0014', match: 'same' },
  ],
  check({ model, report }) {
    if (!runs(model, 'wget') || !runs(model, 'curl')) return;
    for (const stage of model.stages) {
      let first: Command | undefined;
      let other: Command | undefined;
      for (const i of stage.instructions) {
        if (i.keyword !== 'RUN') continue;
        for (const c of commandsOf(i)) {
          if (c.name !== 'wget' && c.name !== 'curl') continue;
          if (!first) first = c;
          else if (c.name !== first.name) other ??= c;
        }
      }
      if (!first || !other) continue;
      report({ start: other.program.start, end: other.program.end, instruction: other.instruction, message: `This stage uses both ${first.name} and ${other.name}: use one of them.` });
    }
  },
});
