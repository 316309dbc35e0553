/**
 * Monaco draws its icons (the lightbulb, the quick-fix menu's icons, the hover's actions) with
 * the codicon font, 153 KB of TrueType holding some 650 icons. The editor we bundle can show
 * only the icons its code names (`Codicon.lightBulb`), so this plugin serves a subset with
 * those glyphs alone (src/build/font-subset.ts), and the build fails if a bundled Monaco
 * module names an icon the subset lacks (after a Monaco upgrade or a newly imported feature),
 * or if the list keeps one no bundled module names: src/build/codicons.ts says which.
 *
 * The subset is written to a temporary folder, named by its content, and imported like the
 * original (`?url`), so Vite hashes and serves it as any other asset.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSync, Visitor, type Plugin } from 'vite';
import { Codicon } from 'monaco-editor/base/common/codicons';
import { getCodiconFontCharacters } from 'monaco-editor/base/common/codiconsUtil';
import { CODICONS } from './codicons.ts';
import { subsetTrueType } from './font-subset.ts';

const FONT = /[\\/]node_modules[\\/]monaco-editor[\\/].*[\\/]codicon\.ttf\?url$/;
const MONACO_MODULE = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/;

/** The code point of each named icon (`Codicon.lightBulb` is `light-bulb`, U+EA61). */
export function codePoints(names: readonly string[]): number[] {
  const characters = getCodiconFontCharacters();
  return names.map((name) => {
    const icon = (Codicon as Record<string, { id: string } | undefined>)[name];
    const character = icon ? characters[icon.id] : undefined;
    if (character === undefined) throw new Error(`Codicon.${name} is not a codicon`);
    return character;
  });
}

/** The icons a module names: every `Codicon.<name>` in its code. */
export function codiconsNamed(code: string): Set<string> {
  const names = new Set<string>();
  const { program, errors } = parseSync('module.js', code);
  if (errors.length > 0) throw new Error(`cannot read the icons a module names: ${errors[0]!.message}`);
  new Visitor({
    MemberExpression(node) {
      if (node.object.type === 'Identifier' && node.object.name === 'Codicon' && !node.computed && node.property.type === 'Identifier') {
        names.add(node.property.name);
      }
    },
  }).visit(program);
  return names;
}

export function codiconSubset(): Plugin {
  let subsetPath: string | undefined;
  const subset = (originalPath: string) => {
    if (subsetPath) return subsetPath;
    const original = readFileSync(originalPath);
    const font = subsetTrueType(original, codePoints(CODICONS));
    const dir = join(tmpdir(), `dockerfile-practices-codicon-${createHash('sha256').update(font).digest('hex').slice(0, 16)}`);
    mkdirSync(dir, { recursive: true });
    subsetPath = join(dir, 'codicon.ttf');
    writeFileSync(subsetPath, font);
    return subsetPath;
  };
  return {
    name: 'dockerfile-practices:codicon-subset',
    enforce: 'pre',
    // The dev server serves the full font: it would refuse a file outside the project.
    apply: 'build',
    resolveId(source) {
      return FONT.test(source) ? `${subset(source.slice(0, -'?url'.length))}?url` : null;
    },
    generateBundle() {
      // What the bundled modules name, read from their code as bundled (a stubbed module's
      // stub, not its file: vite-plugin-monaco-trim.ts).
      const named = new Map<string, string>();
      for (const id of this.getModuleIds()) {
        if (!MONACO_MODULE.test(id) || /codiconsLibrary\.js$/.test(id)) continue;
        for (const name of codiconsNamed(this.getModuleInfo(id)?.code ?? readFileSync(id, 'utf8'))) named.set(name, id);
      }
      if (named.size === 0) return; // a build without Monaco
      const missing = [...named].filter(([name]) => !CODICONS.includes(name));
      const unused = CODICONS.filter((name) => !named.has(name));
      if (missing.length > 0 || unused.length > 0) {
        const list = missing.map(([name, id]) => `  add Codicon.${name} (${id.replace(/.*[\\/]esm[\\/]/, '')})`).concat(unused.map((name) => `  remove ${name}`));
        this.error(`src/build/codicons.ts no longer matches the icons bundled Monaco modules name:\n${list.join('\n')}`);
      }
    },
  };
}
