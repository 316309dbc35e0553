/**
 * A line diff of the learner's text against the solution (longest common subsequence), for
 * "Compare with the solution". Exercise files are a few dozen lines, so the quadratic table
 * is small.
 */
export interface DiffLine {
  /** ' ' in both, '-' only in the learner's text, '+' only in the solution. */
  readonly kind: ' ' | '-' | '+';
  readonly text: string;
}

export function lineDiff(mine: string, solution: string): DiffLine[] {
  const a = mine.replace(/\n$/, '').split('\n');
  const b = solution.replace(/\n$/, '').split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: ' ', text: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ kind: '-', text: a[i++]! });
    } else {
      out.push({ kind: '+', text: b[j++]! });
    }
  }
  return out;
}
