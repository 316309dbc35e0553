// Loader hook for an installed copy of the CLI (see dockerfile-practices.js): loads this
// package's .ts files as ES modules with their types stripped, as Node does outside node_modules.
// Type stripping keeps every line and column in place, so stack traces stay exact.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import amaro from 'amaro';

const packageRoot = new URL('../', import.meta.url).href;

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  const own = url.startsWith(packageRoot) && !url.slice(packageRoot.length).includes('node_modules/');
  if (!own || !url.endsWith('.ts')) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  return { format: 'module', source: amaro.transformSync(source, { mode: 'strip-only' }).code, shortCircuit: true };
}
