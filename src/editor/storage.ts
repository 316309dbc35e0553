/**
 * Drafts (per page and editor) and the Tab-moves-focus preference, in localStorage. Storage
 * can be missing, full or blocked (private modes, cookie settings): every call degrades to
 * "nothing stored" rather than throwing.
 */

const DRAFT_PREFIX = 'dfp-draft:v1:';
const TAB_FOCUS_KEY = 'dfp-tab-moves-focus';

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function draftKey(page: string, id: string): string {
  return `${DRAFT_PREFIX}${page}#${id}`;
}

/** The saved texts of an editor (one per file it edits), or null. */
export function loadDraft(page: string, id: string): string[] | null {
  try {
    const raw = store()?.getItem(draftKey(page, id));
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value) || !value.every((t) => typeof t === 'string')) return null;
    return value;
  } catch {
    return null;
  }
}

export function saveDraft(page: string, id: string, texts: readonly string[]): boolean {
  try {
    store()?.setItem(draftKey(page, id), JSON.stringify(texts));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(page: string, id: string): void {
  try {
    store()?.removeItem(draftKey(page, id));
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/** Has any editor on this page a draft? (The loader checks this before Monaco loads.) */
export function hasDraft(page: string, id: string): boolean {
  try {
    return store()?.getItem(draftKey(page, id)) != null;
  } catch {
    return false;
  }
}

export function loadTabMovesFocus(): boolean {
  try {
    return store()?.getItem(TAB_FOCUS_KEY) === '1';
  } catch {
    return false;
  }
}

export function saveTabMovesFocus(on: boolean): void {
  try {
    store()?.setItem(TAB_FOCUS_KEY, on ? '1' : '0');
  } catch {
    // Not remembered; the current page still honours it.
  }
}
