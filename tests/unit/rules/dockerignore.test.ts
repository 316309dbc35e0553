import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintWith } from '../../../src/engine/lint.ts';
import { ruleTester } from './rule-tester.ts';
import withoutIgnore from '../../../src/rules/dockerignore/copy-context-without-dockerignore.ts';
import missingGit from '../../../src/rules/dockerignore/dockerignore-missing-git.ts';
import missingSecrets from '../../../src/rules/dockerignore/dockerignore-missing-secrets.ts';
import reincludes from '../../../src/rules/dockerignore/dockerignore-reincludes-secret.ts';
import invalidPattern from '../../../src/rules/dockerignore/dockerignore-invalid-pattern.ts';
import copyIgnored from '../../../src/rules/dockerignore/copy-ignored-file.ts';
import secretInArg from '../../../src/rules/dockerignore/secret-in-arg-or-env.ts';
import contextGuessed from '../../../src/rules/dockerignore/dockerignore-context-guessed.ts';

const good = '.git\n**/.env*\n**/*.key\n**/*.pem\n**/id_rsa*\n';

ruleTester(withoutIgnore, {
  valid: [
    { code: 'FROM a\nCOPY . .\n', name: 'unknown context: nothing to say' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '' },
    { code: 'FROM a\nCOPY --from=b . .\n', dockerignore: null },
    { code: 'FROM a\nCOPY src/ /src/\n', dockerignore: null },
    {
      code: 'FROM a\nCOPY . .\nCOPY deploy/entrypoint.sh /entrypoint.sh\n',
      dockerignore: null,
      context: { guessed: { fromRoot: 'deploy' } },
      name: 'deploy/Dockerfile copying deploy/entrypoint.sh runs from the repository root, whose .dockerignore was not read',
    },
    {
      code: 'FROM python:3.11\nCOPY . /taiga-back\nWORKDIR /taiga-back\nRUN chmod +x docker/entrypoint.sh && cp docker/config.py settings/config.py\nENTRYPOINT ["./docker/entrypoint.sh"]\n',
      dockerignore: null,
      context: { guessed: { fromRoot: 'docker' } },
      name: 'docker/Dockerfile whose copied context holds docker/: the build runs from the repository root',
    },
  ],
  invalid: [
    { code: 'FROM a\nCOPY . .\n', dockerignore: null, errors: [{ line: 2, column: 6, endColumn: 7 }] },
    {
      code: 'FROM python:3.11\nCOPY . /app\nWORKDIR /app\nRUN cd sub && sh docker/build.sh\n',
      dockerignore: null,
      context: { guessed: { fromRoot: 'docker' } },
      errors: 1,
      name: 'a path after cd: its folder is not known, so no evidence',
    },
    {
      code: 'FROM python:3.11\nCOPY . /app\nWORKDIR /app\nENTRYPOINT ["./docker/entrypoint.sh"]\n',
      dockerignore: null,
      context: { files: ['Dockerfile', 'docker/entrypoint.sh'], guessed: { fromRoot: 'docker' } },
      errors: 1,
      name: 'the folder holds a docker/ of its own: it may well be the context',
    },
    { code: 'FROM a\nCOPY . .\nCOPY entrypoint.sh /\n', dockerignore: null, context: { guessed: { fromRoot: 'deploy' } }, errors: 1, name: 'a guessed folder whose own files are copied' },
    { code: 'FROM a\nADD ./ /src/\n', dockerignore: null, errors: 1 },
    { code: 'FROM a\nCOPY ["./", "/src/"]\n', dockerignore: null, errors: 1 },
  ],
});

ruleTester(missingGit, {
  valid: [
    // make builds from the copied context; its Makefile may stamp the version with git describe.
    { code: 'FROM golang:1.27-alpine3.24 AS build\nWORKDIR /src\nCOPY . .\nRUN make binary\nFROM scratch\nCOPY --from=build /src/bin/app /app\n', dockerignore: 'bin\n' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '.git\n' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '**\n!app.go\n' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '/.git/\n' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: null },
    // Named files only: .git is never sent (and a subfolder context has none).
    { code: 'FROM a\nCOPY start-notebook.py /usr/local/bin/\n', dockerignore: 'README.md\n' },
    { code: 'FROM a\nCOPY --from=builder . .\n', dockerignore: 'node_modules\n' },
    { code: 'FROM a\nCOPY . .\nCOPY docker/local/run.sh ./\n', dockerignore: 'docker/local/Dockerfile\n', context: { guessed: { fromRoot: 'docker/local' } }, name: 'the build runs from the repository root: this .dockerignore is not the build\'s' },
  ],
  invalid: [
    { code: 'FROM a\nCOPY . .\n', dockerignore: 'node_modules\n', errors: [{ file: 'dockerignore', line: 1, column: 1, endColumn: 13 }] },
    { code: 'FROM a\nADD ./ /src/\n', dockerignore: '', errors: [{ file: 'dockerignore', line: 1, column: 1, endColumn: 1 }] },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '.git\n!.git\n', errors: 1 },
  ],
});

ruleTester(missingSecrets, {
  valid: [
    { code: 'FROM a\nCOPY . .\n', dockerignore: good },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '*\n!app.go\n' },
    { code: 'FROM a\nRUN echo nothing is copied\n', dockerignore: '.git\n', context: { files: ['.env'] }, name: 'known context, nothing copied from it: nothing is sent' },
    // Covered where they lie: .ssh/ excludes the SSH keys, so **/id_rsa* is not asked for again.
    { code: 'FROM a\nCOPY . .\n', dockerignore: '.git\n.env\n.ssh/\n*.pem\n*.key\n', name: '.ssh/, *.pem and *.key already exclude each kind' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '**/.env*\n**/.ssh\n**/*.key\n**/*.pem\n' },
    // The context is known and holds no secret-looking file that a COPY sends.
    { code: 'FROM a\nCOPY . .\n', dockerignore: '.git\n', context: { files: ['app.go', '.env.example', 'keys/id_rsa.pub'] }, name: 'known context without secrets' },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '.env\n.ssh\n', context: { files: ['app.go', '.env', '.ssh/id_rsa'] }, name: 'known secrets, all excluded' },
    { code: 'FROM a\nCOPY app.go go.mod ./\n', dockerignore: '.git\n', context: { files: ['app.go', 'go.mod', '.env', 'id_rsa'] }, name: 'named files only: the secrets are never sent' },
    { code: 'FROM a\nCOPY --exclude=.env . .\n', dockerignore: '.git\n', context: { files: ['app.go', '.env'] }, name: 'COPY --exclude leaves the secret out' },
    { code: 'FROM a\nCOPY $SRC ./\n', dockerignore: '.git\n', context: { files: ['.env'] }, name: 'a source with a variable names nothing known' },
    { code: 'FROM a\nCOPY certs/ca.pem /usr/local/share/ca-certificates/\nCOPY *.key /etc/app/\nCOPY . .\n', dockerignore: '.git\n', context: { files: ['certs/ca.pem', 'app.key'] }, name: 'files copied by name (or wildcard) are copied on purpose' },
    // All the file copies is the program it starts: a prebuilt binary, named, so no secret comes in unnamed.
    { code: 'FROM scratch\nCOPY cardano-db-sync /usr/local/bin/cardano-db-sync\nENTRYPOINT ["/usr/local/bin/cardano-db-sync"]\nCMD ["--help"]\n', dockerignore: '.git\n', name: 'only the started binary, copied to its path' },
    { code: 'FROM alpine:3.19\nWORKDIR /app\nCOPY sub2api ./\nENTRYPOINT ["./sub2api"]\n', dockerignore: '', name: 'only the started binary, into the WORKDIR' },
    {
      code: 'FROM debian:trixie-slim\nCOPY git-cache-api /usr/local/bin/git-cache-api\nCOPY git-cache /usr/local/bin/git-cache\nENTRYPOINT ["/usr/local/bin/git-cache-api"]\n',
      dockerignore: '.git\n.env\n',
      name: 'the started binary and its CLI, each copied by name into a bin folder',
    },
    {
      code: 'FROM python:3.13-slim\nCOPY requirements.txt .\nCOPY certs/server.key certs/tls.pem /etc/app/\nCOPY ./.env /app/.env\nCOPY .ssh/id_rsa /root/.ssh/\n',
      dockerignore: '.git\n',
      name: 'every kind not excluded is a file the Dockerfile copies by name: excluding it would break that COPY',
    },
  ],
  invalid: [
    {
      code: 'FROM a\nCOPY . .\n',
      dockerignore: '.git\n',
      errors: [{ file: 'dockerignore', severity: 'info', message: '.dockerignore does not exclude .env files, SSH private keys, *.key files, *.pem files, in case the context holds any: consider **/.env*, **/id_rsa*, **/*.key, **/*.pem.' }],
    },
    {
      code: 'FROM python:3.13-slim\nCOPY requirements.txt .\nCOPY backend/ /app/backend/\nCOPY .env /app/.env\n',
      dockerignore: '.git\n',
      name: 'a .env copied by name is not asked to be excluded; the other kinds still are',
      errors: [{ severity: 'info', message: '.dockerignore does not exclude SSH private keys, *.key files, *.pem files, in case the context holds any: consider **/id_rsa*, **/*.key, **/*.pem.' }],
    },
    { code: 'FROM a\nCOPY . .\n', dockerignore: '.git\n**/.env*\n.ssh/\n**/*.key\n', errors: [{ severity: 'info', message: /not exclude \*\.pem files, in case .*: consider \*\*\/\*\.pem\.$/ }] },
    {
      code: 'FROM a\nCOPY . .\n',
      dockerignore: '.git\n.ssh/\n',
      context: { files: ['app.go', 'deploy/id_rsa', '.ssh/id_rsa', 'config/.env.production', '.env.example'] },
      name: 'known context: names the secrets that would be sent, at warning',
      errors: [{ file: 'dockerignore', line: 1, severity: 'warning', message: '.dockerignore lets secret-looking files into the build, where COPY writes them into a layer: deploy/id_rsa, config/.env.production. Exclude them: **/id_rsa*, **/.env*.' }],
    },
    {
      code: 'FROM a\nCOPY config/* /etc/app/\n',
      dockerignore: '',
      context: { files: ['a.pem', 'config/b.key', 'config/c.key', 'config/d.pem', 'config/e.pem'] },
      name: 'only what the COPY names, and at most three by name',
      errors: [{ message: '.dockerignore lets secret-looking files into the build, where COPY writes them into a layer: config/b.key, config/c.key, config/d.pem, and 1 more. Exclude them: **/*.key, **/*.pem.' }],
    },
    { code: 'FROM a\nCOPY config/ /etc/app/\n', dockerignore: '', context: { files: ['config/tls.pem'] }, errors: [{ message: /layer: config\/tls\.pem\. Exclude them: \*\*\/\*\.pem\.$/ }] },
    { code: 'FROM alpine\nCOPY app /usr/local/bin/app\nCOPY config /etc/app\nENTRYPOINT ["/usr/local/bin/app"]\n', dockerignore: '', errors: [{ severity: 'info' }], name: 'the started binary and a folder: the folder may hold secrets' },
    { code: 'FROM alpine\nCOPY app /usr/local/bin/app\nCOPY tools /usr/local/lib/tools\nENTRYPOINT ["/usr/local/bin/app"]\n', dockerignore: '', errors: [{ severity: 'info' }], name: 'a name copied outside a bin folder may be a folder' },
    { code: 'FROM alpine\nCOPY bin/ /usr/local/bin/app\nENTRYPOINT ["/usr/local/bin/app"]\n', dockerignore: '', errors: [{ severity: 'info' }], name: 'a folder copied to the started path' },
    {
      code: 'FROM a\nCOPY ../shared /shared\nCOPY . .\n',
      dockerignore: '.git\n',
      context: { files: ['.env'], guessed: { fromRoot: 'svc' } },
      name: 'the context is likely a folder above: the files of this one are not named, the kinds only suggested',
      errors: [{ severity: 'info', message: /^\.dockerignore does not exclude \.env files/ }],
    },
  ],
});

ruleTester(reincludes, {
  valid: [
    { code: 'FROM a\n', dockerignore: good + '!templates/\n' },
    { code: 'FROM a\n', dockerignore: good + '!.env.example.txt\n' },
    // Nothing secret was excluded before the exception, and .env is excluded again after it.
    { code: 'FROM a\n', dockerignore: '.git\n*.md\n!licenses/images/*\n.env\n.env.*\n' },
    // A later line excludes again what the exception brought back.
    { code: 'FROM a\n', dockerignore: good + '!deploy/*\ndeploy/*.key\ndeploy/*.pem\ndeploy/.env*\ndeploy/id_rsa*\n' },
  ],
  invalid: [
    { code: 'FROM a\n', dockerignore: good + '!deploy/*.key\n', errors: [{ file: 'dockerignore', line: 6, column: 1, endColumn: 14, message: '!deploy/*.key puts secret files back into the context (for example deploy/server.key), after an earlier line excluded them: re-include only the exact files the build needs.' }] },
    { code: 'FROM a\n', dockerignore: good + '  !config/.env  \n', errors: [{ line: 6, column: 3 }] },
  ],
});

ruleTester(invalidPattern, {
  valid: [{ code: 'FROM a\n', dockerignore: '[a-z]*\n**/*.go\n\\#notacomment\n# comment [\n' }],
  invalid: [
    { code: 'FROM a\n', dockerignore: '.git\n[abc\n', errors: [{ file: 'dockerignore', line: 2, column: 1, endColumn: 5 }] },
    { code: 'FROM a\n', dockerignore: 'a\\\n', errors: 1 },
    { code: 'FROM a\n', dockerignore: '!\n', errors: 1 },
    { code: 'FROM a\n', dockerignore: '[]a]\n[z-a\n', errors: 2 },
  ],
});

ruleTester(copyIgnored, {
  valid: [
    { code: 'FROM scratch\nCOPY ./Dockerfile .\n', dockerignore: '\n**\n!Dockerfile\n' },
    { code: 'FROM scratch\nCOPY . .\n', dockerignore: '\n.*\n' },
    { code: 'FROM scratch AS base\nCOPY Dockerfile /foobar\nFROM base\nCOPY --from=base /foobar /Dockerfile\n', dockerignore: '\nfoobar\n' },
    { code: 'FROM scratch\nCOPY Dockerfile .\n' },
  ],
  invalid: [
    { code: '\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n', dockerignore: '\nDockerfile\n', errors: [{ line: 3, column: 6 }, { line: 4, column: 5 }] },
    { code: 'FROM scratch\nCOPY . .\n', dockerignore: '\n*\n', errors: 1 },
    { code: 'FROM scratch\nCOPY src/app.go /src/\n', dockerignore: 'src\n', errors: 1, name: 'a parent folder is excluded' },
  ],
});

ruleTester(secretInArg, {
  valid: [
    // Settings about a secret, not the secret: a tool's switch, how a token is checked, whose key it is.
    'FROM debian:13-slim\nENV APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=1\n',
    'FROM alpine:3.24\nENV AUTH_TYPE=oidc TOKEN_TTL=3600 PASSWORD_MIN_LENGTH=12 AUTH_ENABLED=true\n',
    'FROM alpine:3.24\nARG GPG_KEY_ID\n',
    'ARG public_token\nENV PUBLIC_KEY=\nARG SECRET_PASSPHRASE_FILE\nENV sunflower=foo\nARG AUTH_MODULE_VERSION\n', 'ENV KEYBOARD=us\n',
    // Placeholder defaults that every deployment overrides at run time.
    'FROM openjdk:11-jre-slim\nENV APPLICATION_SECRET=changeme\nENV MAILTRAP_PASSWORD mailtrap\n',
    // An empty ENV stores nothing, and a path names where the secret lies (openshift-fluentd-forwarder).
    'FROM rhel7\nENV CA_PATH=/etc/pki/CA/certs/ca.crt KEY_PATH=/etc/pki/tls/private/local.key KEY_PASSPHRASE= TLS_KEY_DIR=/etc/tls\n',
    // A default that spells out its own name, replaced by each deployment.
    'FROM rhel7\nENV SHARED_KEY=ocpaggregatedloggingsharedkey API_KEY=your-api-key\n',
  ],
  invalid: [
    { code: 'FROM node:24-alpine\nARG NPM_TOKEN\nRUN npm ci\n', errors: [{ severity: 'warning', message: /NPM_TOKEN looks like a secret, and ARG values stay readable/ }], name: 'an ARG is passed to the build and kept in its history' },
    { code: 'FROM node:24-alpine\nARG API_TOKEN\nENV API_TOKEN=$API_TOKEN\n', errors: [{ line: 2, severity: 'warning' }, { line: 3, severity: 'warning' }], name: 'an ENV fed from a build argument' },
    { code: 'FROM python:3.13-slim\nENV DJANGO_SECRET_KEY=dev-insecure-3f9a\n', errors: [{ severity: 'info', message: /if it is more than a development default, set it at run time instead/ }], name: 'a value written in the Dockerfile: most often a development default' },
    { code: 'FROM alpine:3.21\nARG API_TOKEN=changeme\nRUN fetch --token "$API_TOKEN"\n', errors: 1, name: 'an ARG placeholder is replaced with --build-arg, whose value stays in the history' },
    { code: 'FROM alpine:3.21\nENV DB_PASSWORD=s3cr3t-Pa55\n', errors: 1, name: 'a real-looking value' },
    { code: 'FROM alpine:3.21\nENV SHARED_KEY=k3y-shared-9f2\n', errors: 1, name: 'name parts in another order are not the name spelt out' },
    {
      code: 'FROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\n',
      errors: [{ line: 2, column: 5, endColumn: 22 }, { line: 3 }, { line: 4, column: 5 }, { line: 4, column: 18 }, { line: 5 }, { line: 5 }, { line: 6 }],
    },
    { code: 'ENV GITHUB_TOKEN ghp_x\n', errors: 1, name: 'legacy ENV key value' },
    { code: 'FROM a\n# check=skip=SecretsUsedInArgOrEnv\nENV password=bar\nARG api_key\n', errors: [{ line: 4 }], name: 'BuildKit per-instruction skip' },
  ],
});

describe('dockerignore-missing-git and the context', () => {
  it('is quiet when the context is a subfolder of a repository, with no .git to send', () => {
    const options = { dockerignore: 'node_modules\n', context: { repositoryRoot: false } };
    assert.deepEqual(lintWith([missingGit], 'FROM a\nCOPY . .\n', options), []);
  });
  it('still reports when the context is a repository root', () => {
    const options = { dockerignore: 'node_modules\n', context: { repositoryRoot: true } };
    assert.equal(lintWith([missingGit], 'FROM a\nCOPY . .\n', options).length, 1);
  });
});

const api = { guessed: { fromRoot: 'services/api' } };
ruleTester(contextGuessed, {
  valid: [
    { code: 'FROM a\nCOPY ../shared ./\n', dockerignore: '.git\n', name: 'the context is not known to be guessed (the editors, or --context given)' },
    { code: 'FROM a\nCOPY ../shared ./\n', dockerignore: '.git\n', context: { files: [] }, name: '--context given' },
    { code: 'FROM a\nCOPY --from=build ../out ./\n', dockerignore: '.git\n', context: api },
    { code: 'FROM a\nCOPY $DIR/../x ./\nADD https://example.org/../x /x\n', dockerignore: '.git\n', context: api },
    { code: 'FROM a\nCOPY ./shared/../app.sh ./\n', dockerignore: '.git\n', context: api, name: 'a .. that stays inside' },
    { code: 'FROM a\nCOPY services/x ./\n', dockerignore: '.git\n', context: { files: ['services/x/a'], guessed: { fromRoot: 'services/api' } }, name: 'the folder has a services/ of its own' },
    { code: 'FROM a\nCOPY services/x ./\n', dockerignore: '.git\n', context: api, name: 'files unknown: a path from the root cannot be told apart' },
    { code: 'FROM a\nCOPY services/x ./\n', dockerignore: '.git\n', context: { files: ['Dockerfile'], guessed: { fromRoot: '' } }, name: 'at the repository root' },
    { code: 'FROM a\nWORKDIR /app\nRUN sh images/build.sh\nCOPY . .\n', dockerignore: null, context: { guessed: { fromRoot: 'images' } }, name: 'a path named before the context is copied in says nothing of it' },
  ],
  invalid: [
    {
      code: 'FROM ruby:3.3\nCOPY . /apps/\nWORKDIR /apps\nRUN ln -sf images/entrypoint.sh entrypoint.sh\nENTRYPOINT ["/apps/entrypoint.sh"]\n',
      dockerignore: null,
      context: { guessed: { fromRoot: 'images' } },
      name: 'the context COPY . copied holds the Dockerfile\'s folder (images/entrypoint.sh in images/Dockerfile)',
      errors: [{ line: 4, column: 12, endColumn: 32, severity: 'info', message: "RUN uses images/entrypoint.sh, a path in what the COPY on line 2 copied from the context: the context holds images/, the Dockerfile's own folder, so the build must run from a folder above, and that folder's .dockerignore applies (images/ has none). Without --context this lint took images/ for the build context: pass the folder the build runs from (.. from the Dockerfile's) with --context." }],
    },
    {
      code: 'FROM a\nCOPY ../../shared/lib ./lib\n',
      dockerignore: '.git\n',
      context: api,
      errors: [{ line: 2, column: 6, endColumn: 22, severity: 'info', message: "COPY ../../shared/lib climbs out of services/api/, but COPY reads paths from the context's root: the build must run from a folder above, and that folder's .dockerignore applies (not the one read from services/api/). Without --context this lint took services/api/ for the build context: pass the folder the build runs from (../.. from the Dockerfile's) with --context." }],
    },
    {
      code: 'FROM a\nCOPY . .\nCOPY deploy/entrypoint.sh /\n',
      dockerignore: null,
      context: { guessed: { fromRoot: 'deploy' } },
      name: 'files unknown, but the source starts with the folder\'s whole path',
      errors: [{ line: 3, column: 6, message: "COPY deploy/entrypoint.sh starts with the Dockerfile's own folder, deploy/, as a path from the repository root does: the build must run from there, and that folder's .dockerignore applies (deploy/ has none). Without --context this lint took deploy/ for the build context: pass the folder the build runs from (.. from the Dockerfile's) with --context." }],
    },
    {
      code: 'FROM a\nCOPY app.sh ./\nADD docker/entrypoint.sh /\nCOPY ../x ./\n',
      dockerignore: null,
      context: { files: ['Dockerfile', 'app.sh'], guessed: { fromRoot: 'docker' } },
      name: 'a path from the repository root, reported once',
      errors: [{ line: 3, column: 5, message: "ADD docker/entrypoint.sh reads like a path from the repository root (docker/ holds no docker/): the build must run from there, and that folder's .dockerignore applies (docker/ has none). Without --context this lint took docker/ for the build context: pass the folder the build runs from (.. from the Dockerfile's) with --context." }],
    },
    {
      code: 'FROM a\nCOPY ["../go.mod", "./"]\n',
      dockerignore: '',
      context: { files: [], guessed: { fromRoot: null } },
      name: 'outside any repository',
      errors: [{ message: /^COPY \.\.\/go\.mod climbs out of the Dockerfile's folder, .* \(\.\. from the Dockerfile's\) with --context\.$/ }],
    },
  ],
});
