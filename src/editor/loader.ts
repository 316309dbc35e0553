/**
 * The only editor code a page loads up front. It watches the live examples and upgrades each
 * one (./live.ts: Monaco or the touch editor, the rule engine and the editor's CSS) as it comes
 * near the viewport, takes focus or is clicked. Once the page has loaded and the reader is
 * active on it, it fetches the editor code ahead when the browser is idle (and at once when the
 * pointer comes over an example), so that an example is live soon after it scrolls into view.
 * With Save-Data or prefers-reduced-data, it fetches nothing until the reader focuses or clicks
 * an example. A share link (#share=2.<id>.…) upgrades its editor at once.
 *
 * Keep this file tiny: it counts against the page's JavaScript budget before any editor is
 * in view. It imports nothing statically.
 */

type Live = typeof import('./live.ts');

const roots = [...document.querySelectorAll<HTMLElement>('[data-live-example]')];
let live: Promise<Live> | undefined;

/** The reader asked to save data: load the editor only when they reach for one. */
const saveData =
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true || matchMedia('(prefers-reduced-data: reduce)').matches;

/** Starts fetching the editor code (once), without upgrading anything. */
function fetchEditor(): Promise<Live> {
  if (!live) {
    live = import('./live.ts');
    // The playground's own part (live.ts imports it too, once live.ts has run): fetched
    // alongside rather than one round trip later.
    if (roots.some((r) => r.dataset.liveExample === 'playground')) import('./playground.ts').catch(() => {});
    // Fetch Monaco alongside, rather than after, the editor code (live.ts imports it too and
    // gets this same module). Touch devices use the textarea editor and never load Monaco.
    if (!(matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches) && !/[?&]editor=textarea/.test(location.search)) {
      import('./monaco.ts').catch(() => {});
    }
  }
  return live;
}

function upgrade(root: HTMLElement, focus: boolean): void {
  if (root.dataset.liveState) {
    if (focus) root.dataset.liveFocus = '1';
    return;
  }
  // Shown by live-example.css; aria-busy tells assistive technology the example is changing.
  root.dataset.liveState = 'loading';
  root.setAttribute('aria-busy', 'true');
  if (focus) root.dataset.liveFocus = '1';
  observer?.unobserve(root);
  fetchEditor()
    .then((m) => m.upgrade(root))
    .catch((error: unknown) => {
      root.dataset.liveState = 'failed';
      console.error('The live editor could not be loaded; the example stays static.', error);
    })
    .finally(() => root.removeAttribute('aria-busy'));
}

// An example is upgraded as it approaches: half a viewport before it scrolls into view.
const observer =
  'IntersectionObserver' in window && !saveData
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) upgrade(entry.target as HTMLElement, false);
        },
        { rootMargin: '50% 0px' },
      )
    : null;

function fromShareLink(): void {
  const id = /^#share=\d+\.([a-z0-9-]+)\./.exec(location.hash)?.[1];
  const root = id ? roots.find((r) => r.dataset.liveExample === id) : undefined;
  // A link to an example the page no longer has says so (the message's module loads only then).
  if (id && !root) void import('./share.ts').then((m) => m.showMissingExample(id));
  if (!root) return;
  root.scrollIntoView({ block: 'start' });
  upgrade(root, false);
}

for (const root of roots) {
  if (observer) observer.observe(root);
  else if (!saveData) upgrade(root, false);
  const body = root.querySelector('[data-live-body]');
  root.addEventListener('focusin', (event) => upgrade(root, !!body?.contains(event.target as Node)));
  body?.addEventListener('pointerdown', () => upgrade(root, true));
  if (!saveData) root.addEventListener('pointerenter', () => void fetchEditor().catch(() => {}), { once: true });
}
fromShareLink();
addEventListener('hashchange', fromShareLink);

// Once the page has loaded and the reader is on it (they scroll, move the pointer or press a
// key), fetch the editor ahead the next time the browser is idle. Not at load itself: Monaco's
// start-up would then land in the page's first seconds, which a reader who only came to read
// (and Lighthouse) would pay for as blocked time.
if (roots.length > 0 && !saveData) {
  const engaged = ['scroll', 'pointermove', 'keydown', 'touchstart'] as const;
  const prefetch = () => {
    for (const type of engaged) removeEventListener(type, prefetch);
    if ('requestIdleCallback' in window) requestIdleCallback(() => void fetchEditor().catch(() => {}), { timeout: 3000 });
    else setTimeout(() => void fetchEditor().catch(() => {}), 500);
  };
  const watch = () => {
    for (const type of engaged) addEventListener(type, prefetch, { once: true, passive: true });
  };
  if (document.readyState === 'complete') watch();
  else addEventListener('load', watch, { once: true });
}
