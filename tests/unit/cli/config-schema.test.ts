/**
 * `dockerfile-practices schema`, the configuration's JSON Schema for editors, agrees with the
 * CLI's own validator: both accept the README's example, and both reject the same mistakes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseConfig } from '../../../src/cli/config.ts';
import { ConfigError } from '../../../src/cli/validate.ts';
import { rules } from '../../../src/rules/index.ts';
import { run } from './run.ts';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

describe('config: JSON Schema', async () => {
  const r = await run(['schema']);
  const schema = JSON.parse(r.stdout);
  const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
  const accepted = (text: string) => {
    try {
      parseConfig(text, 'x.json');
      return true;
    } catch (error) {
      if (error instanceof ConfigError) return false;
      throw error;
    }
  };

  it('is printed by the schema command, and names every rule, and the engine\'s misplaced-directive warning', () => {
    assert.equal(r.code, 0);
    assert.deepEqual(schema.properties.rules.propertyNames.enum, [...rules.map((x) => x.id), 'misplaced-directive']);
  });

  it('accepts the README example, as the CLI does', () => {
    const example = /### Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'the README has a JSON example under Configuration');
    assert.ok(validate(JSON.parse(example)), JSON.stringify(validate.errors));
    assert.ok(accepted(example));
  });

  it('rejects what the CLI rejects', () => {
    const bad = [
      { rules: { 'latest-tagg': 'off' } },
      { rules: { 'latest-tag': 'warn' } },
      { practices: { 'non-root': 'off' } },
      { failOn: 'warn' },
      { rule: {} },
      { trustedRegistries: 'docker.io' },
      { trustedRegistries: [''] },
      { overrides: [{ rules: {} }] },
      { overrides: [{ files: ['x'], severity: 'error' }] },
    ];
    for (const config of bad) {
      assert.equal(validate(config), false, JSON.stringify(config));
      assert.equal(accepted(JSON.stringify(config)), false, JSON.stringify(config));
    }
    for (const config of [{}, { overrides: [{ files: 'legacy/**' }] }, { $schema: './s.json', failOn: 'none' }]) {
      assert.ok(validate(config), JSON.stringify(config));
      assert.ok(accepted(JSON.stringify(config)), JSON.stringify(config));
    }
  });
});
