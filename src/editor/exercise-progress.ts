/**
 * Which exercises the learner has passed, kept in this browser only (versioned localStorage,
 * no server). Like drafts, every call degrades to "nothing stored" when storage is blocked.
 */
const KEY = 'dfp-exercises:v1';

interface Stored {
  passed: string[];
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The keys ("<page>/<id>") of the passed exercises. */
export function passedExercises(): Set<string> {
  try {
    const raw = store()?.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<Stored>) : null;
    return new Set(Array.isArray(value?.passed) ? value.passed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function markPassed(key: string): void {
  const passed = passedExercises();
  if (passed.has(key)) return;
  passed.add(key);
  try {
    store()?.setItem(KEY, JSON.stringify({ passed: [...passed] } satisfies Stored));
  } catch {
    // Not remembered; the page still shows the pass.
  }
  dispatchEvent(new CustomEvent('exercises:progress'));
}

/** Forgets every pass (drafts stay: each editor has its own Reset). */
export function resetProgress(): void {
  try {
    store()?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
  dispatchEvent(new CustomEvent('exercises:progress'));
}
