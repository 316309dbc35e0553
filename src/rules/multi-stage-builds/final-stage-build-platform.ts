import { defineRule } from '../define.ts';
import type { Flag, Instruction, Model, Stage } from '../../engine/model.ts';
import { expandWord } from '../../engine/words.ts';
import { isNonProductionFile, isNonProductionStage } from '../lib/purpose.ts';
import { lastInChain } from '../lib/stages.ts';

/** The builder's platform ARGs, and the target's: what a --platform value is made of. */
const buildArgs = /^BUILD(PLATFORM|OS|ARCH|VARIANT)$/;
const targetArgs = /^TARGET(PLATFORM|OS|ARCH|VARIANT)$/;

/** True if the --platform value names the builder's platform ($BUILDPLATFORM, $BUILDOS/$BUILDARCH) and nothing of the target's. */
function isBuildPlatform(model: Model, flag: Flag): boolean {
  if (!flag.value || flag.value.indexOf('$') < 0) return false;
  const vars = expandWord(flag.value, model.escape, model.globalLookup).vars;
  return vars.some((v) => buildArgs.test(v)) && !vars.some((v) => targetArgs.test(v));
}

/** The nearest stage of the final stage's chain whose FROM sets --platform: the one that decides the final image's platform. */
function platformStage(final: Stage): { stage: Stage; from: Instruction; flag: Flag } | null {
  for (const stage of final.chain) {
    const flag = stage.from?.flag('platform');
    if (stage.from && flag) return { stage, from: stage.from, flag };
  }
  return null;
}

function stageLabel(stage: Stage): string {
  return stage.name ? `stage "${stage.name}"` : `stage ${stage.index + 1}`;
}

/** The flag and the blanks after it on its line: what the fix deletes. */
function flagWithBlanks(text: string, flag: Flag): { start: number; end: number } {
  let end = flag.end;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return { start: flag.start, end };
}

export default defineRule({
  id: 'final-stage-build-platform',
  practice: 'multi-stage-builds',
  severity: 'warning',
  title: 'Build the final stage for the target platform, not $BUILDPLATFORM',
  rationale:
    'FROM --platform=$BUILDPLATFORM runs a stage on the machine that builds, so a builder stage can cross-compile for $TARGETOS and $TARGETARCH at native speed. On the stage the image runs from, it picks the base image for the builder too: built with --platform linux/arm64 on an amd64 machine, the image is labelled arm64 but holds amd64 programs, and the container fails with "exec format error". ' +
    'Keep --platform=$BUILDPLATFORM on the stages that compile, and start the final stage without --platform (or with --platform=$TARGETPLATFORM), so it pulls the base image for each target.',
  invalid: [
    {
      code:
        'FROM --platform=$BUILDPLATFORM golang:1.27-alpine3.24 AS builder\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM --platform=$BUILDPLATFORM alpine:3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
      output:
        'FROM --platform=$BUILDPLATFORM golang:1.27-alpine3.24 AS builder\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
  ],
  valid: [
    {
      code:
        'FROM --platform=$BUILDPLATFORM golang:1.27-alpine3.24 AS builder\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
    // An export stage (docker build --output): it runs nothing, so its platform does not matter.
    { code: 'FROM --platform=$BUILDPLATFORM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM --platform=$BUILDPLATFORM scratch\nCOPY --from=builder /out/app /\n' },
  ],
  docs: [
    { title: 'Docker docs: Multi-platform builds, cross-compiling a Go application', url: 'https://docs.docker.com/build/building/multi-platform/#cross-compiling-a-go-application' },
    { title: 'Dockerfile reference: Automatic platform ARGs in the global scope', url: 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope' },
  ],
  sources: [],
  fix: 'unsafe',
  check({ model, options, report }) {
    const final = model.finalStage;
    if (!final?.from) return;
    const decided = platformStage(final);
    if (!decided || !isBuildPlatform(model, decided.flag)) return;
    // A development, test or lint target runs where it is built; a stage that runs nothing (an
    // export stage for --output, a base for other images) has no programs whose platform matters.
    if (isNonProductionStage(final) || isNonProductionFile(options.path)) return;
    // The command the image runs, named in the message.
    const command = lastInChain(final, 'ENTRYPOINT') ?? lastInChain(final, 'CMD');
    if (!command) return;
    const { stage, from, flag } = decided;
    // scratch holds no programs of its own: what runs is copied in, often cross-compiled for the target.
    if (stage.imageWord?.raw.toLowerCase() === 'scratch') return;
    const image = stage.imageWord?.raw ?? 'its base image';
    const where = stage === final ? 'The final stage' : `The final stage is built FROM ${stageLabel(stage)}, which`;
    report({
      start: flag.start,
      end: flag.end,
      instruction: from,
      message:
        `${where} uses ${flag.value ? `--platform=${flag.value}` : '--platform'}, so ${image} is pulled for the machine that builds, not for the platform requested: ` +
        `on a cross-platform build the image's ${command.keyword} (line ${command.line}) runs programs of the wrong architecture and fails with "exec format error". ` +
        (stage === final ? 'Drop --platform here (or use $TARGETPLATFORM); keep $BUILDPLATFORM on the stages that compile.' : `Start the final stage from a stage or image without --platform=${flag.value ?? ''}.`),
      // Only the final stage's own flag: removing it from a base stage would move the builder stages too.
      ...(stage === final ? { fix: { title: 'Build the final stage for the target platform', edits: [{ ...flagWithBlanks(model.text, flag), text: '' }], applicability: 'unsafe' as const } } : {}),
    });
  },
});
