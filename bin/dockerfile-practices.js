#!/usr/bin/env node
// Launcher for the CLI, which is TypeScript (src/cli/main.ts). In this repository Node strips
// the types itself. Node will not strip types in files under node_modules, so an installed copy
// first installs a loader hook (strip-types.js) that strips this package's own files with
// amaro, the library Node uses for the same job. So installing needs no build step.
// module.registerHooks (Node 22.15+) runs the hook in this thread; older Nodes run it in a
// loader thread with module.register, which takes about twice as long to start.
import module from 'node:module';

if (import.meta.url.includes('/node_modules/')) {
  if (typeof module.registerHooks === 'function') {
    const { load } = await import('./strip-types.js');
    module.registerHooks({ load });
  } else {
    module.register('./strip-types.js', import.meta.url);
  }
}
const { main } = await import('../src/cli/main.ts');

await main();
