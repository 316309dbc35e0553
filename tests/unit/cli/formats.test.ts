/**
 * CI formats: SARIF 2.1.0 valid against the OASIS schema, with one run, each rule once, levels
 * mapped and fingerprints that survive shifted lines; GitHub workflow annotations with their
 * escaping; GitLab Code Quality issues.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import { escapeData, escapeProperty } from '../../../src/cli/formats/github.ts';
import { FINGERPRINT_KEY } from '../../../src/cli/formats/sarif.ts';
import { rules } from '../../../src/rules/index.ts';
import { run } from './run.ts';
import project from '../../../package.json' with { type: 'json' };

const schemaPath = fileURLToPath(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url));
const WARN = 'FROM alpine:latest\nUSER 1001\nADD app /app\nEXPOSE 70000\nENTRYPOINT ["/app"]\n';
const startDir = process.cwd();
let dir = '';
const file = (name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
  return name;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-formats-'));
  process.chdir(dir);
  mkdirSync(join(dir, '.git'));
  file('a/Dockerfile', WARN);
  file('b/Dockerfile', 'FROM alpine:latest\nRUN cd /app && make\n');
  file('a/.dockerignore', 'node_modules\n');
  // A key in what ADD app sends: the .dockerignore finding names it.
  file('a/app/tls.pem', 'not a real key\n');
  // The same findings, two lines lower, in another commit.
  file('shifted/a/Dockerfile', `# syntax=docker/dockerfile:1\n# a comment added later\n${WARN}`);
  file('shifted/a/.dockerignore', 'node_modules\n');
  file('shifted/a/app/tls.pem', 'not a real key\n');
});
after(() => {
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
});

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}

async function sarif(args: string[], cwd = dir) {
  process.chdir(cwd);
  try {
    const r = await run(['lint', '--format', 'sarif', ...args]);
    return JSON.parse(r.stdout);
  } finally {
    process.chdir(dir);
  }
}

describe('formats: SARIF', () => {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    formats: { uri: (s: string) => URL.canParse(s), 'uri-reference': true, 'date-time': (s: string) => !Number.isNaN(Date.parse(s)) },
  });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  it('is valid against the official SARIF 2.1.0 schema, with and without results', async () => {
    for (const args of [['a/Dockerfile', 'b/Dockerfile'], ['--rule', 'latest-tag', '--ignore', 'latest-tag', 'a/Dockerfile']]) {
      const log = await sarif(args);
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    }
  });

  it('the schema check catches a broken log', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  });

  it('has one run for all files, each rule described once, and levels mapped', async () => {
    const log = await sarif(['a/Dockerfile', 'b/Dockerfile']);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.semanticVersion, project.version, 'the tool reports the version package.json states');
    const ids = driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, rules.length);
    for (const rule of driver.rules) {
      assert.ok(rule.name && rule.shortDescription.text && rule.fullDescription.text && rule.helpUri, rule.id);
      assert.ok(rule.properties.tags.includes('dockerfile'));
    }
    const results = log.runs[0].results as SarifResult[];
    const uris = new Set(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['a/.dockerignore', 'a/Dockerfile', 'b/Dockerfile']);
    const level = (id: string) => results.find((r) => r.ruleId === id)?.level;
    assert.equal(level('invalid-port'), 'error');
    assert.equal(level('latest-tag'), 'warning');
    assert.equal(level('full-os-final-stage'), 'note');
  });

  it('gives fingerprints that stay the same when lines shift, and differ between findings', async () => {
    const before = (await sarif(['a/Dockerfile'])).runs[0].results as SarifResult[];
    const after = (await sarif(['a/Dockerfile'], join(dir, 'shifted'))).runs[0].results as SarifResult[];
    assert.equal(before.length, after.length);
    const key = (r: SarifResult) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]} ${r.partialFingerprints.primaryLocationLineHash}`;
    assert.deepEqual(after.map(key).sort(), before.map(key).sort());
    // The lines did move.
    assert.notDeepEqual(after.map((r) => r.locations[0]?.physicalLocation.region.startLine), before.map((r) => r.locations[0]?.physicalLocation.region.startLine));
    const prints = before.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    assert.equal(new Set(prints).size, prints.length);
    for (const p of prints) assert.match(p ?? '', /^[0-9a-f]{32}:\d+$/);
  });

  it('numbers identical findings in one file instead of merging them', async () => {
    file('twice/Dockerfile', 'FROM alpine:latest\nRUN echo\nFROM alpine:latest\n');
    const results = (await sarif(['--rule', 'latest-tag', 'twice/Dockerfile'])).runs[0].results as SarifResult[];
    assert.deepEqual(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]?.split(':')[1]), ['0', '1']);
  });
});

describe('formats: GitHub annotations', () => {
  it('prints one workflow command a finding, info as notice', async () => {
    const r = await run(['lint', '--format', 'github', 'a/Dockerfile']);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length >= 3);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=a\/(Dockerfile|\.dockerignore),line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+ \(https:\/\/dockerfile-practices\.dev\/practices\/[a-z-]+\/#[a-z-]+\)$/);
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=invalid-port')));
    assert.ok(lines.some((l) => l.startsWith('::notice ') && l.includes('title=full-os-final-stage')));
  });

  it('escapes %, CR and LF in messages, and also , and : in properties', () => {
    assert.equal(escapeData('50%\r\nnext: a,b'), '50%25%0D%0Anext: a,b');
    assert.equal(escapeProperty('C:\\x,y%'), 'C%3A\\x%2Cy%25');
  });
});

describe('formats: GitLab Code Quality', () => {
  it('prints issues with description, check_name, fingerprint, severity and location', async () => {
    const r = await run(['lint', '--format', 'gitlab', 'a/Dockerfile', 'b/Dockerfile']);
    const issues = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(issues.length >= 4);
    for (const issue of issues) {
      assert.equal(typeof issue.description, 'string');
      assert.equal(typeof issue.check_name, 'string');
      assert.match(issue.fingerprint as string, /^[0-9a-f]{32}-\d+$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity as string));
      const location = issue.location as { path: string; lines: { begin: number } };
      assert.ok(['a/Dockerfile', 'a/.dockerignore', 'b/Dockerfile'].includes(location.path));
      assert.ok(location.lines.begin >= 1);
    }
    const severity = (rule: string) => issues.find((i) => i.check_name === rule)?.severity;
    assert.equal(severity('invalid-port'), 'major');
    assert.equal(severity('latest-tag'), 'minor');
    assert.equal(severity('full-os-final-stage'), 'info');
    const prints = issues.map((i) => i.fingerprint);
    assert.equal(new Set(prints).size, prints.length);
  });

  it('prints an empty array when there is nothing to report', async () => {
    const r = await run(['lint', '--format', 'gitlab', '--rule', 'latest-tag', '--ignore', 'latest-tag', 'a/Dockerfile']);
    assert.deepEqual(JSON.parse(r.stdout), []);
    assert.equal(r.code, 0);
  });
});
