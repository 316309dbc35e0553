#!/usr/bin/env node
// Launcher for the CLI, which is TypeScript (src/cli/main.ts). In this repository Node strips
// the types itself. Node will not strip types in files under node_modules, so an installed copy
// first registers a loader hook (strip-types.js) that strips this package's own files with
// amaro, the library Node uses for the same job. So installing needs no build step.
import { register } from 'node:module';

if (import.meta.url.includes('/node_modules/')) register('./strip-types.js', import.meta.url);
const { main } = await import('../src/cli/main.ts');

await main();
