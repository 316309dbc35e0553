import type { PracticeSlug } from '../data/practices.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Higher is more severe: info 1, warning 2, error 3. */
export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

/** A replacement of a range, 1-based, end exclusive (as in Monaco and SARIF). */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/**
 * Whether a fix keeps what the image does (`safe`: "Fix all" and `lint --fix` apply it) or may
 * change it (`unsafe`: applied only when asked, one by one or with `--fix-unsafe`), as Ruff's
 * applicability and Biome's FixKind.
 */
export type Applicability = 'safe' | 'unsafe';

export interface Fix {
  /** What the fix does, as a command: "Replace ADD with COPY". */
  title: string;
  edits: TextEdit[];
  applicability: Applicability;
}

export interface Diagnostic {
  rule: string;
  /** The rule's practice; null for the engine's own findings (syntax-error, misplaced-directive). */
  practice: PracticeSlug | null;
  severity: Severity;
  message: string;
  /** 1-based; the range is [line:column, endLine:endColumn), end exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** Set when the range is in the .dockerignore text rather than in the Dockerfile. */
  file?: 'dockerignore';
}

/** The peers whose rules ours are compared with (see ../shared/peer-cases). */
export type PeerTool = 'hadolint' | 'buildkit' | 'dockerfile-utils' | 'trivy' | 'checkov';

export interface RuleSource {
  /** "<tool>:<rule id>", for example "hadolint:DL3006". */
  id: `${PeerTool}:${string}`;
  /** "same": behaves like the peer rule. "inspired": covers the same mistake differently. */
  match: 'same' | 'inspired';
}

/** A page that says why a rule holds: Docker's Dockerfile reference, its best practices, a tool's manual. */
export interface DocReference {
  /** What the page (or section) is: "Dockerfile reference: COPY --chown --chmod". */
  title: string;
  /** The page, with an anchor only where the section surely has it. */
  url: string;
}

export interface RuleExample {
  code: string;
  /** The .dockerignore the example is linted with: text, null for "none", absent for "unknown". */
  dockerignore?: string | null;
  /** The example after the rule's fix, when the rule has one. */
  output?: string;
  /** The trusted registries the example is linted with (LintOptions.trustedRegistries). */
  trustedRegistries?: readonly string[];
  /** The day the example is linted on (LintOptions.now). */
  now?: string;
  /** What the example's caller knows of the build context (LintOptions.context). */
  context?: LintOptions['context'];
}

export interface LintOptions {
  /**
   * The build context's .dockerignore: its text, `null` when the context has none, or
   * `undefined` when it is not known (then no .dockerignore rule runs).
   */
  dockerignore?: string | null;
  /**
   * What the caller knows of the build context besides its .dockerignore. Absent: unknown (the editors).
   * - `repositoryRoot`: false when the context is a subfolder of a repository, so it holds no .git.
   * - `files`: every file in it, as slash-separated paths from its root, before the .dockerignore
   *   applies (absent when not listed).
   * - `guessed`: set when the caller did not know the context and took the Dockerfile's folder
   *   (the CLI without --context); `fromRoot` is that folder's path from the repository root
   *   ('' at the root, null when the folder is in no repository); `rootDockerignore`, when known, whether
   *   the repository's root (a folder above) has a .dockerignore, which a build run from there would read.
   */
  context?: {
    readonly repositoryRoot?: boolean;
    readonly files?: readonly string[];
    readonly guessed?: { readonly fromRoot: string | null; readonly rootDockerignore?: boolean };
  };
  /**
   * The Dockerfile's path from the root of its repository (docker/Dockerfile.test,
   * .devcontainer/Dockerfile), or its file name outside one; absent when not known (the editors,
   * standard input). Its name can say the file builds a test, CI or development image.
   */
  path?: string;
  /**
   * Only run these rule ids (and report misplaced-directive only if listed; syntax-error is always
   * reported). The list is read once and remembered by identity: pass a new array to change it.
   */
  rules?: readonly string[];
  /**
   * The registries base images may come from ("docker.io", "ghcr.io/acme", "*.example.com"),
   * from the CLI's configuration. Absent or empty: any registry is fine (no rule checks).
   */
  trustedRegistries?: readonly string[];
  /**
   * Today, as YYYY-MM-DD: the day dated rules (end-of-life-image) judge on. The engine reads no
   * clock; the CLI and the editors pass the current date. Absent: those rules stay quiet.
   */
  now?: string;
}
