/**
 * Compiles the CLI to plain JavaScript for the npm package (`npm pack` runs it as `prepack`):
 * src/cli/main.ts and everything it imports (the linter, the engine, the rules, the data they
 * read) bundled by esbuild into one ES module, dist-cli/dockerfile-practices.js, which the
 * package's `bin` runs. One file starts faster than a hundred modules, and nothing strips types
 * at run time. dockerfile-ast stays a dependency (imported, not bundled), so its licence and
 * version stay its own. The package's version is written in, for --version. dist-cli/ is build
 * output: gitignored, never committed.
 *
 *   node scripts/build-cli.ts [--outdir DIR]
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--outdir');
const outdir = at >= 0 ? (args[at + 1] ?? 'dist-cli') : join(root, 'dist-cli');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { 'dockerfile-practices': join(root, 'src/cli/main.ts') },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22.12',
  // Runtime dependencies are installed beside the package, not copied into it.
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  // `--version` prints it without reading package.json at run time (src/cli/version.ts).
  define: { PACKAGE_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
