import { defineRule } from '../define.ts';
import { commandsOf, hasOption, later, mounts, programsIn, runsAny, subcommand, type Command } from '../lib/commands.ts';
import type { Instruction } from '../../engine/model.ts';

const truthy = new Set(['1', 'true', 'yes', 'on']);

function pipNoCacheEnv(i: Instruction, c: Command, all: readonly Command[]): boolean {
  const env = i.model.lookupAt(i)('PIP_NO_CACHE_DIR');
  if (typeof env === 'string' && truthy.has(env.toLowerCase())) return true;
  const assigned = (a: string) => a.startsWith('PIP_NO_CACHE_DIR=') && truthy.has(a.slice(17).toLowerCase());
  if (c.assignments.some((a) => assigned(a.value))) return true;
  return all.some((x) => x.index < c.index && x.name === 'export' && x.args.some((a) => assigned(a.value)));
}

function mountedAt(i: Instruction, part: string): boolean {
  return mounts(i).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && (m.target ?? '').includes(part));
}

function isPip(c: Command): boolean {
  if (['pip', 'pip2', 'pip3'].includes(c.name)) return subcommand(c.args)?.value === 'install';
  if (/^python[\d.]*$/.test(c.name) && c.args[0]?.value === '-m' && c.args[1]?.value === 'pip') return c.args.slice(2).some((a) => a.value === 'install');
  return false;
}

export default defineRule({
  id: 'language-cache-in-layer',
  practice: 'dependency-caching',
  severity: 'warning',
  title: 'Keep pip and yarn caches out of the image',
  rationale:
    'pip and yarn keep a copy of every package they download in a cache directory. In a RUN, that cache is written into the layer and shipped with the image, next to the installed packages. ' +
    'Use a BuildKit cache mount (RUN --mount=type=cache,target=/root/.cache/pip), which keeps the cache between builds but outside the image, or pip install --no-cache-dir and yarn cache clean in the same RUN.',
  invalid: [{ code: 'FROM python:3.13-slim\nRUN pip install -r requirements.txt\n', output: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir -r requirements.txt\n' }],
  valid: [
    { code: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
    { code: 'FROM node:22-alpine\nRUN yarn install --frozen-lockfile && yarn cache clean\n' },
  ],
  sources: [
    { id: 'hadolint:DL3042', match: 'same' },
    { id: 'hadolint:DL3060', match: 'same' },
  ],
  disagreement: 'Like hadolint\'s yarn rule, we only check stages whose layers reach the final image (and ONBUILD triggers); a builder stage\'s cache is never shipped.',
  check({ model, report }) {
    if (model.of('RUN').length === 0) return;
    if (!runsAny(model, ['pip', 'pip2', 'pip3', 'yarn']) && ![...programsIn(model)].some((p) => p.startsWith('python'))) return;
    for (const i of model.of('RUN')) {
      if (!(i.onbuild || model.inFinalImage(i.stage))) continue;
      const all = commandsOf(i);
      for (const c of all) {
        if (isPip(c)) {
          if (hasOption(c.args, [], ['--no-cache-dir']) || pipNoCacheEnv(i, c, all) || mountedAt(i, '.cache/pip')) continue;
          const install = c.args.find((a) => a.value === 'install');
          report({
            start: c.program.start,
            end: c.end,
            instruction: i,
            message: 'pip keeps its download cache in this layer: use RUN --mount=type=cache,target=/root/.cache/pip, or pip install --no-cache-dir.',
            fix: install ? { title: 'Add --no-cache-dir', edits: [{ start: install.end, end: install.end, text: ' --no-cache-dir' }] } : undefined,
          });
        } else if (c.name === 'yarn' && subcommand(c.args)?.value === 'install') {
          const cleaned = later(all, c).some((x) => x.name === 'yarn' && subcommand(x.args)?.value === 'cache' && x.args.some((a) => a.value === 'clean'));
          if (cleaned || mountedAt(i, 'yarn')) continue;
          report({
            start: c.program.start,
            end: c.end,
            instruction: i,
            message: 'yarn keeps its cache in this layer: use RUN --mount=type=cache,target=/usr/local/share/.cache/yarn, or run yarn cache clean in the same RUN.',
          });
        }
      }
    }
  },
});
