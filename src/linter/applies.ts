/**
 * Which practices have nothing to check in a Dockerfile, and why. "Passes" must mean that a
 * practice's rules looked at something and found nothing wrong; a file with nothing for them to
 * look at (no RUN for the layering rules, no base image to pin) does not pass them, it is outside
 * them. Decided on the engine's model with the rules' own helpers, so this is the one place that
 * knows what each practice's rules look at. When in doubt a practice applies: a practice with a
 * finding always does.
 */
import { buildModel, type Instruction, type Model } from '../engine/model.ts';
import type { Diagnostic } from '../engine/types.ts';
import { displayRef, buildCommandIn, isDebugVariant, isFullOs, isShellLess, rootRef } from '../rules/lib/images.ts';

type PracticeSlug = NonNullable<Diagnostic['practice']>;

/** The practices that do not apply, each with the reason, derived from the file. */
export type NotApplicable = ReadonlyMap<PracticeSlug, string>;

function any(model: Model, ...keywords: string[]): boolean {
  return model.instructions.some((i: Instruction) => keywords.includes(i.keyword));
}

/**
 * `dockerignore` as in LintOptions: undefined when the build context's .dockerignore is unknown,
 * so nothing judges it.
 */
export function notApplicable(dockerfile: string, dockerignore?: string | null): NotApplicable {
  const out = new Map<PracticeSlug, string>();
  if (dockerignore === undefined) out.set('dockerignore', 'The build context is not known, so there is no .dockerignore to judge.');
  const model = buildModel(dockerfile, dockerignore);
  const final = model.finalStage;
  if (!final?.from) {
    const reason = 'The file has no FROM, so it builds no image to judge.';
    for (const slug of ['multi-stage-builds', 'non-root-user', 'efficient-layering', 'pinned-base-images', 'dependency-caching', 'minimal-final-image', 'signal-handling', 'expose-ports', 'copy-over-add', 'distroless-images'] as const) {
      out.set(slug, reason);
    }
    return out;
  }
  // A final stage FROM an earlier stage (FROM builder) is that stage's image and more: it is
  // judged by the image at the root of its chain, as one stage would be.
  const finalRef = rootRef(final);
  const finalName = finalRef ? displayRef(finalRef) : null;
  const chain = model.chain(final);
  /** Where the final image starts, for the reasons below: "FROM builder, which starts FROM golang:1.27". */
  const startsFrom = final.base === null ? null : `FROM ${final.base.name ?? 'an earlier stage'}${finalName ? `, which starts FROM ${finalName}` : ''}`;

  const copiesFrom = model.instructions.some((i) => i.keyword === 'COPY' && i.flag('from'));
  // Every stage is the final image or a stage it is built FROM: no other image is built.
  const single = model.stages.every((s) => chain.includes(s));
  if (single && !chain.some((s) => buildCommandIn(s)) && !copiesFrom) {
    const stages = startsFrom === null ? `One stage${finalName ? ` (FROM ${finalName})` : ''}` : `The final stage is built ${startsFrom},`;
    out.set('multi-stage-builds', `${stages} and no build step such as go build or npm run build: there is no artifact to build in one stage and copy into another.`);
  }
  if (!any(model, 'RUN', 'COPY', 'ADD', 'WORKDIR')) {
    out.set('efficient-layering', 'No RUN, COPY, ADD or WORKDIR: the file adds no layers of its own to arrange.');
  }
  if (!copiesFrom && model.stages.every((s) => s.from && (s.base !== null || (s.ref !== null && s.ref.path === 'scratch' && s.ref.registry === null)))) {
    out.set('pinned-base-images', 'Every stage starts FROM scratch or an earlier stage: there is no base image to pin.');
  }
  if (!any(model, 'RUN')) out.set('dependency-caching', 'No RUN: nothing installs dependencies or builds.');
  if (!any(model, 'CMD', 'ENTRYPOINT', 'STOPSIGNAL') && !model.instructions.some((i) => i.json !== null)) {
    out.set('signal-handling', `No CMD, ENTRYPOINT or STOPSIGNAL: the image keeps the command${finalName ? ` of ${finalName}` : ' of its base image'}.`);
  }
  if (!any(model, 'EXPOSE', 'MAINTAINER') && !chain.some((s) => s.instructions.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT'))) {
    out.set('expose-ports', `No EXPOSE, and no CMD or ENTRYPOINT of its own: the image runs the program of ${finalName ?? 'its base image'}, whose ports that image declares.`);
  }
  if (!any(model, 'COPY', 'ADD')) out.set('copy-over-add', 'No COPY or ADD: nothing is copied into the image.');
  // The distroless rules judge a final stage on a plain OS (to replace it), or stages on
  // distroless or scratch (a :debug variant, a shell-form command with no shell to run it). A
  // single stage on anything else (node:latest), or a final stage FROM a stage on it (FROM
  // builder, builder FROM golang), gives them nothing to judge; a final stage FROM an image of
  // its own is a runtime chosen in a multi-stage build: judged, and passes when it is none of those.
  const judged = isFullOs(finalRef) || isDebugVariant(finalRef) || model.stages.some((s) => isShellLess(rootRef(s)));
  if ((model.stages.length === 1 || final.base !== null) && finalRef !== null && !judged) {
    const image = startsFrom === null ? `One stage, built on ${finalName}, which is` : `The final stage is built ${startsFrom}, an image that is`;
    out.set('distroless-images', `${image} neither a plain OS image (Debian, Ubuntu, Alpine …) nor distroless or scratch: the distroless checks judge a runtime stage on one of those.`);
  }
  return out;
}
