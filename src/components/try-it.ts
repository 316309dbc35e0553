/**
 * The "Try it" link of a rule (its section on the practice page, its row of /rules/): the
 * playground opened on the rule's first flagged example, with the rule's findings highlighted.
 * The link is a share link (src/editor/share.ts) made at build time, so it records what the
 * rules found then; the playground says so if they find something else when it is opened.
 *
 * The playground lints a Dockerfile and a .dockerignore it always has, with no configuration,
 * on the reader's day. An example that needs more (trusted registries, no .dockerignore at all,
 * the CLI's view of the build context)
 * is checked here: when the rule would not fire in the playground, there is no link, and the
 * reason is given instead, rather than a link that shows nothing.
 */
import { lint, today, type Rule } from '../linter/index.ts';
import { encodeShare, madeNow } from '../editor/share.ts';
import { playgroundRoute, sitePath } from '../presentation/urls.ts';

/** The playground's editor group (src/components/editor/Playground.astro): its Dockerfile, then its .dockerignore. */
const PLAYGROUND_GROUP = 'playground';

export type TryIt = { href: string; reason?: undefined } | { href?: undefined; reason: string };

const cache = new Map<string, Promise<TryIt>>();

async function make(rule: Rule): Promise<TryIt> {
  const example = rule.invalid[0];
  if (!example) return { reason: 'This rule has no flagged example.' };
  const dockerignore = example.dockerignore ?? '';
  const date = today();
  const diagnostics = lint(example.code, { dockerignore, now: date });
  if (!diagnostics.some((d) => d.rule === rule.id)) {
    return {
      reason: example.trustedRegistries
        ? 'Its example needs a list of trusted registries, a setting the playground does not have.'
        : example.dockerignore === null
          ? 'Its example is a build context without a .dockerignore, and the playground always has one.'
          : example.context
            ? 'Its example needs what the CLI sees of the build context (its folder and files), which the playground does not have.'
            : 'Its example does not show this rule in the playground.',
    };
  }
  const hash = await encodeShare(PLAYGROUND_GROUP, [example.code, dockerignore], madeNow(diagnostics, date));
  return { href: sitePath(playgroundRoute(hash, rule.id)) };
}

/** The rule's link into the playground, or why it has none. */
export function tryIt(rule: Rule): Promise<TryIt> {
  let link = cache.get(rule.id);
  if (!link) cache.set(rule.id, (link = make(rule)));
  return link;
}
