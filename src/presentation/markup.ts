/**
 * The markup of what is rendered both at build time and in the browser: the problems list,
 * the playground's scorecard and its build-context preview. The pages insert these strings
 * with `set:html`, the live editor with `innerHTML`, so the static page and the live editor
 * cannot drift. Every text is escaped: messages quote the user's own Dockerfile.
 */
import { practicePath } from '../data/practices.ts';
import type { Diagnostic } from '../engine/types.ts';
import type { ContextPreview } from './context-tree.ts';
import { formatBytes } from './context-tree.ts';
import { findingText, fixTitle, locationLabel, severityLabel } from './findings.ts';
import type { ScoreLine } from './scorecard.ts';
import { ruleHref, sitePath } from './urls.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** An element with escaped text children and attributes (values already strings). */
function tag(name: string, attrs: Record<string, string | undefined>, ...children: string[]): string {
  let open = name;
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${key}="${escapeHtml(value)}"`;
  return `<${open}>${children.join('')}</${name}>`;
}

const text = escapeHtml;

export interface ProblemsOptions {
  /** Prefix of the message ids, unique on the page. */
  idPrefix: string;
  /** In the live editor: the location is a button that jumps to the line. */
  interactive: boolean;
  /** The findings that get a "Fix" button (live editor only). */
  fixable?: ReadonlySet<Diagnostic>;
}

/**
 * The items of a problems list, in the order given (sort first). In the live editor each
 * button carries `data-problem` (the index) and `data-action` ("jump" or "fix").
 */
export function problemItems(diagnostics: readonly Diagnostic[], options: ProblemsOptions): string {
  return diagnostics
    .map((d, i) => {
      const messageId = `${options.idPrefix}-problem-${i}`;
      const where = [tag('span', { class: 'live-problem__sev' }, text(severityLabel(d.severity))), ' ', tag('span', { class: 'live-problem__loc' }, text(locationLabel(d)))].join('');
      const whereEl = options.interactive
        ? tag('button', { type: 'button', class: 'live-problem__where', 'aria-describedby': messageId, 'data-problem': String(i), 'data-action': 'jump' }, where)
        : tag('span', { class: 'live-problem__where' }, where);
      const parts = [tag('span', { class: 'live-problem__msg', id: messageId }, text(d.message)), ' ', tag('a', { class: 'live-problem__rule', href: ruleHref(d) }, text(d.rule))];
      if (options.interactive && d.fix && options.fixable?.has(d)) {
        parts.push(' ', tag('button', { type: 'button', class: 'live-problem__fix', 'data-problem': String(i), 'data-action': 'fix' }, text(`Fix: ${fixTitle(d.fix)}`)));
      }
      return tag('li', { class: `live-problem live-problem--${d.severity}` }, whereEl, ' ', tag('span', { class: 'live-problem__detail' }, ...parts));
    })
    .join('');
}

/** The items of the scorecard: each practice, passing or with its findings. */
export function scorecardItems(lines: readonly ScoreLine[]): string {
  return lines
    .map((line) => {
      const passes = line.findings.length === 0;
      const head = [tag('a', { class: 'scorecard__practice', href: sitePath(practicePath(line.slug)) }, text(`${line.n}. ${line.title}`)), ' ', tag('span', { class: 'scorecard__status' }, text(line.status))];
      const findings = passes
        ? []
        : [tag('ul', { class: 'scorecard__findings' }, ...line.findings.map((d) => tag('li', {}, text(findingText(d)), ' ', tag('a', { href: ruleHref(d) }, text(d.rule)))))];
      return tag('li', { class: 'scorecard__item', 'data-practice': line.slug, 'data-passes': String(passes) }, ...head, ...findings);
    })
    .join('');
}

/** The items of the build-context preview: each file, sent or excluded, with its size. */
export function contextItems(preview: ContextPreview): string {
  return preview.entries
    .map((e) => {
      const parts = [
        tag('span', { class: 'context-preview__mark' }, e.included ? 'Sent' : 'Excluded'),
        ' ',
        tag('code', { class: 'context-preview__path' }, text(e.path)),
        ' ',
        tag('span', { class: 'context-preview__size' }, text(formatBytes(e.size))),
      ];
      if (e.note) parts.push(' ', tag('span', { class: 'context-preview__note' }, text(e.note)));
      return tag('li', { class: 'context-preview__file', 'data-included': String(e.included) }, ...parts);
    })
    .join('');
}
