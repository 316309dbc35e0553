/**
 * The markup of what is rendered both at build time and in the browser: the problems list,
 * the playground's scorecard and its build-context preview. The pages insert these strings
 * with `set:html`, the live editor with `innerHTML`, so the static page and the live editor
 * cannot drift. Every text is escaped: messages quote the user's own Dockerfile.
 */
import { practicePath } from '../data/practices.ts';
import type { Diagnostic } from '../engine/types.ts';
import { checkIgnoreLine, formatBytes, totalsText, type ContextEntry, type ContextFolder } from './context-tree.ts';
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

/** The items of the scorecard: each practice, passing, with its findings, or not applying (with the reason). */
export function scorecardItems(lines: readonly ScoreLine[]): string {
  return lines
    .map((line) => {
      const passes = line.findings.length === 0;
      const head = [tag('a', { class: 'scorecard__practice', href: sitePath(practicePath(line.slug)) }, text(`${line.n}. ${line.title}`)), ' ', tag('span', { class: 'scorecard__status' }, text(line.status))];
      const detail = !passes
        ? [tag('ul', { class: 'scorecard__findings' }, ...line.findings.map((d) => tag('li', {}, text(findingText(d)), ' ', tag('a', { href: ruleHref(d) }, text(d.rule)))))]
        : line.notApplicable !== null
          ? [tag('p', { class: 'scorecard__reason' }, text(line.notApplicable))]
          : [];
      const state = !passes ? 'findings' : line.notApplicable !== null ? 'not-applicable' : 'passes';
      return tag('li', { class: 'scorecard__item', 'data-practice': line.slug, 'data-passes': String(passes && line.notApplicable === null), 'data-state': state }, ...head, ...detail);
    })
    .join('');
}

export interface TreeOptions {
  /** The paths of the folders drawn open (foldersOpenAtStart, then the reader's choice). */
  open: ReadonlySet<string>;
  /** When true, a closed folder's contents are left out (data-folder-body is empty) until it is opened. */
  lazy: boolean;
}

/** A folder's totals: "3 sent (7.3 KB), 5 excluded (55 MB)". */
export function folderTotals(folder: ContextFolder): string {
  const parts: string[] = [];
  if (folder.sent.files > 0) parts.push(`${totalsText(folder.sent)} sent`);
  if (folder.excluded.files > 0) parts.push(`${totalsText(folder.excluded)} excluded`);
  return parts.join(', ');
}

function fileItem(e: ContextEntry): string {
  const name = e.path.slice(e.path.lastIndexOf('/') + 1);
  const parts = [
    tag('span', { class: 'context-tree__mark' }, e.included ? 'Sent' : 'Excluded'),
    ' ',
    tag('code', { class: 'context-tree__name' }, text(name)),
  ];
  // An empty file (go.sum of a module with no dependencies) says so: "0 B" reads as an unknown size.
  if (e.size !== null) parts.push(' ', tag('span', { class: 'context-tree__size' }, text(e.size === 0 ? 'empty' : formatBytes(e.size))));
  if (e.note) parts.push(' ', tag('span', { class: 'context-tree__note' }, text(e.note)));
  // The deciding line, like git check-ignore -v: for every excluded file, and for a file a "!" line sends.
  if (e.decidedBy) parts.push(' ', tag('code', { class: 'context-tree__why' }, text(checkIgnoreLine(e.decidedBy, e.path))));
  return tag('li', { class: 'context-tree__file', 'data-path': e.path, 'data-included': String(e.included) }, ...parts);
}

/** The items of one folder (the root: the whole tree): its subfolders, collapsible, then its files. */
export function folderItems(folder: ContextFolder, options: TreeOptions): string {
  const folders = folder.folders.map((f) => {
    const open = options.open.has(f.path);
    const all = f.excluded.files > 0 && f.sent.files === 0;
    const summary = tag(
      'summary',
      {},
      tag('code', { class: 'context-tree__name' }, text(`${f.name}/`)),
      ' ',
      tag('span', { class: 'context-tree__totals' }, text(folderTotals(f))),
      // The folder's own deciding line, where it is not its parent's already.
      ...(f.decidedBy && f.decidedBy.line !== folder.decidedBy?.line ? [' ', tag('code', { class: 'context-tree__why' }, text(checkIgnoreLine(f.decidedBy, f.path)))] : []),
    );
    const body = open || !options.lazy ? folderItems(f, options) : '';
    const details = tag('details', { open: open ? '' : undefined, 'data-folder': f.path }, summary, tag('ul', { class: 'context-tree__list', 'data-folder-body': '' }, body));
    return tag('li', { class: 'context-tree__folder', 'data-path': `${f.path}/`, 'data-included': all ? 'false' : 'true' }, details);
  });
  return folders.join('') + folder.files.map(fileItem).join('');
}
