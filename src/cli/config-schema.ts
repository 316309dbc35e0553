/**
 * The configuration's JSON Schema, built from the catalogue, for editors (completion and checks
 * while typing, through "$schema"): `dockerfile-practices schema` prints it. The CLI itself
 * validates with ./validate.ts, whose errors name the file and the key;
 * tests/unit/cli/config-schema.test.ts keeps the two in step.
 */
import { practiceSlugs } from '../data/practices.ts';
import { settableIds } from '../linter/index.ts';
import { FAIL_ON, SETTINGS } from './validate.ts';

function settings(ids: readonly string[], what: string): object {
  return {
    description: `${what} to "off", or to the severity their findings get`,
    type: 'object',
    propertyNames: { enum: [...ids] },
    additionalProperties: { enum: [...SETTINGS] },
  };
}

export function configSchema(): object {
  const rulesPart = settings(settableIds, 'Rule ids (dockerfile-practices rules lists them)');
  const practicesPart = settings(practiceSlugs, 'Practices, by slug: each sets all its rules');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'dockerfile-practices configuration (.dockerfile-practices.json, .yaml, .yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      failOn: { description: 'The lowest severity that fails the run; --fail-on wins', enum: [...FAIL_ON] },
      practices: practicesPart,
      rules: rulesPart,
      trustedRegistries: {
        description: 'Registries base images may come from: hosts, *.domain, host/namespace, or * for any',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      overrides: {
        description: 'Settings for the files matching a glob, applied in order',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: {
              description: 'Globs relative to the configuration file; one with no "/" matches the file name in any folder',
              oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
            },
            practices: practicesPart,
            rules: rulesPart,
          },
        },
      },
    },
  };
}
