/**
 * Starlight's <site-search>, with one change: the Pagefind UI (about 26 KB gzipped) loads when
 * a reader first reaches for search (hovers, focuses or presses the button, or Ctrl/Cmd+K),
 * instead of on every page at idle time. Pages stay within their JavaScript budget and the
 * main thread stays free while the reader reads. Otherwise this follows upstream's script
 * (@astrojs/starlight/components/Search.astro) line for line: the modal, closing on a link or
 * an outside click, the shortcut, translations and trailing-slash handling.
 */
// @ts-expect-error: Starlight's virtual module has no published types.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

class SiteSearch extends HTMLElement {
  private ui: Promise<void> | undefined;

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) closeModal();
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      const input = this.querySelector('input');
      if (input) input.focus();
      else void this.load().then(() => dialog.open && this.querySelector('input')?.focus());
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);
    // Warm up on intent, so the UI is usually there by the time the dialog opens.
    for (const event of ['pointerenter', 'focus', 'touchstart'] as const) openBtn.addEventListener(event, () => void this.load(), { once: true, passive: true });

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        e.preventDefault();
      }
    });
  }

  /** Loads and mounts the Pagefind UI, once. */
  private load(): Promise<void> {
    if (import.meta.env.DEV) return Promise.resolve();
    this.ui ??= this.mount().catch((error: unknown) => {
      this.ui = undefined;
      console.error('Search could not be loaded.', error);
    });
    return this.ui;
  }

  private async mount(): Promise<void> {
    let translations = {};
    try {
      translations = JSON.parse(this.dataset.translations || '{}');
    } catch {
      // upstream ignores malformed translations too
    }
    const shouldStrip = this.dataset.stripTrailingSlash !== undefined;
    const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
    const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;
    const [{ PagefindUI }] = await Promise.all([
      // @ts-expect-error: @pagefind/default-ui has no types.
      import('@pagefind/default-ui'),
      // The dialog's styles, taken out of every page's CSS by vite-plugin-lazy-search-css.ts.
      // @ts-expect-error: a virtual module.
      import('virtual:dfp/search-dialog-style'),
    ]);
    new PagefindUI({
      ...pagefindUserConfig,
      element: '#starlight__search',
      baseUrl: import.meta.env.BASE_URL,
      bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
      showImages: false,
      translations,
      showSubResults: true,
      processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
        result.url = formatURL(result.url);
        result.sub_results = result.sub_results.map((sub) => {
          sub.url = formatURL(sub.url);
          return sub;
        });
      },
    });
  }
}
customElements.define('site-search', SiteSearch);
