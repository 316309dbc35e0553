/**
 * Offsets and 1-based positions. Line breaks are \r\n, \r and \n, as in the parser's
 * TextDocument and in Monaco, so a line/column we report is where the editor shows it.
 */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export class LineIndex {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset just past the last character of a 0-based line, before its line break. */
  lineEnd(line0: number): number {
    const next = this.starts[line0 + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.starts[line0] ?? 0);
  }

  /** 0-based line containing the offset. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of a 0-based line and 0-based character, clamped into the text. */
  offsetAt(line0: number, character: number): number {
    const start = this.starts[Math.min(Math.max(line0, 0), this.starts.length - 1)] ?? 0;
    const end = this.lineEnd(Math.min(Math.max(line0, 0), this.starts.length - 1));
    return Math.min(start + Math.max(character, 0), end);
  }

  /** 1-based position of an offset, clamped so that it always lies inside the text. */
  position(offset: number): Position {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    const line0 = this.lineOf(o);
    const start = this.starts[line0] ?? 0;
    const col = Math.min(o, this.lineEnd(line0)) - start;
    return { line: line0 + 1, column: col + 1 };
  }
}

/** Levenshtein distance: the fewest one-character insertions, deletions and changes from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
