import { defineRule } from '../define.ts';
import type { Instruction, Model, Stage } from '../../engine/model.ts';
import { commandsOf, mounts, removedPaths, runs, type Arg, type Command } from '../lib/commands.ts';
import { copyArgs } from '../lib/copy.ts';
import { copiedName, globMatches } from '../lib/dependencies.ts';
import { callOf } from '../lib/package-managers.ts';
import { isInside, resolvePath, workdirAt } from '../lib/stages.ts';

/** The lockfiles npm ci installs from (npm-shrinkwrap.json wins when both exist). */
const lockfiles = ['package-lock.json', 'npm-shrinkwrap.json'];

/** npm's install and its aliases (npm help install). */
const installWords = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add']);

/** Options of npm install that take their value as the next word. */
const valueOptions = new Set(['--omit', '--include', '--only', '--registry', '--cache', '--loglevel', '--tag', '--workspace', '-w', '--userconfig', '--install-strategy', '--before']);

/**
 * Options that make a bare install something npm ci is not: installing elsewhere (--prefix, -g)
 * or on purpose without the lockfile (--no-package-lock, --package-lock=false).
 */
const otherIntent = /^(--prefix(=.*)?|-g|--global|--location(=.*)?|--no-package-lock|--package-lock=false|--no-shrinkwrap|--shrinkwrap=false)$/;

interface Lockfile {
  /** The file name as npm knows it. */
  readonly name: string;
  /** The folder it lands in. */
  readonly dir: string;
  /** Where it came into the image, for the message. */
  readonly instruction: Instruction;
  /** Copied by a pattern (package*.json): there only if the project has one. */
  readonly byPattern: boolean;
}

/** The lockfile a COPY/ADD source brings, if its name or pattern matches one. */
function lockfileNamed(source: string): { name: string; byPattern: boolean } | null {
  const base = copiedName(source);
  const name = lockfiles.find((l) => globMatches(base, l));
  return name ? { name, byPattern: base !== name } : null;
}

/** The folder a COPY puts its sources in, or null when unknown. */
function destinationDir(model: Model, i: Instruction, dest: string, sourceName: string): string | null {
  const workdir = workdirAt(model, i);
  const path = resolvePath(workdir, dest);
  if (path === null) return null;
  // COPY package-lock.json ./package-lock.json names the file; anything else is a folder.
  if (!/[/\\]$/.test(dest) && copiedName(dest) === sourceName) return path.slice(0, path.lastIndexOf('/')) || '/';
  return path;
}

/** Lockfiles a COPY or ADD brings in, with their folders. */
function copiedLockfiles(model: Model, i: Instruction): Lockfile[] {
  const { sources, dest } = copyArgs(i);
  if (!dest || dest.hasVariable) return [];
  const out: Lockfile[] = [];
  for (const s of sources) {
    if (s.hasVariable || s.heredoc) continue;
    const found = lockfileNamed(s.value);
    if (!found) continue;
    const dir = destinationDir(model, i, dest.value, found.name);
    if (dir !== null) out.push({ ...found, dir, instruction: i });
  }
  return out;
}

/** Lockfiles a RUN --mount=type=bind brings in for its own commands (docker init's Node template). */
function mountedLockfiles(model: Model, i: Instruction): Lockfile[] {
  const out: Lockfile[] = [];
  for (const m of mounts(i)) {
    if (m.type !== 'bind' || !m.source || !m.target) continue;
    const found = lockfileNamed(m.source);
    const path = found && resolvePath(workdirAt(model, i), m.target);
    if (found && path && copiedName(path) === found.name) out.push({ ...found, dir: path.slice(0, path.lastIndexOf('/')) || '/', instruction: i });
  }
  return out;
}

/** The subcommand word of a bare `npm install` (no package named, no other intent), or undefined. */
function bareInstall(c: Command): Arg | undefined {
  const call = callOf(c);
  if (call?.manager.name !== 'npm' || !call.sub || !installWords.has(call.sub.value)) return undefined;
  const args = call.args;
  const start = args.indexOf(call.sub);
  for (let k = 0; k < args.length; k++) {
    const v = args[k]?.value ?? '';
    if (otherIntent.test(v)) return undefined;
    if (k <= start || v.startsWith('-')) continue;
    // A package operand: npm install express, npm install ./local, npm install $PKG.
    if (!valueOptions.has(args[k - 1]?.value ?? '')) return undefined;
  }
  return call.sub;
}

/**
 * The folder the command runs in: the WORKDIR, or where the last earlier `cd` of the RUN went
 * (`cd /app && npm install`); null when that is not known (cd $DIR, cd -, a cd inside a subshell).
 */
function folderOf(model: Model, all: readonly Command[], c: Command): string | null {
  const cd = all.filter((x) => x.index < c.index && (x.name === 'cd' || x.name === 'pushd')).pop();
  const workdir = workdirAt(model, c.instruction);
  if (!cd) return workdir;
  const target = cd.args.filter((a) => !a.value.startsWith('-'));
  if (target.length !== 1 || cd.args.length !== 1) return null;
  return resolvePath(workdir, target[0]?.value ?? '');
}

function where(l: Lockfile): string {
  if (l.instruction.keyword === 'RUN') return `mounted on line ${l.instruction.line}`;
  return l.byPattern ? `copied by a pattern on line ${l.instruction.line} when the project has one` : `copied on line ${l.instruction.line}`;
}

/**
 * `inContext(name)`: whether the build context holds a lockfile of that name, so that a pattern
 * (package*.json) copies one. Without the context's listing, a pattern proves nothing: many
 * projects copy package*.json with no lockfile, and npm ci would fail there.
 */
function check(model: Model, stage: Stage, inContext: (name: string) => boolean, report: (c: Command, sub: Arg, l: Lockfile) => void): void {
  // The lockfiles in the image so far, by folder; base stages first, as the image builds them.
  const present = new Map<string, Lockfile>();
  const chain = model.chain(stage);
  for (let k = chain.length - 1; k >= 0; k--) {
    // A base stage's RUNs were checked with that stage.
    const own = k === 0;
    for (const i of chain[k]?.instructions ?? []) {
      // ONBUILD triggers copy and install in the child image's build.
      if (i.onbuild) continue;
      if (i.keyword === 'COPY' || i.keyword === 'ADD') {
        for (const l of copiedLockfiles(model, i)) if (!l.byPattern || inContext(l.name)) present.set(l.dir, l);
        continue;
      }
      if (i.keyword !== 'RUN') continue;
      const all = commandsOf(i);
      const mounted = new Map(mountedLockfiles(model, i).map((l) => [l.dir, l]));
      for (const c of all) {
        // `npm ci || npm install`: a fallback for when there is no lockfile, written on purpose.
        const sub = own && c.before !== '||' ? bareInstall(c) : undefined;
        if (sub) {
          const dir = folderOf(model, all, c);
          const l = dir === null ? undefined : (mounted.get(dir) ?? present.get(dir));
          if (l) report(c, sub, l);
        }
        // rm package-lock.json (or its folder): gone for what follows.
        for (const p of removedPaths([c])) {
          const path = resolvePath(workdirAt(model, i), p.value);
          if (path === null) continue;
          for (const [dir, l] of present) if (isInside(`${dir === '/' ? '' : dir}/${l.name}`, path)) present.delete(dir);
        }
      }
    }
  }
}

export default defineRule({
  id: 'npm-install-with-lockfile',
  practice: 'dependency-caching',
  severity: 'warning',
  title: 'Use npm ci when the lockfile is in the image',
  rationale:
    'npm install reads package-lock.json only as a starting point: where package.json asks for something the lockfile does not satisfy, it resolves new versions and rewrites the lockfile inside the image, so the image can hold dependencies nobody reviewed. ' +
    'A pattern such as package*.json counts only when the build context is known to hold the lockfile: many projects have none, and npm ci fails without one. ' +
    'npm ci installs exactly what the lockfile says, fails when the lockfile and package.json disagree, starts from an empty node_modules, and never writes the lockfile. ' +
    'Fix safety: the fix (install to ci) is unsafe, since npm ci fails where npm install would quietly update the lockfile, and deletes a node_modules folder already copied in.',
  invalid: [
    {
      code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "server.js"]\n',
      output: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
  ],
  valid: [
    { code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n' },
    // Installing a named package is what npm install is for.
    { code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci && npm install -g pm2\nCOPY . .\nCMD ["pm2-runtime", "server.js"]\n' },
    // package*.json brings a lockfile only if the project has one, which the file alone does not show.
    { code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "server.js"]\n' },
    // COPY . . may or may not bring a lockfile: nothing to say.
    { code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]\n' },
  ],
  docs: [
    { title: 'npm Docs: npm ci', url: 'https://docs.npmjs.com/cli/commands/npm-ci' },
    { title: 'npm Docs: package-lock.json', url: 'https://docs.npmjs.com/cli/configuring-npm/package-lock-json' },
    { title: 'Docker docs: Containerize a Node.js application', url: 'https://docs.docker.com/guides/nodejs/containerize/' },
  ],
  sources: [],
  fix: 'unsafe',
  check({ model, options, report }) {
    if (!runs(model, 'npm')) return;
    const files = options.context?.files;
    const inContext = (name: string) => files !== undefined && files.some((f) => f === name || f.endsWith(`/${name}`));
    for (const stage of model.stages) {
      check(model, stage, inContext, (c, sub, l) => {
        const written = `npm ${sub.value}`;
        // The word as written: "install" in exec form keeps its quotes, npm 'i' its own.
        const asWritten = model.text.slice(sub.start, sub.end);
        const fixed = asWritten.includes(sub.value) ? asWritten.replace(sub.value, 'ci') : null;
        report({
          start: c.program.start,
          end: sub.end,
          instruction: c.instruction,
          message: `${written} resolves from package.json and may rewrite ${l.name}, ${where(l)}: use npm ci, which installs exactly the lockfile and fails if it disagrees with package.json.`,
          ...(fixed === null ? {} : { fix: { title: `Replace ${written} with npm ci`, edits: [{ start: sub.start, end: sub.end, text: fixed }], applicability: 'unsafe' as const } }),
        });
      });
    }
  },
});
