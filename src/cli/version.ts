/**
 * The package's version, for `--version`. The compiled CLI has it written in at build time
 * (scripts/build-cli.ts defines PACKAGE_VERSION); from source it is read from package.json.
 */
import { readFileSync } from 'node:fs';

declare const PACKAGE_VERSION: string | undefined;

export function packageVersion(): string {
  if (typeof PACKAGE_VERSION === 'string') return PACKAGE_VERSION;
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
