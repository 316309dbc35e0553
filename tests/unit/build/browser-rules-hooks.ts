/**
 * Loads the rule files as the client build does (vite-plugin-rule-metadata.ts): without their
 * documentation-only properties. For `node --import` in a child process of
 * rule-metadata.test.ts.
 */
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isRuleFile, stripRuleDocumentation } from '../../../src/build/vite-plugin-rule-metadata.ts';

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (!url.startsWith('file:') || !isRuleFile(fileURLToPath(url))) return loaded;
    return { ...loaded, source: stripRuleDocumentation(String(loaded.source), fileURLToPath(url)) };
  },
});
