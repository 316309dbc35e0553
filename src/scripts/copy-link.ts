/**
 * A click on a heading's link control follows the link as usual (the address bar then holds
 * the section's URL) and also copies that URL, announcing "Link copied" in a live region.
 */
export function enableCopyLinks(root: Document): void {
  const status = root.querySelector<HTMLElement>('[data-copy-link-status]');
  let timer: ReturnType<typeof setTimeout> | undefined;

  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('a.sl-anchor-link');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    navigator.clipboard?.writeText(link.href).then(
      () => say('Link copied'),
      () => {
        // Clipboard refused (permissions, insecure context): the address bar still has the link.
      },
    );
  });

  function say(message: string) {
    if (!status) return;
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 2500);
  }
}
