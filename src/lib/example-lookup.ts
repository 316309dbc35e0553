/**
 * Finding an example file by its path under examples/, with an error that names the file,
 * the page that asked for it, and the closest existing file. Pure, so Node's test runner can
 * test it without Vite.
 */
export class ExampleNotFoundError extends Error {
  override name = 'ExampleNotFoundError';
}

export function lookupExample(files: ReadonlyMap<string, string>, path: string, page: string): string {
  const text = files.get(path);
  if (text !== undefined) return text;
  const hint = closest(path, [...files.keys()]);
  throw new ExampleNotFoundError(
    `Page ${page} uses example file "examples/${path}", which does not exist.` +
      (hint ? ` Did you mean "examples/${hint}"?` : ' Example files live under examples/ (see examples/README.md).'),
  );
}

/** Shiki language id for an example file. */
export function exampleLang(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/(^|\.)Dockerfile$/.test(name)) return 'dockerfile';
  if (name.endsWith('.go')) return 'go';
  if (name.endsWith('.html')) return 'html';
  if (name.endsWith('.sh')) return 'sh';
  return 'txt';
}

function closest(target: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(target.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(3, target.length / 3) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
