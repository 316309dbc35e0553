/**
 * A live example: the static markup from LiveExample.astro (or the playground) turned into
 * an editor group (./group.ts), linted by the shared rule engine on every change. This module
 * is what loader.ts imports: it decides the editor (Monaco, or the textarea on touch devices),
 * restores a share link or a draft, and follows share links opened later.
 */
import { today } from '../linter/index.ts';
import { nextTask } from './dom.ts';
import { Group, type GroupSpec, type Monaco } from './group.ts';
import { decodeShare, madeNow, shareFailureMessage, shareTarget, staleShareMessage, type ShareMade } from './share.ts';
import { loadDraft } from './storage.ts';
import { injectEditorStyles } from './styles.ts';

injectEditorStyles();

const groups = new Map<string, Group>();
let monacoModule: Promise<Monaco> | undefined;

/** Touch-first devices get the textarea editor: Monaco does not support mobile browsers. */
export function prefersTextarea(): boolean {
  if (new URLSearchParams(location.search).get('editor') === 'textarea') return true;
  return matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
}

function readSpec(root: HTMLElement): GroupSpec {
  const json = root.querySelector('script[data-live-spec]')?.textContent;
  if (!json) throw new Error('live example without its spec');
  return JSON.parse(json) as GroupSpec;
}

/** The texts to start with: a share link's for this group, else the reader's draft. */
async function initialTexts(spec: GroupSpec): Promise<{ texts: string[] | null; failure: string | null; made: ShareMade | null }> {
  let texts: string[] | null = null;
  let failure: string | null = null;
  let made: ShareMade | null = null;
  if (shareTarget(location.hash) === spec.id) {
    const decoded = await decodeShare(location.hash);
    if (decoded.ok) ({ texts, made } = decoded);
    else failure = shareFailureMessage(decoded.reason);
  }
  texts ??= failure ? null : loadDraft(location.pathname, spec.id);
  if (texts && texts.length !== spec.members.length) texts = made = null;
  return { texts, failure, made };
}

/** Tells the reader of a share link when the rules here no longer find what they found then. */
function noteStale(group: Group, made: ShareMade | null): void {
  const message = made && staleShareMessage(made, madeNow(group.last?.diagnostics ?? [], today()));
  if (message) group.showNotice(message);
}

/** Upgrades one live example (called by loader.ts). */
export async function upgrade(root: HTMLElement): Promise<Group> {
  const spec = readSpec(root);
  const initial = await initialTexts(spec);
  const group = new Group(spec, root);
  groups.set(spec.id, group);
  if (spec.playground) {
    const { playgroundRenderer } = await import('./playground.ts');
    group.onLint(playgroundRenderer(root, group));
  }
  const exercise = root.closest<HTMLElement>('[data-exercise]');
  if (exercise) (await import('./exercise.ts')).attachExercise(exercise, group);
  const monaco = prefersTextarea() ? null : await (monacoModule ??= import('./monaco.ts'));
  // Three tasks rather than one long one, so that a phone stays responsive while the editor
  // takes over. Monaco: the engine's first lint, then the editors with their findings, so that
  // its first frame has its squiggles. The textarea, which has none: the editors first (the
  // page's static problems lists still under them), then the first lint and its findings.
  // Then what listens to the lint (the playground's scorecard, an exercise's checks).
  await nextTask();
  if (monaco) group.prime(initial.texts);
  else group.start(null, initial);
  await nextTask();
  if (monaco) group.start(monaco, initial);
  group.firstLint();
  await nextTask();
  group.notify();
  noteStale(group, initial.made);
  return group;
}

// A share link opened while the page is already open only changes the hash.
addEventListener('hashchange', () => {
  const id = shareTarget(location.hash);
  const group = id ? groups.get(id) : undefined;
  if (!group || group.members.length === 0) return;
  void decodeShare(location.hash).then((decoded) => {
    if (decoded.ok) {
      group.applyShared(decoded.texts);
      group.lint();
      noteStale(group, decoded.made);
    } else {
      group.reset();
      group.showNotice(shareFailureMessage(decoded.reason));
    }
    group.root.scrollIntoView({ block: 'start' });
  });
});
