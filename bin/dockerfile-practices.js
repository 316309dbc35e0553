#!/usr/bin/env node
// Launcher for the CLI. Node 24 runs the TypeScript source directly (type stripping), which
// works in this repository; an installed package would need the source built to JavaScript,
// because Node does not strip types in files under node_modules.
import { main } from '../src/cli/main.ts';

await main();
