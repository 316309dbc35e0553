/** What the build context holds, as far as rules need to know. */
import { cleanPath, parseDockerignore } from '../../engine/dockerignore.ts';
import type { Instruction, Model, Stage } from '../../engine/model.ts';
import type { LintOptions } from '../../engine/types.ts';
import { unquote } from '../../engine/words.ts';
import { copyArgs, isGitSource, isUrl, isWholeContext, type PathArg } from './copy.ts';
import { commandsOf } from './commands.ts';
import { lastInChain, resolvePath, workdirAt } from './stages.ts';

/**
 * Kinds of secret files: where one typically lies (a .dockerignore covers the kind when it
 * excludes any of these paths: `.ssh/` covers `.ssh/id_rsa`, `*.pem` covers `tls.pem`), and the
 * pattern to suggest when it does not.
 */
export const secretProbes: readonly { paths: readonly string[]; pattern: string; what: string }[] = [
  { paths: ['.env'], pattern: '**/.env*', what: '.env files' },
  { paths: ['id_rsa', '.ssh/id_rsa'], pattern: '**/id_rsa*', what: 'SSH private keys' },
  { paths: ['server.key'], pattern: '**/*.key', what: '*.key files' },
  { paths: ['tls.pem'], pattern: '**/*.pem', what: '*.pem files' },
];

/**
 * True for a file whose name says it holds a secret: .env and .env.<stage> (not the committed
 * .env.example and its kin), SSH private keys (not their .pub), *.key and *.pem.
 */
export function looksSecret(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === '.env') return true;
  if (name.startsWith('.env.')) return !/^\.env\.(example|sample|template|dist|defaults?)$/i.test(name);
  if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(name)) return true;
  return /\.(key|pem)$/i.test(name);
}

/** The pattern to suggest for a secret file: its kind's when that covers it, else its name anywhere. */
export function patternFor(file: string): string {
  const probe = secretProbes.find((p) => parseDockerignore(p.pattern).ignores(file));
  return probe ? probe.pattern : `**/${file.slice(file.lastIndexOf('/') + 1)}`;
}

const secretNames = ['.env', '.env.local', '.env.production', 'id_rsa', 'id_ed25519', 'server.key', 'tls.pem'];

/**
 * Secret-looking file names that a pattern (without its "!") can match: its last path
 * component is tried against typical names, wherever the folder part points.
 */
const matchedCache = new Map<string, string[]>();

export function secretsMatchedBy(pattern: string): string[] {
  const hit = matchedCache.get(pattern);
  if (hit) return hit;
  const result = matchSecrets(pattern);
  if (matchedCache.size > 256) matchedCache.clear();
  matchedCache.set(pattern, result);
  return result;
}

function matchSecrets(pattern: string): string[] {
  const last = pattern.replace(/\/+$/, '').split('/').pop() ?? '';
  if (last === '' || last === '**') return [];
  const one = parseDockerignore(last);
  return secretNames.filter((name) => one.ignores(name));
}

/** Offsets of the first line of a text, for findings about the file as a whole. */
export function firstLine(text: string): { start: number; end: number } {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
  return { start: 0, end: end < 0 ? text.length : end };
}

/**
 * True when the caller guessed the context (the Dockerfile's folder) and a COPY or ADD shows the
 * build runs from a folder above: the .dockerignore read (or its absence) is not the build's, so
 * findings about it would be guesses.
 */
export function contextMisjudged(model: Model, context: LintOptions['context']): boolean {
  return sourceOutsideGuessedContext(model, context) !== null;
}

/** True when a COPY or ADD takes files from the build context. */
export function copiesFromContext(model: Model): boolean {
  return contextSources(model).length > 0;
}

/** Folders that hold programs: a file copied into one by name is a program, not a folder of files. */
const binFolders = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']);

/**
 * True if all the Dockerfile takes from the context is the program its final stage starts
 * (COPY app /usr/local/bin/app with ENTRYPOINT ["/usr/local/bin/app"]) and other programs copied
 * by name into a bin folder (COPY app-cli /usr/local/bin/app-cli): files named on purpose, so no
 * folder or whole context brings in a file nobody named.
 */
export function copiesOnlyItsProgram(model: Model): boolean {
  const final = model.finalStage;
  // Without an ENTRYPOINT or a CMD there is no program: asked first, as it costs less than the sources.
  if (!final || (model.of('ENTRYPOINT').length === 0 && model.of('CMD').length === 0)) return false;
  const sources = contextSources(model);
  if (sources.length === 0) return false;
  const start = lastInChain(final, 'ENTRYPOINT') ?? lastInChain(final, 'CMD');
  const program = start?.json?.[0]?.value;
  const started = start && program ? resolvePath(workdirAt(model, start), program) : null;
  if (started === null) return false;
  return sources.every(({ instruction, source }) => {
    const { dest } = copyArgs(instruction);
    if (!dest || dest.hasVariable || source.hasVariable || /[*?[\]]|\/$/.test(source.value) || isWholeContext(source.value)) return false;
    const to = dest.value.endsWith('/') ? dest.value + source.value.slice(source.value.lastIndexOf('/') + 1) : dest.value;
    const path = resolvePath(workdirAt(model, instruction), to);
    return path !== null && (path === started || binFolders.has(path.slice(0, path.lastIndexOf('/'))));
  });
}

/** The sources of COPY and ADD that name build-context files (not a stage, an image, a URL, a git repository or a heredoc). */
function contextSources(model: Model): { instruction: Instruction; source: PathArg }[] {
  const out: { instruction: Instruction; source: PathArg }[] = [];
  for (const i of model.of('COPY', 'ADD')) {
    if (i.flag('from')) continue;
    for (const s of copyArgs(i).sources) {
      if (!s.heredoc && !isUrl(s.value) && !isGitSource(s.value)) out.push({ instruction: i, source: s });
    }
  }
  return out;
}

/**
 * The secret-looking context files the Dockerfile copies by name (COPY .env /app/.env): copied on
 * purpose, so a pattern that excludes them would break the build.
 */
export function secretsCopiedByName(model: Model): string[] {
  const out: string[] = [];
  for (const { source } of contextSources(model)) {
    const path = source.value.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (looksSecret(path)) out.push(path);
  }
  return out;
}

/**
 * The context files (paths from its root) that the Dockerfile's COPY and ADD instructions copy
 * in bulk, with the whole context or a folder: a source matches one of the file's folders, as a
 * .dockerignore pattern would, and a COPY's --exclude patterns take files back out. A file that
 * a source names itself (COPY certs/ca.pem, COPY *.pem) is copied on purpose, and excluding it
 * would break the build: it is left out, and so is what a source with a variable copies.
 */
export function filesCopiedInBulk(model: Model, files: readonly string[]): string[] {
  const named = new Set<string>();
  const bulk = new Set<string>();
  for (const { instruction, source } of contextSources(model)) {
    if (source.hasVariable) continue;
    const excludes = instruction.flags.filter((f) => f.name === 'exclude' && f.value !== null).map((f) => unquote(f.value ?? '', instruction.escape));
    // An --exclude pattern is tried as written and anywhere below: a file it might cover is not counted.
    const excluded = excludes.length === 0 ? null : parseDockerignore(excludes.flatMap((e) => [e, `**/${e}`]).join('\n'));
    const pattern = isWholeContext(source.value) ? null : parseDockerignore(source.value.replace(/\\/g, '/'));
    // config/* copies a folder's contents in bulk, as config/ does; *.pem names the kind on purpose.
    const last = source.value.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? '';
    const itself = last === '*' || last === '**' ? null : (pattern?.patterns[0]?.match ?? null);
    for (const f of files) {
      if (itself?.(f)) named.add(f);
      else if ((pattern === null || pattern.ignores(f)) && !excluded?.ignores(f)) bulk.add(f);
    }
  }
  return files.filter((f) => bulk.has(f) && !named.has(f));
}

/** A COPY or ADD source that lies outside the folder taken for the build context, and how many folders up the build's context must be. */
export interface OutsideSource {
  readonly instruction: Instruction;
  /** The COPY or ADD source, or for `copied` the word of a later RUN, CMD or ENTRYPOINT. */
  readonly source: Pick<PathArg, 'value' | 'raw' | 'start' | 'end'>;
  /**
   * `..` climbs out of the folder; `root` reads like a path from the repository root; `copied`
   * names the folder's own path inside what a COPY . put in the image (COPY . /app, then
   * ./docker/entrypoint.sh in docker/Dockerfile): the context holds the folder.
   */
  readonly kind: '..' | 'root' | 'copied';
  readonly levels: number;
  /** For `copied`: the COPY . that put the context in the image. */
  readonly copy?: Instruction;
}

/**
 * When the caller took the Dockerfile's folder for the context (no --context), the first COPY or
 * ADD source that shows the build runs from a folder above it: one that climbs out with `..`, or,
 * in a subfolder `a/b` of a repository whose files are known, one that starts with `a/` while the
 * folder holds nothing there (`COPY a/b/go.mod .`, written for `docker build -f a/b/Dockerfile .`).
 * When the files are not known, a source that starts with the folder's whole path `a/b/` tells
 * as much: the build runs from the repository root.
 */
export function sourceOutsideGuessedContext(model: Model, context: LintOptions['context']): OutsideSource | null {
  const guessed = context?.guessed;
  if (!guessed) return null;
  const fromRoot = guessed.fromRoot ?? '';
  const top = fromRoot.split('/')[0] ?? '';
  // The listing costs a walk of the folder: read only when the Dockerfile's folder is a subfolder,
  // the one case that asks what it holds.
  const files = top === '' ? undefined : context.files;
  for (const { instruction, source } of contextSources(model)) {
    if (source.hasVariable) continue;
    const path = cleanPath(source.value.replace(/\\/g, '/'));
    if (path === '..' || path.startsWith('../')) {
      return { instruction, source, kind: '..', levels: path.split('/').filter((p) => p === '..').length };
    }
    if (top === '') continue;
    const relative = path.replace(/^\/+/, '');
    if (!files) {
      if (relative.startsWith(`${fromRoot}/`)) return { instruction, source, kind: 'root', levels: fromRoot.split('/').length };
      continue;
    }
    if (relative.split('/')[0] !== top) continue;
    if (files.some((f) => f === top || f.startsWith(`${top}/`))) continue;
    return { instruction, source, kind: 'root', levels: fromRoot.split('/').length };
  }
  if (top === '' || files?.some((f) => f.startsWith(`${fromRoot}/`))) return null;
  return folderInCopiedContext(model, fromRoot);
}

/**
 * The first word of a RUN, or of an exec-form CMD or ENTRYPOINT, after a COPY . <dir> in its stage,
 * that names <dir>/<fromRoot>/...: the context the COPY took holds the Dockerfile's folder, so the
 * build runs from above it. A RUN's words after its first cd are skipped: their folder is not known.
 */
function folderInCopiedContext(model: Model, fromRoot: string): OutsideSource | null {
  // The COPY . of each stage, its base stage's first: a stage inherits the files of the one it is built on.
  const copiedBy = new Map<Stage, { instruction: Instruction; dir: string }[]>();
  for (const stage of model.stages) {
    const copies = [...((stage.base && copiedBy.get(stage.base)) || [])];
    copiedBy.set(stage, copies);
    for (const i of stage.instructions) {
      if (i.onbuild) continue;
      if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flag('from') && copyArgs(i).sources.some((x) => isWholeContext(x.value))) {
        const dest = copyArgs(i).dest;
        const dir = dest && !dest.hasVariable ? resolvePath(workdirAt(model, i), dest.value) : null;
        if (dir) copies.push({ instruction: i, dir });
        continue;
      }
      if (copies.length === 0 || (i.keyword !== 'RUN' && !((i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && i.json))) continue;
      const words = i.json && i.keyword !== 'RUN' ? i.json : wordsBeforeCd(i);
      const workdir = workdirAt(model, i);
      for (const w of words) {
        const path = w.value.includes('$') ? null : resolvePath(workdir, w.value);
        const copy = path && copies.find((c) => path.startsWith(`${c.dir === '/' ? '' : c.dir}/${fromRoot}/`));
        if (copy) return { instruction: i, source: { value: w.value, raw: w.value, start: w.start, end: w.end }, kind: 'copied', levels: fromRoot.split('/').length, copy: copy.instruction };
      }
    }
  }
  return null;
}

/** The words of a RUN's commands up to its first cd. */
function wordsBeforeCd(i: Instruction): { value: string; start: number; end: number }[] {
  const all = commandsOf(i);
  const cd = all.findIndex((c) => c.name === 'cd' || c.name === 'pushd');
  return all.slice(0, cd < 0 ? all.length : cd).flatMap((c) => c.words);
}
