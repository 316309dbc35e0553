/**
 * An editor group's chrome: the "Edited" badge, the action buttons, the status line (polite)
 * and the notice (alert). It shows state; the group decides it.
 */
import { el } from './dom.ts';

export interface Actions {
  fixAll(): void;
  reset(): void;
  copy(): void;
  share(): void;
  copyForReview(): void;
}

export function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export class Chrome {
  private readonly badge: HTMLElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly fixAllButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly notice: HTMLElement;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement, actions: Actions) {
    const toolbar = root.querySelector<HTMLElement>('[data-live-toolbar]') ?? root.querySelector<HTMLElement>('.live-example__head')!;
    this.badge = el('span', 'live-badge', 'Edited');
    this.badge.hidden = true;
    const title = toolbar.querySelector('.live-example__title, .playground__label');
    if (title) title.after(this.badge);
    else toolbar.prepend(this.badge);
    const bar = el('div', 'live-actions');
    this.fixAllButton = button('live-button', 'Fix all', () => actions.fixAll());
    this.fixAllButton.hidden = true;
    this.resetButton = button('live-button', 'Reset', () => actions.reset());
    bar.append(
      this.fixAllButton,
      this.resetButton,
      button('live-button', 'Copy', () => actions.copy()),
      button('live-button', 'Share', () => actions.share()),
      button('live-button', 'Copy for review', () => actions.copyForReview()),
    );
    toolbar.append(bar);
    this.status = el('p', 'live-status');
    this.status.setAttribute('role', 'status');
    this.notice = el('p', 'live-notice');
    this.notice.setAttribute('role', 'alert');
    this.notice.hidden = true;
    toolbar.after(this.notice, this.status);
  }

  setEdited(edited: boolean): void {
    this.badge.hidden = !edited;
    this.resetButton.disabled = !edited;
  }

  setFixCount(n: number): void {
    this.fixAllButton.hidden = n === 0;
    this.fixAllButton.textContent = `Fix all (${n})`;
  }

  /** A short-lived polite message. */
  say(message: string): void {
    this.status.textContent = message;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.status.textContent = ''), 4000);
  }

  showNotice(message: string): void {
    this.notice.textContent = message;
    this.notice.hidden = false;
  }

  hideNotice(): void {
    this.notice.hidden = true;
    this.notice.textContent = '';
  }
}
