/**
 * The eleven practices: the single source of truth for their order, slugs, titles and
 * one-line checklist items. The sidebar, the landing page's checklist, the /p/ aliases,
 * the rule engine's practice ids and the tests all import this list.
 *
 * Slugs are public URLs (/practices/<slug>/) that reviewers paste into code reviews:
 * never rename one.
 */
export interface Practice {
  /** 1-based position, also the short alias /p/<n>/. */
  readonly n: number;
  readonly slug: string;
  readonly title: string;
  /** One imperative line for the checklist. */
  readonly checklist: string;
}

export const practices = [
  {
    n: 1,
    slug: 'multi-stage-builds',
    title: 'Multi-stage builds',
    checklist: 'Compile in a builder stage and copy only the artifact into a separate final stage.',
  },
  {
    n: 2,
    slug: 'non-root-user',
    title: 'Run as a non-root user',
    checklist: 'End the final stage with a numeric, non-root USER such as 1001:1001.',
  },
  {
    n: 3,
    slug: 'efficient-layering',
    title: 'Efficient layering and file copying',
    checklist: 'Copy only what the build needs, set ownership with COPY --chown, and clean up in the same RUN.',
  },
  {
    n: 4,
    slug: 'pinned-base-images',
    title: 'Pin base images by version and digest',
    checklist: 'Reference every base image by tag and digest, and let a bot keep the digest fresh.',
  },
  {
    n: 5,
    slug: 'dependency-caching',
    title: 'Cache dependencies before copying source',
    checklist: 'Copy the dependency manifests and download dependencies before copying the source.',
  },
  {
    n: 6,
    slug: 'minimal-final-image',
    title: 'Keep the final image minimal',
    checklist: 'Ship no compilers, package managers or build tools in the final stage.',
  },
  {
    n: 7,
    slug: 'signal-handling',
    title: 'Signal handling and exec-form ENTRYPOINT',
    checklist: 'Use exec-form ENTRYPOINT so the app is PID 1 and handles SIGTERM itself.',
  },
  {
    n: 8,
    slug: 'expose-ports',
    title: 'Document ports with EXPOSE',
    checklist: 'Document the port the app listens on with EXPOSE; publish it with -p at run time.',
  },
  {
    n: 9,
    slug: 'copy-over-add',
    title: 'Prefer COPY over ADD',
    checklist: 'Use COPY for local files; keep ADD for archives to extract and checksummed downloads.',
  },
  {
    n: 10,
    slug: 'dockerignore',
    title: 'Keep the build context small with .dockerignore',
    checklist: 'Keep .git, dependencies, logs, build output and secrets out of the build context.',
  },
  {
    n: 11,
    slug: 'distroless-images',
    title: 'Distroless and scratch runtime images',
    checklist: 'Run the app on a distroless or scratch image: no shell, no package manager.',
  },
] as const satisfies readonly Practice[];

export type PracticeSlug = (typeof practices)[number]['slug'];

export const practiceSlugs: readonly PracticeSlug[] = practices.map((p) => p.slug);

/** The page's path, with the trailing slash the site uses. */
export function practicePath(slug: PracticeSlug): string {
  return `/practices/${slug}/`;
}

export function getPractice(slug: string): (typeof practices)[number] | undefined {
  return practices.find((p) => p.slug === slug);
}
