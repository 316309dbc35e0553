import { defineRule } from '../define.ts';
import { builtinArgs } from '../../engine/model.ts';
import { expandWord, type Word } from '../../engine/words.ts';

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
    let declared: Set<string> | null = null;
    for (const stage of model.stages) {
      const from = stage.from;
      if (!from) continue;
      const words: { raw: string; start: number; end: number }[] = [];
      if (stage.imageWord) words.push(stage.imageWord as Word);
      const platform = from.flag('platform');
      if (platform?.value) words.push({ raw: platform.value, start: platform.start, end: platform.end });
      for (const w of words) {
        if (!w.raw.includes('$')) continue;
        if (!declared) {
          declared = new Set<string>(builtinArgs);
          for (const a of model.globalArgs) for (const g of a.words) declared.add(g.raw.split('=')[0] ?? '');
        }
        const known = declared;
        const e = expandWord(w.raw, model.escape, (n) => (known.has(n) ? null : undefined));
        for (const name of e.undeclared) {
          report({ start: w.start, end: w.end, instruction: from, message: `${name} is not declared by an ARG before the first FROM, so it is empty here: declare it (ARG ${name}=...) or fix its name.` });
        }
      }
    }
  },
});
