/**
 * Monaco's ESM build imports its CSS from JavaScript (`import '../editor/hover.css'`). Left to Vite and
 * Astro, all of it (about 134 KB) would land in a stylesheet linked from the <head> of every
 * page that can lazy-load an editor (withastro/astro#9495), blocking the first paint for CSS
 * that is only needed once an editor opens.
 *
 * This plugin turns each CSS import inside monaco-editor into a small JavaScript module that
 * appends the (lightly minified) CSS to one <style> element when the chunk runs, so the CSS
 * arrives with the editor's lazy chunk and never before. Fonts referenced with url() (the
 * codicon font) become ordinary Vite assets served from our own origin.
 *
 * The virtual module ids deliberately do not end in ".css": Vite would otherwise hand them to
 * its own CSS pipeline again.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0monaco-style:';
const SINK = '\0monaco-style-sink';

function isMonacoFile(path: string | undefined): path is string {
  return !!path && /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(path);
}

/** Comments and insignificant whitespace out; gzip takes care of the rest. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export function monacoCss(): Plugin {
  return {
    name: 'dockerfile-practices:monaco-css',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === SINK) return SINK;
      if (!source.endsWith('.css') || !isMonacoFile(importer)) return null;
      const path = resolve(dirname(importer.replace(/^\0monaco-style:/, '')), source);
      return `${PREFIX}${path.slice(0, -'.css'.length)}.monaco-style`;
    },
    load(id) {
      if (id === SINK) {
        return [
          'let sheet;',
          'export function addMonacoStyle(css) {',
          "  if (typeof document === 'undefined') return;",
          "  if (!sheet) { sheet = document.createElement('style'); sheet.dataset.monacoStyles = ''; document.head.append(sheet); }",
          '  sheet.append(document.createTextNode(css));',
          '}',
        ].join('\n');
      }
      if (!id.startsWith(PREFIX)) return null;
      const file = `${id.slice(PREFIX.length, -'.monaco-style'.length)}.css`;
      const css = minifyCss(readFileSync(file, 'utf8'));
      const imports: string[] = [`import { addMonacoStyle } from ${JSON.stringify(SINK)};`];
      const parts: string[] = [];
      let last = 0;
      let n = 0;
      // url(./codicon.ttf) and friends: import the file as a Vite asset and splice its URL in.
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const target = m[2] ?? '';
        if (/^(data:|https?:|#)/.test(target)) continue;
        const name = `asset${n++}`;
        imports.push(`import ${name} from ${JSON.stringify(`${resolve(dirname(file), target)}?url`)};`);
        parts.push(JSON.stringify(css.slice(last, m.index)), `"url(" + JSON.stringify(${name}) + ")"`);
        last = m.index + m[0].length;
      }
      parts.push(JSON.stringify(css.slice(last)));
      return `${imports.join('\n')}\naddMonacoStyle(${parts.join(' + ')});\n`;
    },
  };
}
