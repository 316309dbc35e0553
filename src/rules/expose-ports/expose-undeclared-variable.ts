import { defineRule } from '../define.ts';
import { keyValues, type Instruction, type Model, type Stage } from '../../engine/model.ts';
import { editDistance } from '../../engine/text.ts';
import { expandWord } from '../../engine/words.ts';
import { containerPortOf, isValidPortOrRange } from '../lib/expose.ts';
import { hasKnownEnv, rootRef } from '../lib/images.ts';

/**
 * True if a stage the instruction's stage is built FROM declares the ARG: BuildKit passes a
 * stage's ARGs on to the stages built FROM it (Docker docs, "Variables: Scoping"), which the
 * engine's scope does not model.
 */
function declaredInBase(model: Model, stage: Stage, name: string): boolean {
  return model
    .chain(stage)
    .slice(1)
    .some((s) => s.instructions.some((i) => i.keyword === 'ARG' && !i.onbuild && keyValues(i).some((kv) => kv.key === name)));
}

/** A variable in scope whose name is fewer than 3 edits from the undeclared one (as BuildKit's UndefinedVar suggests): a likely typo. */
function nearestInScope(model: Model, expose: Instruction, name: string): string | null {
  const lookup = model.lookupAt(expose);
  let best: string | null = null;
  let min = 3;
  for (const stage of model.chain(expose.stage as Stage)) {
    for (const i of stage.instructions) {
      if ((i.keyword !== 'ARG' && i.keyword !== 'ENV') || i.onbuild) continue;
      for (const { key } of keyValues(i)) {
        const d = editDistance(name.toLowerCase(), key.toLowerCase());
        if (d < min && lookup(key) !== undefined) {
          best = key;
          min = d;
        }
      }
    }
  }
  return best;
}

/** Where else the file declares the variable, when not in scope here: what the message tells the reader to move or repeat. */
function elsewhere(model: Model, expose: Instruction, name: string): string {
  const near = nearestInScope(model, expose, name);
  if (near) return `did you mean $${near}?`;
  const declares = (i: Instruction) => (i.keyword === 'ARG' || i.keyword === 'ENV') && !i.onbuild && keyValues(i).some((kv) => kv.key === name);
  const global = model.globalArgs.find(declares);
  if (global) return `the ARG ${name} on line ${global.line} is declared before the first FROM, and such an ARG is in scope in a stage only once the stage repeats it: add ARG ${name} to this stage, before line ${expose.line}.`;
  const stage = expose.stage as Stage;
  const later = stage.instructions.find((i) => i.start > expose.start && declares(i));
  if (later) return `${name} is declared only after this EXPOSE (${later.keyword} on line ${later.line}): move that ${later.keyword} above line ${expose.line}.`;
  const other = model.stages.find((s) => s !== stage && s.instructions.some(declares));
  if (other) {
    const which = other.name ? `stage "${other.name}"` : `stage ${other.index + 1}`;
    return `${name} is declared in ${which}, which this stage is not built from, so it is not in scope here: declare it in this stage too (ARG ${name}=... or ENV ${name}=...).`;
  }
  return `declare it in this stage before line ${expose.line} (ARG ${name}=<port>, or ENV ${name}=<port> to keep it in the container), or write the port itself.`;
}

/** What the builder does with the word once the undeclared variables are empty. */
function consequence(raw: string, value: string): string {
  if (value.trim() === '') return `${raw} is empty and EXPOSE exposes nothing`;
  if (isValidPortOrRange(containerPortOf(value))) return `${raw} becomes "${value}"`;
  return `${raw} becomes "${value}", which is no port, and the build fails`;
}

export default defineRule({
  id: 'expose-undeclared-variable',
  practice: 'expose-ports',
  severity: 'warning',
  title: 'Declare the variables that EXPOSE uses',
  rationale:
    'EXPOSE expands $VARIABLES with the ARGs and ENVs in scope: those of its stage and the stages it is built FROM. A variable that none of them declares, often a typo or an ARG declared only before the first FROM, is empty, so EXPOSE $PORT documents no port at all and EXPOSE ${PORT}/tcp becomes /tcp, which the builder rejects. ' +
    'EXPOSE is read when the image is built, so a PORT that a platform such as Heroku or Cloud Run sets when the container starts does not count. ' +
    'Declare it in the stage (ARG PORT=3000 or ENV PORT=3000) before the EXPOSE, or write the port itself. An ARG without a default is enough: --build-arg sets it.',
  invalid: [
    { code: 'FROM alpine:3.24\nEXPOSE $PORT\nCMD ["/app/app"]\n' },
    { code: 'ARG PORT=3000\nFROM alpine:3.24\nEXPOSE ${PORT}/tcp\nCMD ["/app/app"]\n' },
  ],
  valid: [
    { code: 'FROM alpine:3.24\nENV PORT=3000\nEXPOSE $PORT\nCMD ["/app/app"]\n' },
    { code: 'ARG PORT=3000\nFROM alpine:3.24\nARG PORT\nEXPOSE ${PORT}/tcp\nCMD ["/app/app"]\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: Environment replacement', url: 'https://docs.docker.com/reference/dockerfile/#environment-replacement' },
    { title: 'Dockerfile reference: ARG scope', url: 'https://docs.docker.com/reference/dockerfile/#scope' },
    { title: 'Docker docs: Build variables, scoping', url: 'https://docs.docker.com/build/building/variables/#scoping' },
    { title: 'Build checks: UndefinedVar', url: 'https://docs.docker.com/reference/build-checks/undefined-var/' },
  ],
  sources: [{ id: 'buildkit:UndefinedVar', match: 'inspired' }],
  disagreement:
    "BuildKit's UndefinedVar checks every instruction and also knows the ENV of the base image, which a linter without the image cannot see. We check EXPOSE only, where an empty variable silently exposes nothing or fails the build, and only on scratch and Docker Official Images, whose ENV sets no such variable: another base may set it.",
  check({ model, report }) {
    for (const i of model.of('EXPOSE')) {
      // An ONBUILD EXPOSE runs in the child image's build, with the child's variables.
      if (i.onbuild || !i.stage) continue;
      // Only a word with a variable can name an undeclared one: asked before the base image, which costs more.
      if (i.args.text.indexOf('$') < 0) continue;
      // A base other than scratch or an official image may set the variable in its own ENV.
      if (!hasKnownEnv(rootRef(i.stage))) continue;
      for (const word of i.words) {
        if (word.raw.indexOf('$') < 0) continue;
        const e = i.expand(word.raw);
        // ${PORT:-3000} and the like choose their own value when PORT is unset.
        if (e.error || e.modified || e.undeclared.length === 0) continue;
        const value = expandWord(word.raw, model.escape, (n) => (e.undeclared.includes(n) ? '' : i.model.lookupAt(i)(n))).value;
        for (const name of e.undeclared) {
          if (declaredInBase(model, i.stage, name)) continue;
          report({
            start: word.start,
            end: word.end,
            instruction: i,
            message: `No ARG or ENV in scope declares ${name}, so ${consequence(word.raw, value)}: ${elsewhere(model, i, name)}`,
          });
        }
      }
    }
  },
});
