// Loader hook for an installed copy of the CLI (see dockerfile-practices.js): loads this
// package's .ts files as ES modules with their types stripped, as Node does outside node_modules.
// Type stripping keeps every line and column in place, so stack traces stay exact. The hook is
// synchronous, so it serves both module.registerHooks and module.register.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import amaro from 'amaro';

const packageRoot = new URL('../', import.meta.url).href;

/** @type {import('node:module').LoadHookSync} */
export function load(url, context, nextLoad) {
  const own = url.startsWith(packageRoot) && !url.slice(packageRoot.length).includes('node_modules/');
  if (!own || !url.endsWith('.ts')) return nextLoad(url, context);
  const source = readFileSync(fileURLToPath(url), 'utf8');
  return { format: 'module', source: amaro.transformSync(source, { mode: 'strip-only' }).code, shortCircuit: true };
}
