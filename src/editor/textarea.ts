/**
 * The touch editor: a plain <textarea>. Monaco does not support mobile browsers, so touch
 * devices get native text editing (selection handles, autocorrect off, the system keyboard)
 * with the same linting, problems list, quick fixes, drafts and sharing.
 */
import type { TextEdit } from '../engine/types.ts';
import type { AdapterOptions, EditorAdapter } from './adapter.ts';
import { applyEdits } from '../engine/fix.ts';
import { LineIndex } from '../engine/text.ts';
import { scrollPageTo } from './dom.ts';

export function createTextareaAdapter(options: AdapterOptions): EditorAdapter {
  const area = document.createElement('textarea');
  area.className = 'live-textarea';
  area.value = options.text;
  area.spellcheck = false;
  area.wrap = 'off';
  area.setAttribute('autocapitalize', 'off');
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', options.label);
  if (options.describedBy) area.setAttribute('aria-describedby', options.describedBy);
  // Line numbers, since problems cite lines: hidden from assistive technology (the textarea
  // already says where the caret is), and scrolled with the text.
  const gutter = document.createElement('div');
  gutter.className = 'live-gutter';
  gutter.setAttribute('aria-hidden', 'true');
  options.host.append(gutter, area);
  area.addEventListener('scroll', () => (gutter.scrollTop = area.scrollTop));

  /** `scrolled`: the text may have scrolled, so the gutter follows (reading scrollTop lays the page out). */
  const fit = (scrolled = true) => {
    const lines = area.value.split('\n').length;
    area.rows = Math.min(Math.max(lines, 3), 30);
    if (gutter.childElementCount !== lines) {
      gutter.replaceChildren(...Array.from({ length: lines }, (_, i) => Object.assign(document.createElement('span'), { textContent: String(i + 1) })));
    }
    if (scrolled) gutter.scrollTop = area.scrollTop;
  };
  // A new textarea is scrolled to the top, as its gutter is: no layout forced while the page takes it in.
  fit(false);

  const listeners: (() => void)[] = [];
  const changed = () => {
    fit();
    for (const l of listeners) l();
  };
  area.addEventListener('input', changed);

  const replace = (text: string) => {
    area.value = text;
    changed();
  };

  /** Selects a range (1-based) and scrolls the text to show its first line near the top; where that line now is in the textarea, in pixels. */
  const select = (line: number, column: number, endLine: number, endColumn: number) => {
    const index = new LineIndex(area.value);
    area.setSelectionRange(index.offsetAt(line - 1, column - 1), index.offsetAt(endLine - 1, endColumn - 1));
    const style = getComputedStyle(area);
    const lineHeight = parseFloat(style.lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
    return { lineHeight, top: (parseFloat(style.paddingTop) || 0) + (line - 1) * lineHeight - area.scrollTop };
  };

  return {
    getValue: () => area.value,
    setValue(text) {
      if (text !== area.value) replace(text);
    },
    applyEdits(edits: readonly TextEdit[]) {
      replace(applyEdits(area.value, edits));
    },
    onChange(listener) {
      listeners.push(listener);
    },
    setDiagnostics() {
      // The problems list under the editor shows them; a textarea cannot underline text.
    },
    reveal(line, column) {
      area.focus();
      select(line, column, line, column);
    },
    show(d) {
      const { lineHeight, top } = select(d.line, d.column, d.endLine, d.endColumn);
      scrollPageTo(area, top, lineHeight);
    },
    focus: () => area.focus(),
  };
}
