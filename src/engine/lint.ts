/**
 * lint(): parse once, run every rule (each guarded, so one failing rule cannot break the
 * others), drop suppressed findings and anything inside heredoc bodies, and return
 * diagnostics with 1-based positions that always lie inside the text. It never throws.
 */
import { buildModel, heredocMarkerCount, type Instruction, type Model } from './model.ts';
import type { Report, Rule, RuleContext } from './rule.ts';
import { isSuppressed, readSuppressions } from './suppress.ts';
import { isBinary, MISPLACED_DIRECTIVE, notTextFinding, syntaxFindings, type SyntaxFinding } from './syntax.ts';
import { LineIndex } from './text.ts';
import type { Diagnostic, LintOptions, TextEdit } from './types.ts';

export const INTERNAL_ERROR = 'internal-error';

function keywordEnd(instruction: Instruction): number {
  return Math.max(instruction.keywordEnd, instruction.keywordStart + 1);
}

/** The top-level instruction containing an offset (binary search: instructions are in order). */
function findInstruction(model: Model, offset: number): Instruction | null {
  const all = model.all;
  let lo = 0;
  let hi = all.length - 1;
  let found: Instruction | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const i = all[mid];
    if (!i) break;
    if (i.start <= offset) {
      found = i;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const owner = found?.onbuild ?? found;
  return owner && offset < Math.max(owner.end, owner.start + 1) ? owner : null;
}

/** Suppression comments need one of these words; most files have none, and skip the work. */
const suppressionHint = /ignore=|skip=|ignore-file=/;

/** An engine finding (syntax-error, misplaced-directive) as a diagnostic: it belongs to no practice. */
function syntaxDiagnostic(lines: LineIndex, f: SyntaxFinding): Diagnostic {
  const start = lines.position(f.start);
  const end = lines.position(Math.max(f.start, f.end));
  return { rule: f.rule, practice: null, severity: f.severity, message: f.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Selections already made, by catalogue and id list: a CLI run passes the same list for thousands of files. */
const selections = new WeakMap<readonly Rule[], WeakMap<readonly string[], readonly Rule[]>>();

/** The rules of `rules` whose id is in `ids`, in catalogue order. */
function selectRules(rules: readonly Rule[], ids: readonly string[]): readonly Rule[] {
  let byIds = selections.get(rules);
  if (!byIds) selections.set(rules, (byIds = new WeakMap()));
  let selected = byIds.get(ids);
  if (!selected) {
    const wanted = new Set(ids);
    byIds.set(ids, (selected = rules.filter((r) => wanted.has(r.id))));
  }
  return selected;
}

/**
 * The rules' check functions, in order, once per list of rules. Rule objects differ in shape (a
 * fix here, examples there), so reading `rule.check` from each, for every file, is a slow
 * megamorphic property load; an array of the functions is read by index.
 */
const checkLists = new WeakMap<readonly Rule[], readonly Rule['check'][]>();

function checksOf(rules: readonly Rule[]): readonly Rule['check'][] {
  let checks = checkLists.get(rules);
  if (!checks) checkLists.set(rules, (checks = rules.map((r) => r.check)));
  return checks;
}

/**
 * Lints with the given rules. Syntax errors (what BuildKit refuses) come first and whatever
 * rules run, since they are the engine's findings; the rules still run on what parsed. A file
 * that is not text gets that one finding and nothing else.
 */
export function lintWith(rules: readonly Rule[], text: unknown, options: LintOptions = {}): Diagnostic[] {
  const source = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  if (isBinary(source)) return [syntaxDiagnostic(new LineIndex(''), notTextFinding())];
  let model: Model;
  try {
    model = buildModel(source, options.dockerignore);
  } catch (error) {
    return [internalError(null, 'the Dockerfile could not be parsed', error)];
  }
  const selected = options.rules ? selectRules(rules, options.rules) : rules;
  const out: Diagnostic[] = [];
  try {
    // A parser directive that is only a comment is a warning that `rules` may leave out; what
    // BuildKit refuses is always reported.
    const directives = !options.rules || options.rules.includes(MISPLACED_DIRECTIVE);
    for (const f of syntaxFindings(model)) if (directives || f.rule !== MISPLACED_DIRECTIVE) out.push(syntaxDiagnostic(model.lines, f));
  } catch (error) {
    out.push(internalError(null, 'the syntax check failed on this file', error));
  }

  const { reports, reportRules } = runRules(selected, model, options, out);
  if (reports.length > 0) addDiagnostics(out, reports, reportRules, model, source, options);
  return sorted(out);
}

/**
 * Runs the rules on the model; a rule that throws adds an internal-error finding to `out`, and
 * its findings are dropped. A function of its own, as is addDiagnostics: the optimizing compiler
 * compiles (and, when a new shape of report turns up, recompiles) each alone.
 */
function runRules(selected: readonly Rule[], model: Model, options: LintOptions, out: Diagnostic[]): { reports: Report[]; reportRules: Rule[] } {
  // One context for all rules: findings are collected with the rule that made them.
  const reports: Report[] = [];
  const reportRules: Rule[] = [];
  let current: Rule | undefined;
  const context: RuleContext = {
    model,
    options,
    report(r) {
      if (current) {
        reports.push(r);
        reportRules.push(current);
      }
    },
    reportInstruction(instruction, message, fix) {
      context.report({ start: instruction.keywordStart, end: keywordEnd(instruction), message, fix, instruction });
    },
  };
  // An indexed loop: this one runs for every rule of every file, and until it is optimized a
  // for...of allocates an iterator result per rule (12 MB over 6,000 small files).
  const checks = checksOf(selected);
  for (let k = 0; k < selected.length; k++) {
    const rule = selected[k]!;
    current = rule;
    const before = reports.length;
    try {
      checks[k]!(context);
    } catch (error) {
      reports.length = before;
      reportRules.length = before;
      out.push(internalError(rule.practice, `rule ${rule.id} failed on this file`, error));
    }
  }
  current = undefined;
  return { reports, reportRules };
}

/** The reports as findings, at line and column, less those suppressed or inside a heredoc's body, added to `out`. */
function addDiagnostics(out: Diagnostic[], reports: readonly Report[], reportRules: readonly Rule[], model: Model, source: string, options: LintOptions): void {
  const dockerfileLines = model.lines;
  let ignoreLines: LineIndex | null = null;
  // Findings inside a heredoc's body stand only where the body is a shell script (its commands
  // are the RUN's); a file written by `cat <<EOF`, a Python script or a COPY's file is not ours to judge.
  const heredocBodies = model.all.some((i) => i.heredocs.length > 0) ? model.all.flatMap((i) => i.heredocs.filter((h) => !i.shellHeredocs.includes(h))) : [];
  const suppressions = suppressionHint.test(source) ? readSuppressions(model) : null;
  // No fix is offered from an instruction on whose heredocs the file cannot be read past: an
  // unterminated heredoc runs to the end of the file (an appended USER would become script text).
  const unreadable = source.includes('<<') ? model.all.find((i) => i.json === null && heredocsUnreadable(source, i)) : undefined;
  const fixLimit = unreadable ? unreadable.keywordStart : Infinity;
  for (let k = 0; k < reports.length; k++) {
    const r = reports[k];
    const rule = reportRules[k];
    if (!r || !rule) continue;
    try {
      const file = r.file;
      if (file !== 'dockerignore' && heredocBodies.some((h) => r.start >= h.start && r.start < h.end)) continue;
      if (suppressions) {
        if (isSuppressed(suppressions.file, rule)) continue;
        if (file !== 'dockerignore') {
          const owner = r.instruction ?? findInstruction(model, r.start);
          const anchor = owner?.onbuild ?? owner;
          if (anchor && isSuppressed(suppressions.forLine(dockerfileLines.lineOf(anchor.keywordStart)), rule)) continue;
        }
      }
      const lines = file === 'dockerignore' ? (ignoreLines ??= new LineIndex(typeof options.dockerignore === 'string' ? options.dockerignore : '')) : dockerfileLines;
      const start = lines.position(Math.min(r.start, r.end));
      const end = lines.position(Math.max(r.start, r.end));
      const d: Diagnostic = {
        rule: rule.id,
        practice: rule.practice,
        severity: r.severity ?? rule.severity,
        message: r.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
      if (file) d.file = file;
      if (r.fix && r.fix.edits.every((e) => Math.max(e.start, e.end) < fixLimit)) {
        d.fix = {
          title: r.fix.title,
          // The rule's declared kind; a finding may only make its fix less safe. Undeclared is unsafe.
          applicability: rule.fix === 'safe' && r.fix.applicability !== 'unsafe' ? 'safe' : 'unsafe',
          edits: r.fix.edits.map((e): TextEdit => {
            const a = lines.position(e.start);
            const b = lines.position(Math.max(e.start, e.end));
            return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: e.text };
          }),
        };
      }
      out.push(d);
    } catch (error) {
      out.push(internalError(rule.practice, `rule ${rule.id} reported an unusable finding`, error));
    }
  }
}

/** Up to this many findings are put in order in place: Array.prototype.sort copies the array first. */
const INSERTION_SORTED = 16;

/** The findings in order (stable, as Array.prototype.sort); most files have a few. */
function sorted(out: Diagnostic[]): Diagnostic[] {
  if (out.length > INSERTION_SORTED) return out.sort(byPosition);
  for (let k = 1; k < out.length; k++) {
    const d = out[k]!;
    let at = k;
    for (; at > 0 && byPosition(out[at - 1]!, d) > 0; at--) out[at] = out[at - 1]!;
    out[at] = d;
  }
  return out;
}

/**
 * True when an instruction's heredocs leave the rest of the file unreadable: one is not
 * terminated, or the parser ran the instruction past what its heredocs hold (dockerfile-ast
 * also opens a heredoc at a quoted `"<<EOF"`, where BuildKit does not, and swallows what follows).
 */
function heredocsUnreadable(text: string, i: Instruction): boolean {
  if (!i.args.text.includes('<<')) return false;
  const markers = heredocMarkerCount(i);
  if (markers === 0) return i.end > i.args.end && /\S/.test(text.slice(i.args.end, i.end));
  if (i.heredocs.length < markers || i.heredocs.some((h) => !h.terminated)) return true;
  const last = i.heredocs[i.heredocs.length - 1]!;
  return /\S/.test(text.slice(last.end, i.end).replace(last.name, ''));
}

/** Dockerfile findings first, then by position, then by rule id (plain comparisons: localeCompare is slow). */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/** The engine's own failure (practice null) or a rule's (its practice), as a finding: never silence. */
function internalError(practice: Diagnostic['practice'], what: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: INTERNAL_ERROR,
    practice,
    severity: 'warning',
    message: `Internal error: ${what} (${detail}). Please report it with the Dockerfile.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
