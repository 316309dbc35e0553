/**
 * The only editor code a page loads up front. It watches the live examples and, when one
 * scrolls into view, takes focus or is clicked, imports the editor (./live.ts, which brings
 * Monaco or the touch editor, the rule engine and the editor's CSS) and upgrades it. A share
 * link (#share=2.<id>.…) upgrades its editor at once.
 *
 * Keep this file tiny: it counts against the page's JavaScript budget before any editor is
 * in view. It imports nothing statically.
 */

type Live = typeof import('./live.ts');

const roots = [...document.querySelectorAll<HTMLElement>('[data-live-example]')];
let live: Promise<Live> | undefined;

function upgrade(root: HTMLElement, focus: boolean): void {
  if (root.dataset.liveState) {
    if (focus) root.dataset.liveFocus = '1';
    return;
  }
  root.dataset.liveState = 'loading';
  if (focus) root.dataset.liveFocus = '1';
  observer?.unobserve(root);
  if (!live) {
    live = import('./live.ts');
    // Fetch Monaco alongside, rather than after, the editor code (live.ts imports it too and
    // gets this same module). Touch devices use the textarea editor and never load Monaco.
    if (!(matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches) && !/[?&]editor=textarea/.test(location.search)) {
      import('./monaco.ts').catch(() => {});
    }
  }
  live
    .then((m) => m.upgrade(root))
    .catch((error: unknown) => {
      root.dataset.liveState = 'failed';
      console.error('The live editor could not be loaded; the example stays static.', error);
    });
}

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) upgrade(entry.target as HTMLElement, false);
      })
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
  else upgrade(root, false);
  const body = root.querySelector('[data-live-body]');
  root.addEventListener('focusin', (event) => upgrade(root, !!body?.contains(event.target as Node)));
  body?.addEventListener('pointerdown', () => upgrade(root, true));
}
fromShareLink();
addEventListener('hashchange', fromShareLink);
