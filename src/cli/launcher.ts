/**
 * The installed CLI's entry point (the package's bin, dist-cli/dockerfile-practices.js): runs the
 * compiled CLI, dist-cli/cli.cjs, with V8's code cache (./code-cache.ts). On a run with no cache
 * (the first, or after an upgrade of the CLI or of Node.js), the cache is written as the process
 * exits, so that it holds every function the run compiled, not only those of start-up; a long
 * run that compiled much more than its cache held writes a larger one (cacheToWrite).
 *
 * The CLI is CommonJS, compiled here as a vm.Script, because only a script can be given a cache
 * and asked for one after it has run. It runs as part of this module: its __filename (from which
 * it takes its import.meta.url) is this file, so a --jobs worker (./parallel.ts) starts here too
 * and has the cache as well. Only the main thread runs the command and writes the cache.
 *
 * scripts/build-cli.ts compiles it, with CLI_BUILD: a hash of cli.cjs.
 */
import { readFileSync } from 'node:fs';
import { createRequire, enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { cacheFile, cacheFolder, cacheToWrite, readCache, writeCache } from './code-cache.ts';

declare const CLI_BUILD: string;

const launcher = fileURLToPath(import.meta.url);
const cli = join(dirname(launcher), 'cli.cjs');
const folder = cacheFolder(process.env, process.platform);
// Node's own compile cache, in the same folder, for the modules the CLI requires (dockerfile-ast
// and what it loads; yaml): it does nothing more where NODE_COMPILE_CACHE has turned it on already.
if (folder !== null) enableCompileCache(folder);
const file = folder === null ? null : cacheFile(folder, CLI_BUILD);
const cached = file === null ? undefined : readCache(file);

const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(cli, 'utf8')}\n})`, { filename: cli, cachedData: cached });
const module: { exports: { main?: () => Promise<void> } } = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(cli), module, launcher, dirname(launcher));

if (isMainThread) {
  if (file !== null) {
    const given = script.cachedDataRejected === true ? undefined : cached;
    process.once('exit', () => writeCache(file, CLI_BUILD, () => cacheToWrite(given, performance.now(), () => script.createCachedData())));
  }
  const { main } = module.exports;
  if (!main) throw new Error(`${cli} has no main()`);
  await main();
}
