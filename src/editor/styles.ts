/**
 * Styles for the parts of a live example that exist only once it is an editor (toolbar,
 * notices, the Tab hint, the editor frame, the touch editor). They arrive with the editor's
 * chunk, like Monaco's own CSS, so no page pays for them before an editor is in view.
 *
 * Monaco dims a problem hover's source and rule link with an inline opacity of 0.6, which
 * takes them under 4.5:1; the themes in monaco.ts give them a muted colour of their own instead.
 */
const CSS = `
.live-badge{font-size:var(--sl-text-xs);font-weight:600;padding:0 .45rem;border-radius:999px;background:var(--sl-color-accent-low);color:var(--sl-color-accent-high);border:1px solid var(--sl-color-accent)}
.live-actions{display:flex;flex-wrap:wrap;gap:.3rem;margin-inline-start:auto;max-inline-size:100%}
.live-button,.live-hint__toggle,.live-problem__fix{font:inherit;font-size:var(--sl-text-xs);line-height:1.4;padding:.15rem .55rem;border:1px solid var(--sl-color-gray-4);border-radius:.25rem;background:var(--sl-color-black);color:var(--sl-color-white);cursor:pointer}
.live-button:hover,.live-hint__toggle:hover,.live-problem__fix:hover{border-color:var(--sl-color-text-accent)}
.live-button:disabled{opacity:.55;cursor:default;border-color:var(--sl-color-gray-5)}
.live-example :is(button,a,textarea):focus-visible{outline:2px solid var(--sl-color-text-accent);outline-offset:1px}
.live-editor:focus-within{outline:3px solid var(--sl-color-text-accent);outline-offset:2px;position:relative;z-index:1}
.live-status{margin:0;padding:.25rem .75rem;border-inline:1px solid var(--sl-color-gray-5);font-size:var(--sl-text-xs);color:var(--sl-color-white);background:var(--sl-color-gray-6)}
.live-status:empty{display:none}
.live-notice{margin:0;padding:.5rem .75rem;border:1px solid var(--sl-color-orange);background:var(--sl-color-orange-low);color:var(--sl-color-white);font-weight:600}
.live-notice[hidden]{display:none}
.live-editor--monaco{border:1px solid var(--sl-color-gray-5);border-block-end:0;min-height:4rem}
.live-editor--monaco .monaco-editor .live-mark-line{background:rgba(127,127,127,.08)}
.live-editor--monaco .monaco-editor .live-mark-gutter{border-inline-start:3px solid var(--sl-color-accent)}
.live-editor--monaco .monaco-hover .marker>span{opacity:1!important}
.live-editor--textarea{display:flex;border:1px solid var(--sl-color-gray-5);border-block-end:0;background:var(--sl-color-black)}
.live-gutter{flex:none;box-sizing:border-box;overflow:hidden;padding:.75rem .5rem .75rem .75rem;text-align:end;font-family:var(--__sl-font-mono);font-size:16px;line-height:1.5;color:var(--sl-color-gray-2);user-select:none}
.live-gutter span{display:block}
.live-textarea{display:block;flex:1;min-width:0;box-sizing:border-box;width:100%;margin:0;padding:.75rem 1rem .75rem .5rem;border:0;border-radius:0;background:var(--sl-color-black);color:var(--sl-color-white);font-family:var(--__sl-font-mono);font-size:16px;line-height:1.5;white-space:pre;overflow:auto;resize:vertical;tab-size:4}
.live-hint{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .6rem;margin:0;padding:.3rem .75rem;border:1px solid var(--sl-color-gray-5);border-block-end:0;font-size:var(--sl-text-xs);color:var(--sl-color-gray-2)}
[data-live-body]:has(>.live-editor:focus-within)+.live-hint{box-shadow:inset 3px 0 0 var(--sl-color-text-accent)}
[data-live-body]:has(>.live-editor:focus-within)+.live-hint .live-hint__text{color:var(--sl-color-white)}
.live-hint__toggle[aria-pressed=true]{background:var(--sl-color-accent-low);border-color:var(--sl-color-accent);color:var(--sl-color-accent-high)}
.live-problem__where{font:inherit;padding:0;border:0;background:none;color:inherit;cursor:pointer;display:inline-flex;gap:.5rem;text-decoration:underline dotted;text-underline-offset:.2em}
.live-problem__where:hover{text-decoration-style:solid}
`;

export function injectEditorStyles(): void {
  if (document.querySelector('style[data-live-styles]')) return;
  const style = document.createElement('style');
  style.dataset.liveStyles = '';
  style.textContent = CSS;
  document.head.append(style);
}
