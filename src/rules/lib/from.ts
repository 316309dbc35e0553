/** FROM lines built from ARGs: what they resolve to with only the ARG defaults. */
import type { Model, Stage } from '../../engine/model.ts';
import { builtinArgs, keyValues, memo, memoSlot } from '../../engine/model.ts';
import { expandWord, hasVariable, type Expanded } from '../../engine/words.ts';

const ARG_DEFAULTS = memoSlot();

/** The image of a FROM expanded the way BuildKit's linter does: ARGs without a default are empty. */
export function expandWithDefaults(model: Model, stage: Stage): Expanded | null {
  const w = stage.imageWord;
  if (!w || !hasVariable(w.raw, model.escape)) return null;
  const defaults = memo(model, ARG_DEFAULTS, readArgDefaults);
  return expandWord(w.raw, model.escape, (name) => (builtinArgs.has(name) && !defaults.has(name) ? null : (defaults.get(name) ?? '')));
}

/** The global ARGs' defaults, each expanded with the ones before it; an ARG without one is empty. */
function readArgDefaults(model: Model): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of model.globalArgs) {
    for (const kv of keyValues(a)) map.set(kv.key, kv.value === null ? (map.get(kv.key) ?? '') : expandWord(kv.value, model.escape, (n) => map.get(n) ?? '').value);
  }
  return map;
}
