/**
 * A small glob matcher for per-path overrides in the configuration (Node only by use, pure code).
 *
 * `*` matches within one path segment, `**` any number of segments, `?` one character,
 * `{a,b}` either, `[abc]` one of. A pattern with no "/" matches the file name in any folder,
 * as in .gitignore; otherwise it matches the whole path, relative to the configuration file's
 * folder, with "/" separators.
 */

function escape(c: string): string {
  return /[.+^$()|\\]/.test(c) ? `\\${c}` : c;
}

/** The regular expression source of a glob, anchored by the caller. */
function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // "**/" is zero or more folders; a final "**" is everything below.
          if (glob[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob.slice(i + 1, close).split(',').map(globSource).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else out += escape(c);
  }
  return out;
}

/** Whether a relative path ("a/b/Dockerfile") matches a glob. */
export function matchGlob(glob: string, path: string): boolean {
  const pattern = glob.replace(/^\.\//, '');
  const target = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!pattern.includes('/')) {
    const name = target.slice(target.lastIndexOf('/') + 1);
    return new RegExp(`^${globSource(pattern)}$`).test(name);
  }
  return new RegExp(`^${globSource(pattern.replace(/^\//, ''))}$`).test(target);
}
