import { defineRule } from '../define.ts';
import { commandsOf, runs } from '../lib/commands.ts';
import { copyArgs, isArchive } from '../lib/copy.ts';

function baseName(path: string): string {
  const s = path.replace(/\\/g, '/').replace(/\/+$/, '');
  return s.slice(s.lastIndexOf('/') + 1);
}

export default defineRule({
  id: 'copy-archive-then-extract',
  practice: 'copy-over-add',
  severity: 'info',
  title: 'Let ADD extract a local archive',
  rationale:
    'COPY app.tar.gz followed by RUN tar -xf stores the archive in one layer and its contents in another, so the image carries both. ' +
    'ADD app.tar.gz /dest/ extracts a local tar archive in a single layer: this is the one job ADD is the right tool for.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n' }],
  valid: [{ code: 'FROM alpine:3.24\nADD app.tar.gz /opt/\n' }],
  docs: [
    { title: 'Dockerfile reference: ADD', url: 'https://docs.docker.com/reference/dockerfile/#add' },
    { title: 'Docker build best practices: ADD or COPY', url: 'https://docs.docker.com/build/building/best-practices/#add-or-copy' },
  ],
  sources: [{ id: 'hadolint:DL3010', match: 'same' }],
  check({ model, report }) {
    if (!runs(model, 'tar')) return;
    for (const stage of model.stages) {
      const archives = new Map<string, number>();
      for (const i of stage.instructions) {
        if (i.keyword === 'COPY' && !i.flag('from')) {
          const { sources, dest } = copyArgs(i);
          for (const s of sources) {
            if (!isArchive(s.value) && !isArchive(s.unquoted)) continue;
            for (const name of [s.value, s.unquoted]) archives.set(baseName(name), i.keywordStart);
            if (dest && !/[/\\]$/.test(dest.unquoted)) for (const name of [dest.value, dest.unquoted]) archives.set(baseName(name), i.keywordStart);
          }
          continue;
        }
        if (i.keyword !== 'RUN' || archives.size === 0) continue;
        for (const c of commandsOf(i)) {
          if (c.name !== 'tar' || !c.args.some((a) => /^-?[a-zA-Z]*x/.test(a.value) && !a.value.startsWith('--') || a.value === '--extract')) continue;
          const file = c.args.find((a) => archives.has(baseName(a.value)));
          if (!file) continue;
          const copied = archives.get(baseName(file.value)) ?? i.keywordStart;
          report({
            start: c.program.start,
            end: c.end,
            instruction: i,
            message: `The archive copied on line ${model.lines.position(copied).line} is extracted here, so the image keeps both: ADD it to the destination directory instead.`,
          });
        }
      }
    }
  },
});
