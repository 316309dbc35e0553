/**
 * An exercise's checks, run on the learner's files. "No finding" alone never passes (an empty
 * Dockerfile lints clean): every exercise also has structural checks, computed from the
 * engine's model, that prove the image still does its job. Each failing check says what to
 * look at, in words taken from the file. Runs in the browser, the build and the tests alike.
 */
import { buildModel, type Instruction, type Model, type Stage } from '../engine/model.ts';
import { parseDockerignore } from '../engine/dockerignore.ts';
import { severityRank, type Diagnostic } from '../engine/types.ts';
import { lint } from '../linter/index.ts';
import type { CheckResult, CheckSpec, Exercise, Files, StructureId } from './types.ts';

/** The app's binary in the image, as every example runs it (examples/README.md). */
export const APP_PATH = '/app/app';
export const APP_PORT = '3000';
/** The files of examples/app_go that the build reads. */
const SOURCES = ['go.mod', 'go.sum', 'app.go', 'templates/index.html'];

interface Structure {
  readonly label: string;
  /** null when the check passes, else what to look at. */
  readonly check: (model: Model) => string | null;
}

const structures: Record<StructureId, Structure> = {
  'app-built': {
    label: 'The app is still compiled with go build',
    check: (model) => (model.stages.some((s) => goBuilds(s).length > 0) ? null : 'No RUN runs go build any more: keep the step that compiles the app.'),
  },
  'app-in-final-image': {
    label: 'The final stage still gets the app binary',
    check: appInFinalImage,
  },
  'templates-in-final-image': {
    label: 'The final stage still gets the templates/ folder',
    check: (model) => {
      const final = model.finalStage;
      if (!final) return 'The file has no FROM, so it has no final stage.';
      const copies = chainInstructions(model, final).some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && sources(i).some((s) => /(^|\/)templates\/?$/.test(s) || s === '.' || s === './'));
      return copies ? null : 'No COPY in the final stage brings templates/: the app reads its pages from /app/templates at run time.';
    },
  },
  'starts-app': {
    label: `The container still starts ${APP_PATH}`,
    check: (model) => {
      const final = model.finalStage;
      if (!final) return 'The file has no FROM, so it has no final stage.';
      const list = chainInstructions(model, final);
      const start = last(list, 'ENTRYPOINT') ?? last(list, 'CMD');
      if (!start) return `The final stage has no ENTRYPOINT: end it with ENTRYPOINT ["${APP_PATH}"].`;
      const program = programOf(start);
      if (program === null) return `Line ${start.line}: the ${start.keyword} names no program.`;
      const path = resolvePath(workdirAt(model, start), program);
      return path === APP_PATH ? null : `Line ${start.line}: the ${start.keyword} starts ${program}, not ${APP_PATH}.`;
    },
  },
  'non-root-uid': {
    label: 'The final stage runs as a non-root numeric UID',
    check: (model) => {
      const final = model.finalStage;
      if (!final) return 'The file has no FROM, so it has no final stage.';
      const user = last(chainInstructions(model, final), 'USER');
      if (!user) return 'The final stage has no USER, so the container runs as root: add USER 1001:1001 (or 65532:65532 on distroless).';
      const value = user.expand(user.words[0]?.raw ?? '').value;
      const m = /^(\d+)(?::(\d+))?$/.exec(value);
      if (!m) return `Line ${user.line}: USER ${value} is a name; Kubernetes' runAsNonRoot can only verify a number such as 1001:1001.`;
      return Number(m[1]) === 0 ? `Line ${user.line}: UID 0 is root.` : null;
    },
  },
  'exposes-3000': {
    label: `Port ${APP_PORT} is still documented with EXPOSE`,
    check: (model) => {
      const final = model.finalStage;
      if (!final) return 'The file has no FROM, so it has no final stage.';
      const exposed = chainInstructions(model, final)
        .filter((i) => i.keyword === 'EXPOSE')
        .flatMap((i) => i.words.map((w) => i.expand(w.raw).value));
      if (exposed.some((p) => p === APP_PORT || p.toLowerCase() === `${APP_PORT}/tcp`)) return null;
      return exposed.length === 0 ? `The final stage has no EXPOSE: the app listens on ${APP_PORT}.` : `The final stage exposes ${exposed.join(', ')}, not ${APP_PORT} (the port the app listens on).`;
    },
  },
  'sources-reach-builder': {
    label: 'app.go, go.mod, go.sum and templates/ still reach the builder',
    check: (model) => {
      if (model.dockerignoreText == null) return null;
      const ignore = parseDockerignore(model.dockerignoreText);
      const lost = SOURCES.filter((s) => ignore.ignores(s));
      return lost.length === 0 ? null : `The .dockerignore keeps out ${lost.join(', ')}, which the build copies.`;
    },
  },
};

/** The check's wording, for the static page. */
export function checkLabel(spec: CheckSpec): string {
  if (spec.kind === 'rules') return spec.label;
  if (spec.kind === 'nothing-new') return 'No new problem anywhere else in the file';
  if (spec.kind === 'clean') return 'No rule reports a warning or an error';
  return structures[spec.id].label;
}

const atLeastWarning = (d: Diagnostic) => severityRank(d.severity) >= 2;

function where(d: Diagnostic): string {
  return `${d.file === 'dockerignore' ? '.dockerignore line' : 'Line'} ${d.line}: ${d.message}`;
}

function findingsLook(found: readonly Diagnostic[]): string {
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
  return `${where(found[0]!)}${more}`;
}

const baselines = new WeakMap<Exercise, ReadonlySet<string>>();

/** The rules the starting files already break (at warning level or above). */
function baseline(exercise: Exercise, now: string | undefined): ReadonlySet<string> {
  let set = baselines.get(exercise);
  if (!set) {
    set = new Set(lint(exercise.start.dockerfile, { dockerignore: exercise.start.dockerignore, now }).filter(atLeastWarning).map((d) => d.rule));
    baselines.set(exercise, set);
  }
  return set;
}

/** Runs every check of the exercise on the learner's files. */
export function runChecks(exercise: Exercise, files: Files, now?: string): CheckResult[] {
  const diagnostics = lint(files.dockerfile, { dockerignore: files.dockerignore, now });
  const model = buildModel(files.dockerfile, files.dockerignore);
  const targeted = new Set(exercise.checks.flatMap((c) => (c.kind === 'rules' ? c.rules : [])));
  return exercise.checks.map((spec): CheckResult => {
    const label = checkLabel(spec);
    let look: string | null;
    if (spec.kind === 'rules') {
      const found = diagnostics.filter((d) => spec.rules.includes(d.rule));
      look = found.length === 0 ? null : findingsLook(found);
    } else if (spec.kind === 'clean') {
      const found = diagnostics.filter(atLeastWarning);
      look = found.length === 0 ? null : findingsLook(found);
    } else if (spec.kind === 'nothing-new') {
      const known = baseline(exercise, now);
      const found = diagnostics.filter((d) => atLeastWarning(d) && !known.has(d.rule) && !targeted.has(d.rule));
      look = found.length === 0 ? null : findingsLook(found);
    } else {
      look = structures[spec.id].check(model);
    }
    return { label, passed: look === null, look };
  });
}

export function allPassed(results: readonly CheckResult[]): boolean {
  return results.length > 0 && results.every((r) => r.passed);
}

// --- The model, read for the structural checks -------------------------------------------

function chainInstructions(model: Model, stage: Stage): Instruction[] {
  return model
    .chain(stage)
    .toReversed()
    .flatMap((s) => s.instructions.filter((i) => !i.onbuild));
}

function last(list: readonly Instruction[], keyword: string): Instruction | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (list[k]!.keyword === keyword) return list[k];
  return undefined;
}

/** The sources of a COPY or ADD (every argument but the destination). */
function sources(i: Instruction): string[] {
  const args = i.json ? i.json.map((s) => s.value) : i.words.map((w) => i.expand(w.raw).value);
  return args.slice(0, -1);
}

/** The working directory an instruction runs in. */
function workdirAt(model: Model, at: Instruction): string {
  let dir = '/';
  const stage = at.stage;
  if (!stage) return dir;
  for (const i of chainInstructions(model, stage)) {
    if (i === at) break;
    if (i.keyword === 'WORKDIR') dir = resolvePath(dir, i.expand(i.words[0]?.raw ?? '').value);
  }
  return dir;
}

function resolvePath(dir: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${dir}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

/** The program an ENTRYPOINT or CMD runs (shell form: its first command, past `exec`). */
function programOf(i: Instruction): string | null {
  if (i.json) return i.json[0]?.value ?? null;
  const words = i.commands[0]?.words ?? [];
  const first = words[0]?.value === 'exec' ? words[1] : words[0];
  return first?.value ?? null;
}

/** The paths `go build -o` writes in the stage (resolved), or "" for a build without -o. */
function goBuilds(stage: Stage): string[] {
  const outputs: string[] = [];
  for (const i of stage.instructions) {
    if (i.keyword !== 'RUN' || i.onbuild) continue;
    const argvs = i.json ? [i.json.map((s) => s.value)] : i.commands.map((c) => c.words.map((w) => w.value));
    for (const argv of argvs) {
      if (!/(^|\/)go$/.test(argv[0] ?? '') || argv[1] !== 'build') continue;
      const o = argv.findIndex((a) => a === '-o' || a.startsWith('-o='));
      const out = o < 0 ? '' : argv[o]!.startsWith('-o=') ? argv[o]!.slice(3) : (argv[o + 1] ?? '');
      outputs.push(out === '' ? '' : resolvePath(workdirAt(i.model, i), out));
    }
  }
  return outputs;
}

function appInFinalImage(model: Model): string | null {
  const final = model.finalStage;
  if (!final) return 'The file has no FROM, so it has no final stage.';
  if (model.chain(final).some((s) => goBuilds(s).length > 0)) return null;
  for (const i of chainInstructions(model, final)) {
    if (i.keyword !== 'COPY') continue;
    const from = i.flagValue('from');
    if (from === undefined) continue;
    const source = /^\d+$/.test(from) ? model.stages[Number(from)] : model.stageNamed(from);
    if (!source) continue;
    const outputs = model.chain(source).flatMap(goBuilds);
    if (outputs.length === 0) continue;
    // COPY --from reads from the root of the other stage, whatever the WORKDIR.
    const copied = sources(i).map((s) => resolvePath('/', s));
    if (outputs.some((out) => out === '' || copied.some((c) => out === c || out.startsWith(`${c === '/' ? '' : c}/`)))) return null;
  }
  return 'No COPY --from=<the stage that runs go build> brings the binary it writes (go build -o) into the final stage.';
}
