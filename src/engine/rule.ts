/**
 * What a rule is: metadata that documents it (the practice page, the /rules/ index, the CLI
 * and SARIF all read it) and a check that reads the model and reports findings.
 */
import type { PracticeSlug } from '../data/practices.ts';
import type { Instruction, Model } from './model.ts';
import type { Applicability, LintOptions, RuleExample, RuleSource, Severity } from './types.ts';
import type { DocReference } from './types.ts';

export interface RuleMeta {
  /** Stable kebab-case id; also the anchor on its practice page. */
  readonly id: string;
  readonly practice: PracticeSlug;
  readonly severity: Severity;
  /** Short, imperative: "Pin base images by digest". */
  readonly title: string;
  /** One paragraph: what goes wrong and why. */
  readonly rationale: string;
  /** Dockerfiles the rule must flag, and ones it must leave alone. */
  readonly invalid: readonly RuleExample[];
  readonly valid: readonly RuleExample[];
  /** The peer rules this one matches. */
  readonly sources: readonly RuleSource[];
  /** The documentation that says why, at least one: the rule's source of truth, peer or no peer. */
  readonly docs: readonly DocReference[];
  /** Where we differ from a peer on purpose, and why. */
  readonly disagreement?: string;
  /**
   * The fix the rule offers, if any: `safe` when it keeps what the image does, `unsafe` when it
   * may change it. A finding can only make its own fix less safe (Report.fix.applicability).
   */
  readonly fix?: Applicability;
}

export interface Edit {
  /** Original offsets, [start, end). */
  start: number;
  end: number;
  text: string;
}

export interface Report {
  /** Original offsets of the finding, [start, end). */
  start: number;
  end: number;
  message: string;
  /** The fix; its edits are applied all together or not at all. `unsafe` overrides a safe rule's default. */
  fix?: { title: string; edits: Edit[]; applicability?: Applicability };
  /** The instruction the finding belongs to (suppression comments above it apply). */
  instruction?: Instruction | null;
  /** Set when the offsets are in the .dockerignore text. */
  file?: 'dockerignore';
  /** This finding's severity, when it differs from the rule's (a suggestion rather than a known problem). */
  severity?: Severity;
}

export interface RuleContext {
  readonly model: Model;
  /** What the caller configured that a rule may read (trustedRegistries). */
  readonly options: Readonly<LintOptions>;
  report(report: Report): void;
  /** Reports on an instruction's keyword. */
  reportInstruction(instruction: Instruction, message: string, fix?: Report['fix']): void;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
