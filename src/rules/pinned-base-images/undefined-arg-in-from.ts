import { defineRule } from '../define.ts';
import { builtinArgs, keyValues, type Instruction, type Model } from '../../engine/model.ts';
import { expandWord } from '../../engine/words.ts';

/** The names FROM may use: the ARGs declared before the first FROM, and the builder's own. */
function declaredArgs(model: Model): ReadonlySet<string> {
  const declared = new Set<string>(builtinArgs);
  for (const a of model.globalArgs) for (const kv of keyValues(a)) declared.add(kv.key);
  return declared;
}

export default defineRule({
  id: 'undefined-arg-in-from',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'Declare the ARGs that FROM uses',
  rationale:
    'FROM can only use ARGs declared before the first FROM (and the builder\'s platform ARGs such as BUILDPLATFORM). An undeclared one, often a typo, is silently empty, so FROM golang:${GO_VERSON} becomes golang: and the build fails or pulls the wrong image.',
  invalid: [{ code: 'ARG GO_VERSION=1.27\nFROM golang:${GO_VERSON}\n' }],
  valid: [{ code: 'ARG GO_VERSION=1.27\nFROM golang:${GO_VERSION}\n' }, { code: 'FROM --platform=$BUILDPLATFORM golang:1.27\n' }],
  docs: [
    { title: 'Dockerfile reference: Understand how ARG and FROM interact', url: 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact' },
  ],
  sources: [{ id: 'buildkit:UndefinedArgInFrom', match: 'same' }],
  check({ model, report }) {
    let declared: ReadonlySet<string> | null = null;
    /** Reports each variable in `raw` that no ARG before the first FROM declares. */
    const checkWord = (raw: string, start: number, end: number, from: Instruction) => {
      if (!raw.includes('$')) return;
      const known = (declared ??= declaredArgs(model));
      for (const name of expandWord(raw, model.escape, (n) => (known.has(n) ? null : undefined)).undeclared) {
        report({ start, end, instruction: from, message: `${name} is not declared by an ARG before the first FROM, so it is empty here: declare it (ARG ${name}=...) or fix its name.` });
      }
    };
    for (const stage of model.stages) {
      const from = stage.from;
      if (!from) continue;
      const image = stage.imageWord;
      if (image) checkWord(image.raw, image.start, image.end, from);
      const platform = from.flag('platform');
      if (platform?.value) checkWord(platform.value, platform.start, platform.end, from);
    }
  },
});
