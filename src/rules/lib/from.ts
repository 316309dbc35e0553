/** FROM lines built from ARGs: what they resolve to with only the ARG defaults. */
import type { Model, Stage } from '../../engine/model.ts';
import { builtinArgs, keyValues } from '../../engine/model.ts';
import { expandWord, hasVariable, type Expanded } from '../../engine/words.ts';

/** The image of a FROM expanded the way BuildKit's linter does: ARGs without a default are empty. */
export function expandWithDefaults(model: Model, stage: Stage): Expanded | null {
  const w = stage.imageWord;
  if (!w || !hasVariable(w.raw, model.escape)) return null;
  const defaults = new Map<string, string>();
  for (const a of model.globalArgs) {
    for (const kv of keyValues(a)) defaults.set(kv.key, kv.value === null ? (defaults.get(kv.key) ?? '') : expandWord(kv.value, model.escape, (n) => defaults.get(n) ?? '').value);
  }
  return expandWord(w.raw, model.escape, (name) => (builtinArgs.has(name) && !defaults.has(name) ? null : (defaults.get(name) ?? '')));
}
