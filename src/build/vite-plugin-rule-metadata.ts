/**
 * A rule file holds everything about its rule (src/rules/<practice>/<id>.ts): the check, and
 * the documentation the pages, the /rules/ index and the CLI read: its rationale, valid and
 * invalid examples, documentation links and disagreement. The browser never reads those: the
 * editor shows a finding's message and links to the rule's section of its practice page,
 * which is built at build time. So in the client build only, this plugin drops those
 * properties from the `defineRule({...})` literal of each rule file. The server build, the
 * CLI and the tests read the files as written.
 *
 * What the browser keeps: id, practice, severity, title (the playground's focus line), fix
 * (its applicability), sources (suppressions by a peer's id) and check.
 */
import { parseSync, Visitor, type Plugin } from 'vite';

/** The RuleMeta properties only documentation reads. */
export const DOCUMENTATION_ONLY = ['rationale', 'invalid', 'valid', 'docs', 'disagreement'] as const;

/** A rule's own file: src/rules/<practice>/<id>.ts (not a helper under src/rules/lib/). */
export function isRuleFile(path: string): boolean {
  return /[\\/]src[\\/]rules[\\/](?!lib[\\/])[^\\/]+[\\/][^\\/]+\.ts$/.test(path);
}

/**
 * The rule file's code without the documentation-only properties of its defineRule literal.
 * Each removed property (with its comma) is replaced by its line breaks, so lines keep their
 * numbers. Throws if the file has no `export default defineRule({...})`.
 */
export function stripRuleDocumentation(code: string, file = 'rule.ts'): string {
  const { program, errors } = parseSync(file, code);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
  const ranges: Array<[number, number]> = [];
  let found = false;
  new Visitor({
    ExportDefaultDeclaration(node) {
      const call = node.declaration;
      if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'defineRule') return;
      const literal = call.arguments[0];
      if (literal?.type !== 'ObjectExpression') return;
      found = true;
      const properties = literal.properties;
      properties.forEach((p, i) => {
        if (p.type !== 'Property' || p.computed || p.key.type !== 'Identifier') return;
        if (!(DOCUMENTATION_ONLY as readonly string[]).includes(p.key.name)) return;
        // Up to the next property, or for the last one, up to the literal's closing brace.
        ranges.push([p.start, properties[i + 1]?.start ?? literal.end - 1]);
      });
    },
  }).visit(program);
  if (!found) throw new Error(`${file}: no \`export default defineRule({...})\``);
  let out = code;
  for (const [start, end] of ranges.reverse()) {
    out = out.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, '') + out.slice(end);
  }
  return out;
}

export function ruleMetadataForBrowser(): Plugin {
  return {
    name: 'dockerfile-practices:rule-metadata-for-browser',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    transform(code, id) {
      if (!isRuleFile(id)) return null;
      return { code: stripRuleDocumentation(code, id), map: null };
    },
  };
}
