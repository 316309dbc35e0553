/**
 * Every exercise under examples/exercises/: its start fails, its solution passes, an empty file
 * fails, and a file that keeps only the mistake fails. The checks cannot be passed by deleting
 * things: each exercise proves the image still builds, ships and starts the app.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { practices } from '../../src/data/practices.ts';
import { allPassed, runChecks } from '../../src/exercises/checks.ts';
import { assembleExercises, MAX_HINTS } from '../../src/exercises/load.ts';
import type { Exercise, ExerciseDefinition, Files } from '../../src/exercises/types.ts';
import { getRule, lint, today } from '../../src/linter/index.ts';
import { filesUnder } from './files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'examples');
const now = today();

const definitions: Record<string, ExerciseDefinition> = {};
for (const file of filesUnder(join(examples, 'exercises'), /\/exercise\.ts$/)) {
  const module = (await import(pathToFileURL(file).href)) as { default: ExerciseDefinition };
  definitions[relative(examples, file)] = module.default;
}
const exercises = assembleExercises(definitions, (path) => {
  const file = join(examples, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});

function failing(exercise: Exercise, files: Files): string[] {
  return runChecks(exercise, files, now)
    .filter((r) => !r.passed)
    .map((r) => `${r.label}: ${r.look}`);
}

const targetedRules = (e: Exercise) => e.checks.flatMap((c) => (c.kind === 'rules' ? c.rules : []));

describe('exercises', () => {
  it('has at least two exercises on every practice page and a capstone on the walkthrough', () => {
    for (const p of practices) assert.ok(exercises.filter((e) => e.page === p.slug).length >= 2, p.slug);
    assert.ok(exercises.some((e) => e.key === 'walkthrough/capstone'));
    assert.ok(exercises.length >= 23);
  });

  it('gives every exercise a one-sentence goal, structural checks, known rules and at most three hints', () => {
    for (const e of exercises) {
      assert.ok(e.goal.endsWith('.') && !/[.:;!?]\s+[A-Z]/.test(e.goal), `${e.key}: the goal is one sentence`);
      assert.ok(e.checks.some((c) => c.kind === 'structure'), `${e.key}: a structural check, so an empty file cannot pass`);
      assert.ok(e.checks.some((c) => c.kind === 'rules' || c.kind === 'clean'), `${e.key}: a rule check`);
      for (const id of targetedRules(e)) assert.ok(getRule(id), `${e.key}: no rule ${id}`);
      assert.ok(e.hints.length >= 1 && e.hints.length <= MAX_HINTS, e.key);
    }
  });

  for (const e of exercises) {
    describe(e.key, () => {
      it('fails at the start, with a reason for each failing check', () => {
        const results = runChecks(e, e.start, now);
        assert.equal(allPassed(results), false);
        for (const r of results) assert.equal(r.passed, r.look === null, `${r.label}: ${r.look}`);
        // The mistake the exercise is about is there: a rule check fails.
        assert.ok(results.some((r, k) => !r.passed && e.checks[k]!.kind !== 'structure' && e.checks[k]!.kind !== 'nothing-new'));
      });

      it('passes with the solution', () => {
        assert.deepEqual(failing(e, e.solution), []);
      });

      it('has a solution without the targeted rules and without warnings', () => {
        const found = lint(e.solution.dockerfile, { dockerignore: e.solution.dockerignore, now }).filter((d) => d.severity !== 'info' || targetedRules(e).includes(d.rule));
        assert.deepEqual(found.map((d) => `${d.line} ${d.rule}: ${d.message}`), []);
      });

      it('fails with an empty file', () => {
        assert.notDeepEqual(failing(e, { dockerfile: '', dockerignore: e.start.dockerignore }), []);
        assert.notDeepEqual(failing(e, { dockerfile: '', dockerignore: '' }), []);
      });

      it('fails when only the mistake is kept', () => {
        const lines = e.start.dockerfile.split('\n');
        const mistake = lint(e.start.dockerfile, { dockerignore: e.start.dockerignore, now }).filter((d) => targetedRules(e).includes(d.rule) && d.file !== 'dockerignore');
        const kept = lines.filter((_, k) => mistake.some((d) => d.line <= k + 1 && k + 1 <= d.endLine)).join('\n');
        assert.notDeepEqual(failing(e, { dockerfile: kept, dockerignore: e.start.dockerignore }), []);
      });
    });
  }
});

describe('structural checks', () => {
  const e = exercises.find((x) => x.key === 'signal-handling/exec-form')!;
  const solution = e.solution.dockerfile;
  const look = (dockerfile: string, label: RegExp) => runChecks(e, { dockerfile, dockerignore: e.solution.dockerignore }, now).find((r) => label.test(r.label))?.look;

  it('resolves a relative ENTRYPOINT against WORKDIR', () => {
    assert.equal(look(solution.replace('ENTRYPOINT ["/app/app"]', 'ENTRYPOINT ["./app"]'), /starts/), null);
    assert.match(look(solution.replace('ENTRYPOINT ["/app/app"]', 'ENTRYPOINT ["/bin/true"]'), /starts/) ?? '', /starts \/bin\/true, not \/app\/app/);
  });

  it('wants the binary that go build writes, copied from the stage that builds it', () => {
    assert.match(look(solution.replace('COPY --from=builder /out/app', 'COPY --from=builder /src/app.go'), /binary/) ?? '', /COPY --from/);
    assert.equal(look(solution.replace('COPY --from=builder /out/app /app/app', 'COPY --from=builder /out/ /app/'), /binary/), null);
  });

  it('names the USER that is not a non-root number', () => {
    assert.match(look(solution.replace('USER 1001:1001', 'USER app'), /non-root/) ?? '', /USER app is a name/);
    assert.match(look(solution.replace('USER 1001:1001', 'USER 0:0'), /non-root/) ?? '', /UID 0 is root/);
  });

  it('reads a final stage built FROM another stage in file order, whichever checks ran before', () => {
    // The solution's runtime stage sets USER 1001:1001; a final stage built FROM it switches to 0.
    assert.match(solution, /AS runtime\n/);
    const onTop = `${solution}\nFROM runtime\nUSER 0\n`;
    for (let round = 0; round < 3; round++) assert.match(look(onTop, /non-root/) ?? '', /UID 0 is root/, `round ${round}`);
    assert.equal(look(`${solution}\nFROM runtime\n`, /non-root/), null, 'the USER of the stage it is built FROM counts');
  });

  it('says which port the final stage exposes instead of 3000', () => {
    assert.match(look(solution.replace('EXPOSE 3000', 'EXPOSE 8080'), /EXPOSE/) ?? '', /exposes 8080, not 3000/);
    assert.equal(look(solution.replace('EXPOSE 3000', 'EXPOSE 3000/tcp'), /EXPOSE/), null);
  });
});
