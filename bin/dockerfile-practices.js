#!/usr/bin/env node
// Launcher for the CLI. In this repository Node 24 runs the TypeScript source directly (type
// stripping). Node does not strip types in files under node_modules, so an installed copy runs
// the JavaScript that `npm run build:cli` writes to dist-cli/ (npm runs it as `prepare`).
const installed = import.meta.url.includes('/node_modules/');
const { main } = await import(installed ? '../dist-cli/cli/main.js' : '../src/cli/main.ts');

await main();
