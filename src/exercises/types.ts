/**
 * What an exercise is. Each one lives in its own folder, examples/exercises/<practice>/<id>/:
 * exercise.ts (the definition below), start.Dockerfile and solution.Dockerfile, and, where the
 * practice is about the build context, start.dockerignore and solution.dockerignore (the learner
 * then edits both). Pages, the browser and the tests read them through ./load.ts.
 */
import type { PracticeSlug } from '../data/practices.ts';

/** Structural checks, computed from the engine's model: they prove the image still does its job. */
export type StructureId =
  | 'app-built'
  | 'app-in-final-image'
  | 'templates-in-final-image'
  | 'starts-app'
  | 'non-root-uid'
  | 'exposes-3000'
  | 'sources-reach-builder';

export type CheckSpec =
  /** (a) None of these rules fires. `label` says, in words, what passing means. */
  | { readonly kind: 'rules'; readonly rules: readonly string[]; readonly label: string }
  /** No warning or error from any rule (the capstone: "passes every check"). */
  | { readonly kind: 'clean' }
  /** (b) No warning or error that the starting file did not already have. */
  | { readonly kind: 'nothing-new' }
  /** (c) A structural check (see ./checks.ts). */
  | { readonly kind: 'structure'; readonly id: StructureId };

export interface ExerciseDefinition {
  /** Position on its page, from 1. */
  readonly order: number;
  /** A short name: "Move the build into its own stage". */
  readonly title: string;
  /** One sentence: what the learner should achieve. */
  readonly goal: string;
  readonly checks: readonly CheckSpec[];
  /** Up to three, revealed one at a time. */
  readonly hints: readonly string[];
  /**
   * Take the starting (or solution) Dockerfile from another file under examples/ instead of
   * this folder's start.Dockerfile (solution.Dockerfile): the capstone starts from the
   * write-up's original and ends at the final Dockerfile, each kept once.
   */
  readonly startFile?: string;
  readonly solutionFile?: string;
}

/** Typed identity: an exercise.ts exports `defineExercise({...})`. */
export function defineExercise(definition: ExerciseDefinition): ExerciseDefinition {
  return definition;
}

/** A Dockerfile and the .dockerignore of its build context (null: the context has none). */
export interface Files {
  readonly dockerfile: string;
  readonly dockerignore: string | null;
}

/** Where an exercise is shown: a practice page, or the walkthrough (the capstone). */
export type ExercisePage = PracticeSlug | 'walkthrough';

export interface Exercise extends ExerciseDefinition {
  readonly page: ExercisePage;
  readonly id: string;
  /** "<page>/<id>": the data-exercise attribute and the progress key. */
  readonly key: string;
  readonly start: Files;
  readonly solution: Files;
  /** True when the learner edits the .dockerignore too (the folder has start.dockerignore). */
  readonly editsDockerignore: boolean;
}

export interface CheckResult {
  readonly label: string;
  readonly passed: boolean;
  /** For a failing check: what to look at, derived from the file. Null when it passes. */
  readonly look: string | null;
}

/** (a) None of these rules fires; `label` says what passing means. */
export function rules(ids: readonly string[], label: string): CheckSpec {
  return { kind: 'rules', rules: ids, label };
}

/** (b) No new warning or error anywhere else. */
export const nothingNew: CheckSpec = { kind: 'nothing-new' };

/** No warning or error from any rule. */
export const clean: CheckSpec = { kind: 'clean' };

export function structure(id: StructureId): CheckSpec {
  return { kind: 'structure', id };
}

/**
 * (c) The image still does its job: the app is compiled, copied into the final stage with its
 * templates, started as /app/app, and port 3000 is documented. Most exercises check all of it.
 */
export const stillWorks: readonly CheckSpec[] = (['app-built', 'app-in-final-image', 'templates-in-final-image', 'starts-app', 'exposes-3000'] as const).map(structure);
