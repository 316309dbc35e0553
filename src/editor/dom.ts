/** A new element with an optional class and text: the editor UI's one DOM-building helper. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to the next (or previous) focusable element outside `from`, in document order,
 * as Tab would if `from` did not keep it: the way out of an editor that uses Tab to indent.
 */
export function focusBeyond(from: HTMLElement, backwards: boolean): void {
  const outside = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (e) => !from.contains(e) && !e.closest('[hidden],[inert]') && e.getClientRects().length > 0,
  );
  const next = backwards
    ? outside.findLast((e) => from.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING)
    : outside.find((e) => from.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (next) next.focus();
  else (document.activeElement as HTMLElement | null)?.blur();
}

/**
 * Resolves in a later task, so that the browser can paint and handle input in between: the way
 * to split start-up work that would otherwise be one long task. scheduler.yield where there is
 * one (it keeps this work ahead of other queued tasks), else a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Scrolls the page, only if it is not in view already, so that a band `height` pixels tall,
 * `top` pixels below the top of `box`, is in the middle of the window (below a sticky header,
 * which the page's scroll-padding-top allows for).
 */
export function scrollPageTo(box: HTMLElement, top: number, height: number): void {
  const y = box.getBoundingClientRect().top + top;
  const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  if (y >= header && y + height <= innerHeight) return;
  scrollBy({ top: y + height / 2 - (header + innerHeight) / 2 });
}
