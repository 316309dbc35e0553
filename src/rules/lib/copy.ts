/** Sources and destination of COPY and ADD, in either form, with their locations. */
import { memo, memoSlot, type Instruction } from '../../engine/model.ts';
import { hasVariable, unquote } from '../../engine/words.ts';

const COPY_ARGS = memoSlot();

export interface PathArg {
  /** Quotes and escapes removed, variables not expanded. */
  readonly value: string;
  readonly raw: string;
  /** The raw word without its surrounding quotes, escapes kept (Windows paths survive). */
  readonly unquoted: string;
  readonly start: number;
  readonly end: number;
  readonly hasVariable: boolean;
  /** A heredoc marker (<<EOF): the source is inline text, not a context file. */
  readonly heredoc: boolean;
}

export interface CopyArgs {
  readonly sources: PathArg[];
  readonly dest: PathArg | null;
}

const none: CopyArgs = { sources: [], dest: null };

export function copyArgs(instruction: Instruction): CopyArgs {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return none;
  return memo(instruction, COPY_ARGS, readCopyArgs);
}

function readCopyArgs(instruction: Instruction): CopyArgs {
  const json = instruction.json;
  const args: PathArg[] = json
    ? json.map((j) => ({ value: j.value, raw: j.value, unquoted: j.value, start: j.start, end: j.end, hasVariable: j.value.includes('$'), heredoc: false }))
    : instruction.words.map((w) => ({
        value: unquote(w.raw, instruction.escape),
        raw: w.raw,
        unquoted: /^["']/.test(w.raw) ? w.raw.replace(/^(["'])(.*)\1$/s, '$2') : w.raw,
        start: w.start,
        end: w.end,
        hasVariable: hasVariable(w.raw, instruction.escape),
        heredoc: w.raw.startsWith('<<') && /^<<-?["']?[^"'\s]+["']?$/.test(w.raw),
      }));
  if (args.length < 2) return none;
  return { sources: args.slice(0, -1), dest: args[args.length - 1] ?? null };
}

/** The --from value of a COPY, unquoted, or undefined. */
export function copyFrom(instruction: Instruction): string | undefined {
  return instruction.keyword === 'COPY' ? instruction.flagValue('from') : undefined;
}

/** True if the source names the whole build context: ".", "./", "/", "*" ... */
export function isWholeContext(source: string): boolean {
  // Every such name is at most 3 characters: longer sources need no replace.
  if (source.length > 3) return false;
  const s = source.replace(/\\/g, '/');
  return s === '.' || s === './' || s === '/' || s === '*' || s === './*' || s === '/.';
}

/** True if the COPY or ADD sends the whole build context (COPY . ., ADD ./ /src/), not from a stage or image. */
export function copiesWholeContext(instruction: Instruction): boolean {
  return (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && !instruction.flag('from') && copyArgs(instruction).sources.some((s) => isWholeContext(s.value));
}

/** True if the path is absolute as written or after quote and escape removal. */
export function isAbsoluteArg(arg: { value: string; unquoted: string }): boolean {
  return isAbsolutePath(arg.value) || isAbsolutePath(arg.unquoted);
}

/** True for absolute paths: /x, C:\x, C:/x. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\');
}

/** Archive names ADD extracts (tar, optionally gzip, bzip2 or xz compressed). */
export function isArchive(path: string): boolean {
  return /\.(tar|tgz|taz|tbz|tbz2|tb2|txz|tlz|gz|bz2|xz|lz|lzma|z|Z)$/i.test(path) || /\.tar\.(gz|bz2|xz|zst|lz|lzma|Z)$/i.test(path);
}

export function isUrl(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
}

export function isGitSource(path: string): boolean {
  return /^git@/.test(path) || /\.git(#.*)?$/.test(path) || /^git:\/\//.test(path);
}
