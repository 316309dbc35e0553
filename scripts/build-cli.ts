/**
 * Compiles the CLI to plain JavaScript for the npm package (`npm pack` runs it as `prepack`), in
 * two files under dist-cli/ (build output: gitignored, never committed):
 *   - cli.cjs: src/cli/main.ts and everything it imports (the linter, the engine, the rules, the
 *     data they read), bundled by esbuild into one CommonJS file. One file starts faster than a
 *     hundred modules, and nothing strips types at run time. CommonJS, so that the launcher can
 *     run it as a script with V8's code cache (src/cli/launcher.ts).
 *   - dockerfile-practices.js: that launcher, the package's `bin`.
 * dockerfile-ast and yaml stay dependencies (required, not bundled), so their licences and versions
 * stay their own. The package's version is written in, for --version, and a hash of cli.cjs into
 * the launcher, to name its code cache.
 *
 *   node scripts/build-cli.ts [--outdir DIR]
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--outdir');
const outdir = at >= 0 ? (args[at + 1] ?? 'dist-cli') : join(root, 'dist-cli');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22.12',
  // Runtime dependencies are installed beside the package, not copied into it.
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });
const cli = join(outdir, 'cli.cjs');
await build({
  ...common,
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: cli,
  format: 'cjs',
  define: {
    // `--version` prints it without reading package.json at run time (src/cli/version.ts).
    PACKAGE_VERSION: JSON.stringify(version),
    // CommonJS has no import.meta: the launcher calls main(), and passes its own path as
    // __filename, which import.meta.url stands for (the file a --jobs worker starts from).
    'import.meta.main': 'false',
    'import.meta.url': 'importMetaUrl',
    'import.meta.env': 'undefined',
  },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({
  ...common,
  entryPoints: { 'dockerfile-practices': join(root, 'src/cli/launcher.ts') },
  outdir,
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  define: { CLI_BUILD: JSON.stringify(createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 16)) },
});
