/** The CLI: commands, formats, exit codes, standard input, .dockerignore lookup, colours. */
import assert from 'node:assert/strict';
import { spawn as spawnChild, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli, type Io } from '../../../src/cli/main.ts';
import { pinnedImage, pinnedReference } from '../../../src/data/base-images.ts';
import { rules } from '../../../src/rules/index.ts';
import { run } from './run.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const main = join(root, 'src/cli/main.ts');

const CLEAN = `FROM ${pinnedReference(pinnedImage('golang'))} AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -o /out/app .

FROM ${pinnedReference(pinnedImage('distroless-static'))}
COPY --from=builder /out/app /app/app
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
`;
const WARN = 'FROM alpine:latest\nUSER 1001\nADD app /app\nENTRYPOINT ["/app"]\n';
const INFO_ONLY = CLEAN.replace('EXPOSE 3000\n', '');
const ERROR = CLEAN.replace('EXPOSE 3000', 'EXPOSE 70000');

let dir = '';
const file = (name: string, text: string) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

/** Runs the CLI as a separate Node process, as npm run cli does. */
function spawn(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fakeIo(tty: boolean, env: Record<string, string | undefined> = {}): Io & { out: string } {
  const io = {
    out: '',
    stdout: { isTTY: tty, write: (s: string) => ((io.out += s), true) },
    stderr: { write: () => true },
    env,
    readStdin: async () => '',
  };
  return io;
}

const startDir = process.cwd();

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-cli-'));
  process.chdir(dir);
  file('clean/Dockerfile', CLEAN);
  file('warn/Dockerfile', WARN);
  file('info/Dockerfile', INFO_ONLY);
  file('error/Dockerfile', ERROR);
  file('ctx/Dockerfile', 'FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d\nUSER 1001\nCOPY . /app/\n');
  file('ctx/.dockerignore', '.git\n**/.env*\n**/*.key\n**/*.pem\n**/id_rsa*\n');
  file('ctx/own.Dockerfile', 'FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d\nUSER 1001\nCOPY . /app/\n');
  file('ctx/own.Dockerfile.dockerignore', 'node_modules\n');
  file('elsewhere/.dockerignore', 'node_modules\n');
  // ctx and elsewhere are repository roots: a .git there is sent unless excluded.
  mkdirSync('ctx/.git');
  mkdirSync('elsewhere/.git');
});
after(() => {
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
});

describe('cli: exit codes', () => {
  it('exits 0 on a clean file', async () => {
    const r = await run(['lint', 'clean/Dockerfile']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 1 on warnings by default, and follows --fail-on', async () => {
    assert.equal((await run(['lint', 'warn/Dockerfile'])).code, 1);
    assert.equal((await run(['lint', '--fail-on', 'error', 'warn/Dockerfile'])).code, 0);
    assert.equal((await run(['lint', '--fail-on=error', 'error/Dockerfile'])).code, 1);
    assert.equal((await run(['lint', '--fail-on', 'none', 'error/Dockerfile'])).code, 0);
    assert.equal((await run(['lint', 'info/Dockerfile'])).code, 0);
    assert.equal((await run(['lint', '--fail-on', 'info', 'info/Dockerfile'])).code, 1);
  });

  it('exits 1 on a syntax error whatever --fail-on says, printing it with its line', async () => {
    const fixtures = join(root, 'tests/fixtures/syntax');
    for (const failOn of ['warning', 'error', 'none']) {
      const r = await run(['lint', '--fail-on', failOn, join(fixtures, 'no-from.Dockerfile')]);
      assert.equal(r.code, 1, failOn);
      assert.match(r.stdout, /no-from\.Dockerfile:1:1 error syntax-error dockerfile contains no stages to build/);
    }
    file('typo/Dockerfile', 'RUNN echo hi\n');
    const typo = await run(['lint', '--fail-on', 'none', 'typo/Dockerfile']);
    assert.equal(typo.code, 1);
    assert.equal(typo.stdout.split('\n')[0], 'typo/Dockerfile:1:1 error syntax-error unknown instruction: RUNN (did you mean RUN?)');
    const errors = await run(['lint', '--format', 'json', join(fixtures, 'errors.Dockerfile')]);
    const lines = JSON.parse(errors.stdout).filter((d: { practice: string | null }) => d.practice === null).map((d: { line: number; rule: string; severity: string; url: string }) => `${d.line} ${d.rule} ${d.severity} ${d.url}`);
    const url = 'https://dockerfile-practices.dev/rules/#syntax-errors';
    assert.deepEqual(lines, [2, 3, 4, 6, 8].map((n) => `${n} syntax-error error ${url}`).toSpliced(4, 0, `7 misplaced-directive warning ${url}`));
    const binary = await run(['lint', join(fixtures, 'binary.Dockerfile')]);
    assert.equal(binary.code, 1);
    assert.match(binary.stdout, /^\S+binary\.Dockerfile:1:1 error syntax-error Not a text file[^\n]*\n$/);
  });

  it('exits 2 with a one-line message on usage errors', async () => {
    for (const args of [[], ['frobnicate'], ['lint'], ['lint', '--format', 'xml', 'x'], ['lint', '--nope', 'x'], ['lint', '--fail-on'], ['rules', 'extra']]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^dockerfile-practices: /);
    }
  });

  it('exits 2 with a one-line message on an unreadable file, after linting the others', async () => {
    const r = await run(['lint', '--format', 'json', 'missing/Dockerfile', 'warn/Dockerfile']);
    assert.equal(r.code, 2);
    assert.match(r.stderr.trim(), /^dockerfile-practices: cannot read missing\/Dockerfile: no such file$/);
    assert.ok(JSON.parse(r.stdout).length > 0);
  });
});

describe('cli: version', () => {
  it('prints the package version with --version and -V, and --help lists it', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = spawn([flag]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${version}\n`);
    }
    assert.match(spawn(['--help']).stdout, /--version/);
  });
});

describe('cli: formats', () => {
  it('prints JSON with one finding per line, so grep and line-based tools can read it', async () => {
    const r = await run(['lint', '--format', 'json', 'warn/Dockerfile']);
    const findings = JSON.parse(r.stdout) as { rule: string }[];
    assert.ok(findings.length >= 2);
    const lines = r.stdout.trim().split('\n');
    assert.deepEqual([lines[0], lines.at(-1)], ['[', ']']);
    assert.deepEqual(lines.slice(1, -1).map((l) => (JSON.parse(l.replace(/,$/, '')) as { rule: string }).rule), findings.map((f) => f.rule));
  });

  it('prints text lines file:line:col severity rule message, without colour off a TTY', async () => {
    const r = await run(['lint', 'warn/Dockerfile']);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^warn\/Dockerfile:\d+:\d+ (error|warning|info) [a-z-]+ .+$/);
    assert.ok(!r.stdout.includes('\x1b['));
  });

  it('colours text on a TTY unless NO_COLOR is set', async () => {
    const tty = fakeIo(true);
    await runCli(['lint', join(dir, 'warn/Dockerfile')], tty);
    assert.ok(tty.out.includes('\x1b['));
    const noColor = fakeIo(true, { NO_COLOR: '1' });
    await runCli(['lint', join(dir, 'warn/Dockerfile')], noColor);
    assert.ok(!noColor.out.includes('\x1b[') && noColor.out.length > 0);
  });

  it('prints JSON diagnostics with file as given and the rule URL', async () => {
    const r = await run(['lint', '--format', 'json', 'warn/Dockerfile', './clean/Dockerfile']);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(out.length >= 2);
    for (const d of out) {
      assert.equal(d.file, 'warn/Dockerfile');
      for (const key of ['line', 'column', 'endLine', 'endColumn']) assert.equal(typeof d[key], 'number');
      for (const key of ['rule', 'practice', 'severity', 'message']) assert.equal(typeof d[key], 'string');
      assert.equal(d.url, `https://dockerfile-practices.dev/practices/${d.practice as string}/#${d.rule as string}`);
    }
  });

  it('prints SARIF 2.1.0 with rules carrying helpUri', async () => {
    const r = await run(['lint', '--format', 'sarif', 'warn/Dockerfile']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'dockerfile-practices');
    assert.equal(driver.rules.length, rules.length);
    for (const rule of driver.rules) assert.match(rule.helpUri, /^https:\/\/dockerfile-practices\.dev\/practices\/[a-z-]+\/#[a-z-]+$/);
    const results = log.runs[0].results;
    assert.ok(results.length >= 2);
    for (const res of results) {
      assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'warn/Dockerfile');
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
  });

  it('lists rules as text and as JSON, then the engine\'s own findings', async () => {
    const engine = ['syntax-error', 'misplaced-directive', 'internal-error'];
    const text = await run(['rules']);
    assert.equal(text.code, 0);
    const lines = text.stdout.trim().split('\n');
    assert.equal(lines.length, rules.length + engine.length);
    assert.match(lines[rules.length] ?? '', /^syntax-error +- +error +BuildKit refuses this Dockerfile$/);
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
    assert.deepEqual(json.slice(rules.length).map((r: { id: string; practice: null }) => [r.id, r.practice]), engine.map((id) => [id, null]));
    assert.equal(json.length, rules.length + engine.length);
    for (const r of json) {
      assert.deepEqual(Object.keys(r), ['id', 'practice', 'severity', 'title', 'url', 'sources']);
      assert.ok(Array.isArray(r.sources) && r.sources.every((s: unknown) => typeof s === 'string'));
    }
  });
});

describe('cli: rule links follow the site URL', () => {
  const site = 'https://example.github.io/dockerfile-practices/';
  const ruleLink = (base: string) => new RegExp(`^${base.replace(/[.]/g, '\\.')}practices/[a-z-]+/#[a-z-]+$`);

  it('--site-url sets every URL in JSON, SARIF and the rules listing, base path included', async () => {
    for (const d of JSON.parse((await run(['lint', '--format', 'json', '--site-url', site, 'warn/Dockerfile'])).stdout)) assert.match(d.url, ruleLink(site));
    const driver = JSON.parse((await run(['lint', '--format', 'sarif', `--site-url=${site}`, 'warn/Dockerfile'])).stdout).runs[0].tool.driver;
    assert.equal(driver.informationUri, site);
    for (const rule of driver.rules) assert.match(rule.helpUri, ruleLink(site));
    for (const r of JSON.parse((await run(['rules', '--format', 'json', '--site-url', site])).stdout)) {
      if (r.practice === null) assert.match(r.url, new RegExp(`^${site.replace(/[.]/g, '\\.')}rules/(#syntax-errors)?$`));
      else assert.match(r.url, ruleLink(site));
    }
  });

  it('reads DOCKERFILE_PRACTICES_SITE_URL when --site-url is not given, and --site-url wins', async () => {
    const env = { DOCKERFILE_PRACTICES_SITE_URL: 'https://docs.example.org/guide' };
    for (const d of JSON.parse((await run(['lint', '--format', 'json', 'warn/Dockerfile'], '', env)).stdout)) assert.match(d.url, ruleLink('https://docs.example.org/guide/'));
    for (const d of JSON.parse((await run(['lint', '--format', 'json', '--site-url', site, 'warn/Dockerfile'], '', env)).stdout)) assert.match(d.url, ruleLink(site));
  });

  it('defaults to the public site, with no trailing-slash surprises', async () => {
    const driver = JSON.parse((await run(['lint', '--format', 'sarif', 'warn/Dockerfile'])).stdout).runs[0].tool.driver;
    assert.equal(driver.informationUri, 'https://dockerfile-practices.dev/');
    const r = JSON.parse((await run(['rules', '--format', 'json', '--site-url', 'https://example.org'])).stdout);
    assert.match(r[0].url, ruleLink('https://example.org/'));
  });

  it('rejects a site URL that is not an absolute http(s) URL, in one line', async () => {
    for (const value of ['example.org', 'ftp://example.org/', 'https://example.org/?q=1', '/guide/']) {
      const r = await run(['lint', '--site-url', value, 'warn/Dockerfile']);
      assert.equal(r.code, 2, value);
      assert.match(r.stderr, /^dockerfile-practices: --site-url must .*\n$/);
    }
    const env = await run(['rules'], '', { DOCKERFILE_PRACTICES_SITE_URL: 'nope' });
    assert.equal(env.code, 2);
    assert.match(env.stderr, /DOCKERFILE_PRACTICES_SITE_URL must be an absolute URL/);
  });

  it('documents --site-url and its environment variable in --help', async () => {
    const help = (await run(['--help'])).stdout;
    assert.match(help, /--site-url URL/);
    assert.match(help, /\$DOCKERFILE_PRACTICES_SITE_URL/);
  });
});

describe('cli: input and context', () => {
  it('reads standard input for -', async () => {
    const r = spawn(['lint', '--format', 'json', '-'], WARN);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.ok(out.length > 0 && out.every((d: { file: string }) => d.file === '-'));
  });

  it('uses the .dockerignore of the Dockerfile folder, and reports on that file', async () => {
    const clean = JSON.parse((await run(['lint', '--format', 'json', 'ctx/Dockerfile'])).stdout);
    assert.deepEqual(clean.filter((d: { practice: string }) => d.practice === 'dockerignore'), []);
    const own = JSON.parse((await run(['lint', '--format', 'json', 'ctx/own.Dockerfile'])).stdout);
    const git = own.find((d: { rule: string }) => d.rule === 'dockerignore-missing-git');
    assert.equal(git?.file, 'ctx/own.Dockerfile.dockerignore');
  });

  it('uses --context for the .dockerignore lookup', async () => {
    const out = JSON.parse((await run(['lint', '--format', 'json', '--context', 'elsewhere', 'ctx/Dockerfile'])).stdout);
    assert.equal(out.find((d: { rule: string }) => d.rule === 'dockerignore-missing-git')?.file, join('elsewhere', '.dockerignore'));
    const none = JSON.parse((await run(['lint', '--format', 'json', '--context', 'clean', 'ctx/Dockerfile'])).stdout);
    assert.ok(none.some((d: { rule: string }) => d.rule === 'copy-context-without-dockerignore'));
  });

  it('exits 2 when --context is not a folder, rather than linting as if it had no .dockerignore', async () => {
    for (const context of ['nowhere', 'ctx/Dockerfile']) {
      const r = await run(['lint', '--context', context, 'ctx/Dockerfile']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trim(), new RegExp(`^dockerfile-practices: --context ${context} is not a folder`));
    }
  });

  it('says a folder is not a Dockerfile, and reports a .dockerignore it cannot read while still linting the Dockerfile', async () => {
    const folder = await run(['lint', 'ctx']);
    assert.equal(folder.code, 2);
    assert.equal(folder.stderr.trim(), 'dockerfile-practices: cannot read ctx: it is a folder, not a file');
    file('odd/Dockerfile', WARN);
    mkdirSync(join(dir, 'odd/.dockerignore'), { recursive: true });
    const r = await run(['lint', '--format', 'json', 'odd/Dockerfile']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim(), `dockerfile-practices: cannot read ${join('odd', '.dockerignore')}: it is a folder, not a file (for odd/Dockerfile)`);
    const found = JSON.parse(r.stdout) as { rule: string; practice: string }[];
    assert.ok(found.some((d) => d.rule === 'latest-tag'));
    assert.deepEqual(found.filter((d) => d.practice === 'dockerignore'), []);
  });

  it('lints many files in one run', async () => {
    const many = Array.from({ length: 60 }, (_, k) => file(`many/${k}/Dockerfile`, k % 2 ? WARN : CLEAN));
    const r = await run(['lint', '--format', 'json', ...many]);
    const files = new Set(JSON.parse(r.stdout).map((d: { file: string }) => d.file));
    assert.equal(files.size, 30);
  });

  it('runs as a separate process, as npm run cli does', () => {
    assert.equal(spawn(['lint', 'clean/Dockerfile']).code, 0);
    assert.equal(spawn(['lint', 'warn/Dockerfile']).code, 1);
    const usage = spawn(['lint']);
    assert.equal(usage.code, 2);
    assert.equal(usage.stderr.trim().split('\n').length, 1);
    assert.equal(spawn(['lint', 'nope/Dockerfile']).code, 2);
  });

  it('stops quietly, with the findings\' exit code, when the reader of its output goes away (| head)', async () => {
    // The read end of the pipe is closed before the CLI writes, as head does once it has its lines.
    const child = spawnChild(process.execPath, [main, 'lint', '--format', 'sarif', 'warn/Dockerfile'], { cwd: dir });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });
});
