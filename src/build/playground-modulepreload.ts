/**
 * The playground's editors are in view as its page loads, so the loader asks for their code at
 * once, but only once it has run: three requests deep (the page's script, the loader, then
 * live.ts and playground.ts with what they import). After the build, the playground's page names
 * those files with <link rel="modulepreload"> next to its script, for the browser to fetch them
 * alongside. Not Monaco: touch devices never load it, and the others fetch it as before.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The chunks a built module imports statically (`from "./x.js"`, `import "./x.js"`). */
const staticImports = (code: string) => [...code.matchAll(/\b(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1] ?? '');
/** The editor chunks the loader imports on demand (`import("./live.x.js")`, `import("./playground.x.js")`). */
const editorImports = (code: string) => [...code.matchAll(/\bimport\(\s*["'`]\.\/((?:live|playground)\.[\w-]+\.js)["'`]\s*\)/g)].map((m) => m[1] ?? '');

export function playgroundModulePreload(): AstroIntegration {
  return {
    name: 'dockerfile-practices:playground-modulepreload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const page = join(root, 'playground', 'index.html');
        const html = await readFile(page, 'utf8');
        const script = /<script type="module" src="([^"]*\/_astro\/)(Playground\.astro_astro_type_script[^"/]+\.js)"><\/script>/.exec(html);
        if (!script) return logger.warn("the playground's script was not found: no modulepreload links");
        const [tag, prefix = '', entry = ''] = script;
        const files = new Set<string>();
        const visit = async (name: string): Promise<void> => {
          if (files.has(name)) return;
          files.add(name);
          const code = await readFile(join(root, '_astro', name), 'utf8');
          for (const next of [...staticImports(code), ...editorImports(code)]) await visit(next);
        };
        await visit(entry);
        files.delete(entry);
        await writeFile(page, html.replace(tag, tag + [...files].map((f) => `<link rel="modulepreload" href="${prefix}${f}">`).join('')));
        logger.info(`the playground names ${files.size} modules to preload`);
      },
    },
  };
}
