/**
 * The engine's own findings, which are no rule of the catalogue: what each is, in words, for
 * the rules index, the CLI's SARIF output and anyone else who lists them. One source.
 */
import { INTERNAL_ERROR } from '../engine/lint.ts';
import { MISPLACED_DIRECTIVE, SYNTAX_ERROR } from '../engine/syntax.ts';
import type { RuleSource, Severity } from '../engine/types.ts';

export interface EngineFinding {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  /** The peer rules it matches, as a rule's `sources` say it. */
  readonly sources: readonly RuleSource[];
}

export const engineFindings: readonly EngineFinding[] = [
  {
    id: SYNTAX_ERROR,
    severity: 'error',
    title: 'BuildKit refuses this Dockerfile',
    description:
      'The file is not one BuildKit will build: an unknown instruction, no FROM, an instruction other than ARG before the first FROM, a repeated parser directive, an invalid escape character, a heredoc that never ends, or a file that is not text. The message quotes BuildKit where it has words for it. The rules still run on what parsed, but the file is never clean.',
    sources: [{ id: 'hadolint:DL3061', match: 'inspired' }],
  },
  {
    id: MISPLACED_DIRECTIVE,
    severity: 'warning',
    title: 'Parser directive where it is only a comment',
    description:
      'BuildKit reads # syntax= and # escape= only at the very top of the file, before any instruction, comment or blank line. Anywhere else the line is a comment and has no effect. (# check= is different: just above an instruction it configures the checks for that instruction.)',
    sources: [],
  },
  {
    id: INTERNAL_ERROR,
    severity: 'warning',
    title: 'Internal error of the linter',
    description: 'A rule failed on this file. The other rules still ran.',
    sources: [],
  },
];

/** The engine finding with this id, if it is one. */
export function engineFinding(id: string): EngineFinding | undefined {
  return engineFindings.find((f) => f.id === id);
}
