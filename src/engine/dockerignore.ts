/**
 * .dockerignore with Docker's own semantics: BuildKit's reader (comments, trimming, leading
 * "/" dropped, paths cleaned) and moby/patternmatcher's matching (Go filepath.Match syntax,
 * "**", "!" exceptions, the last matching line wins, a pattern that matches a parent
 * directory excludes what is inside it).
 *
 * Why not a library: @balena/dockerignore ports an older moby matcher, but it requires
 * Node's `path` module (so it cannot run in the browser editors unchanged) and matches
 * case-insensitively by default, unlike Docker on Linux. The unit tests compare this port
 * with it on generated patterns and paths.
 */

export interface IgnorePattern {
  /** The line as written, trimmed. */
  readonly text: string;
  /** The cleaned pattern without its "!". */
  readonly pattern: string;
  readonly exclusion: boolean;
  /** 0-based line in the .dockerignore text. */
  readonly line: number;
  /** Offsets of the trimmed line text, [start, end). */
  readonly start: number;
  readonly end: number;
  /** Why Docker rejects the pattern, or null. */
  readonly error: string | null;
  /** Compiled matcher (null when the pattern is invalid). */
  readonly match: ((path: string) => boolean) | null;
}

export interface Dockerignore {
  readonly patterns: IgnorePattern[];
  readonly hasExclusions: boolean;
  /** Docker's MatchesOrParentMatches: is this context path (slash-separated) excluded? */
  ignores(path: string): boolean;
  /**
   * The line that decides the path, as `git check-ignore -v` reports it: the last valid pattern
   * that matches the path or one of its parent folders (the last match wins). An exclusion ("!")
   * means the path is sent; any other pattern, that it is excluded. Null: no line matches, so the
   * path is sent. Always agrees with ignores().
   */
  decidingPattern(path: string): IgnorePattern | null;
}

/** Go's path.Clean for slash-separated paths. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Go's filepath.Match syntax check (ErrBadPattern), on the whole pattern. */
export function patternError(pattern: string): string | null {
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 >= n) return 'a "\\" at the end escapes nothing';
      i += 2;
      continue;
    }
    if (c === '[') {
      i++;
      if (pattern[i] === '^') i++;
      let ranges = 0;
      for (;;) {
        if (i >= n) return 'a "[" character class is never closed';
        if (pattern[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        const lo = readClassChar(pattern, i);
        if (lo === null) return 'the "[" character class is malformed';
        i = lo;
        if (pattern[i] === '-') {
          const hi = readClassChar(pattern, i + 1);
          if (hi === null) return 'the range in the "[" character class is malformed';
          i = hi;
        }
        ranges++;
      }
      continue;
    }
    i++;
  }
  return null;
}

/** Reads one (possibly escaped) character of a class; returns the index after it, or null. */
function readClassChar(p: string, i: number): number | null {
  const c = p[i];
  if (c === undefined || c === '-' || c === ']') return null;
  if (c === '\\') return i + 1 < p.length ? i + 2 : null;
  return i + 1;
}

function escapeRegex(c: string): string {
  return /[.+()|{}$]/.test(c) ? '\\' + c : c;
}

/** moby/patternmatcher's Pattern.compile and match, for "/" as the separator. */
function compile(pattern: string): (path: string) => boolean {
  let re = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const n = pattern.length;
  for (let i = 0; i < n; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '*') {
      const begin = i;
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        if (i + 1 >= n) {
          if (kind === 'exact') kind = 'prefix';
          else {
            re += '.*';
            kind = 'regexp';
          }
        } else {
          re += '(.*/)?';
          kind = 'regexp';
        }
        if (begin === 0) kind = 'suffix';
      } else {
        re += '[^/]*';
        kind = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      kind = 'regexp';
    } else if (ch === '\\') {
      if (i + 1 < n) {
        re += '\\' + (pattern[i + 1] ?? '');
        i++;
        kind = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      kind = 'regexp';
    } else {
      re += escapeRegex(ch);
    }
  }
  if (kind === 'exact') return (path) => path === pattern;
  if (kind === 'prefix') {
    const prefix = pattern.slice(0, -2);
    return (path) => path.startsWith(prefix);
  }
  if (kind === 'suffix') {
    const suffix = pattern.slice(2);
    return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
  }
  let regexp: RegExp;
  try {
    regexp = new RegExp(re + '$', 'u');
  } catch {
    try {
      regexp = new RegExp(re + '$');
    } catch {
      return () => false;
    }
  }
  return (path) => regexp.test(path);
}

const cache = new Map<string, Dockerignore>();

/**
 * Parses a .dockerignore, reusing the result for a text seen recently: the CLI and the
 * editors lint many Dockerfiles against the same context.
 */
export function parseDockerignore(text: string): Dockerignore {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parseUncached(text);
  if (cache.size >= 16) cache.delete(cache.keys().next().value ?? '');
  cache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): Dockerignore {
  const patterns: IgnorePattern[] = [];
  let offset = 0;
  let line = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    let raw = lines[index] ?? '';
    const lineStart = offset;
    offset += raw.length + 1;
    line = index;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (index === 0 && raw.startsWith('\uFEFF')) raw = raw.slice(1);
    if (raw.startsWith('#')) continue;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = lineStart + raw.indexOf(trimmed) + (index === 0 && (lines[0] ?? '').startsWith('\uFEFF') ? 1 : 0);
    let p = trimmed;
    const exclusion = p.startsWith('!');
    if (exclusion) p = p.slice(1).trim();
    if (p.length > 0) {
      p = cleanPath(p);
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    }
    let error: string | null = null;
    if (exclusion && p === '') error = 'a lone "!" is not a valid pattern';
    else error = patternError(p);
    patterns.push({
      text: trimmed,
      pattern: p,
      exclusion,
      line,
      start,
      end: start + trimmed.length,
      error,
      match: error === null && p !== '' ? compile(p) : null,
    });
  }
  const valid = patterns.filter((p) => p.match !== null);
  const answers = new Map<string, boolean>();
  const ignores = (path: string): boolean => {
      const file = cleanPath(path);
      if (file === '.') return false;
      const parents = file.split('/').slice(0, -1);
      let matched = false;
      for (const p of valid) {
        if (p.exclusion !== matched) continue;
        let m = p.match?.(file) ?? false;
        if (!m) {
          for (let i = 1; i <= parents.length && !m; i++) m = p.match?.(parents.slice(0, i).join('/')) ?? false;
        }
        if (m) matched = !p.exclusion;
      }
      return matched;
  };
  // The last valid pattern matching a path or a folder above it is the later of the last one
  // matching the path itself and the one that decided its parent folder: folders are decided
  // once for all the files in them.
  const folders = new Map<string, number>();
  const lastMatch = (path: string): number => {
    const slash = path.lastIndexOf('/');
    let parent = -1;
    if (slash > 0) {
      const folder = path.slice(0, slash);
      const known = folders.get(folder);
      parent = known ?? lastMatch(folder);
      if (known === undefined) {
        if (folders.size > 65_536) folders.clear();
        folders.set(folder, parent);
      }
    }
    for (let k = valid.length - 1; k > parent; k--) if (valid[k]!.match!(path)) return k;
    return parent;
  };
  const decidingPattern = (path: string): IgnorePattern | null => {
    const file = cleanPath(path);
    if (file === '.') return null;
    return valid[lastMatch(file)] ?? null;
  };
  return {
    patterns,
    hasExclusions: patterns.some((p) => p.exclusion),
    decidingPattern,
    ignores(path: string): boolean {
      let answer = answers.get(path);
      if (answer === undefined) {
        answer = ignores(path);
        if (answers.size > 1024) answers.clear();
        answers.set(path, answer);
      }
      return answer;
    },
  };
}
