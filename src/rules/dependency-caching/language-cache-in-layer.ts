import { defineRule } from '../define.ts';
import { commandsOf, programsIn, runsAny, type Command } from '../lib/commands.ts';
import { adviceIn, cleanedLater, keptOutByOption, manager, mountedPath, noCacheFix, pathsFilled, programsOf, type Call, type ManagerPath } from '../lib/package-managers.ts';
import { homeAt } from '../lib/user.ts';
import type { Model } from '../../engine/model.ts';

/** The managers this rule checks; the table knows their caches, flags and clean commands. */
const checked = [manager('pip'), manager('yarn')];
const programs = programsOf(checked);

/** The cache an install by one of the checked managers leaves in the layer, if any. */
function cacheLeft(c: Command, all: readonly Command[]): { call: Call; path: ManagerPath } | undefined {
  const filled = pathsFilled(c);
  if (!filled || !checked.includes(filled.call.manager) || filled.action !== 'install') return undefined;
  if (keptOutByOption(filled.call, c, all)) return undefined;
  const path = filled.paths.find((p) => !mountedPath(p, c.instruction) && !cleanedLater(p, c, all));
  return path ? { call: filled.call, path } : undefined;
}

/** True if the file runs pip or yarn, or a python that may run pip as a module. */
function runsChecked(model: Model): boolean {
  if (model.of('RUN').length === 0) return false;
  if (runsAny(model, programs)) return true;
  for (const p of programsIn(model)) if (p.startsWith('python')) return true;
  return false;
}

export default defineRule({
  id: 'language-cache-in-layer',
  practice: 'dependency-caching',
  severity: 'warning',
  fix: 'unsafe',
  title: 'Keep pip and yarn caches out of the image',
  rationale:
    'pip and yarn keep a copy of every package they download in a cache directory. In a RUN, that cache is written into the layer and shipped with the image, next to the installed packages. ' +
    'Use a BuildKit cache mount (RUN --mount=type=cache,target=/root/.cache/pip), which keeps the cache between builds but outside the image, or pip install --no-cache-dir and yarn cache clean in the same RUN.',
  invalid: [{ code: 'FROM python:3.13-slim\nRUN pip install -r requirements.txt\n', output: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir -r requirements.txt\n' }],
  valid: [
    { code: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
    { code: 'FROM node:22-alpine\nRUN yarn install --frozen-lockfile && yarn cache clean\n' },
    // A smoke test, not an install.
    { code: 'FROM node:22-alpine\nRUN yarn --version\n' },
  ],
  docs: [
    { title: 'pip documentation: Caching', url: 'https://pip.pypa.io/en/stable/topics/caching/' },
    { title: 'Yarn Classic CLI: yarn cache', url: 'https://classic.yarnpkg.com/en/docs/cli/cache' },
    { title: 'Docker docs: Optimize cache usage in builds', url: 'https://docs.docker.com/build/cache/optimize/' },
  ],
  sources: [
    { id: 'hadolint:DL3042', match: 'same' },
    { id: 'hadolint:DL3060', match: 'same' },
  ],
  disagreement: 'Like hadolint\'s yarn rule, we only check stages whose layers reach the final image (and ONBUILD triggers); a builder stage\'s cache is never shipped.',
  check({ model, report }) {
    if (!runsChecked(model)) return;
    for (const i of model.of('RUN')) {
      if (!(i.onbuild || model.inFinalImage(i.stage))) continue;
      const all = commandsOf(i);
      // One finding per line and cache: "pip install -U pip && pip install -r r.txt" leaves one cache, said once.
      const onLine = new Map<string, { path: ManagerPath; installs: { command: Command; call: Call }[] }>();
      for (const c of all) {
        const left = cacheLeft(c, all);
        if (!left) continue;
        const key = `${model.lines.position(c.program.start).line} ${left.path.dirs.join(' ')}`;
        const group = onLine.get(key) ?? { path: left.path, installs: [] };
        group.installs.push({ command: c, call: left.call });
        onLine.set(key, group);
      }
      for (const { path, installs } of onLine.values()) {
        const [first] = installs;
        const last = installs.at(-1);
        if (!first || !last) continue;
        const { manager: m } = first.call;
        const fixes = installs.flatMap(({ call }) => noCacheFix(call) ?? []);
        const [fix] = fixes;
        const from = installs.length > 1 ? ` from the ${installs.length} installs on this line` : '';
        report({
          start: first.command.program.start,
          end: last.command.end,
          instruction: i,
          message: `${m.name} keeps its ${path.what} in this layer${from}: ${adviceIn(m, homeAt(model, i))}.`,
          ...(fix ? { fix: { title: fixes.length > 1 ? `${fix.title} to each install` : fix.title, edits: fixes.flatMap((f) => f.edits) } } : {}),
        });
      }
    }
  },
});
