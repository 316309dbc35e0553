/**
 * The hint under a Monaco editor that says what Tab does there and how to switch it, so a
 * keyboard user can always leave the editor. One switch serves every editor on the page.
 */
import { button } from './chrome.ts';
import { el } from './dom.ts';

type Monaco = typeof import('./monaco.ts');

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const TOGGLE_KEYS = isMac ? 'Ctrl+Shift+M' : 'Ctrl+M';

const hints: { text: HTMLElement; toggle: HTMLButtonElement }[] = [];

function update(on: boolean): void {
  for (const h of hints) {
    h.text.textContent = on
      ? `Tab moves focus out of the editor. Press ${TOGGLE_KEYS} to make Tab indent.`
      : `Tab indents once you edit. To leave the editor, press Esc then Tab, or ${TOGGLE_KEYS} to make Tab move focus.`;
    h.toggle.setAttribute('aria-pressed', String(on));
  }
}

/** Adds the hint after `body`; returns its id, to describe the editor with. */
export function addTabHint(body: HTMLElement, id: string, monaco: Monaco): string {
  const hintId = `live-hint-${id}`;
  const hint = el('p', 'live-hint');
  const text = el('span', 'live-hint__text');
  text.id = hintId;
  const toggle = button('live-hint__toggle', 'Tab moves focus', () => monaco.setTabMovesFocus(!monaco.tabMovesFocus()));
  hint.append(text, ' ', toggle);
  body.after(hint);
  hints.push({ text, toggle });
  if (hints.length === 1) monaco.onTabMovesFocusChange(update);
  update(monaco.tabMovesFocus());
  return hintId;
}
