import { defineRule } from '../define.ts';
import { keyValues } from '../../engine/model.ts';

const secret = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
// Where a secret lies (KEY_PATH=/etc/pki/tls/private/local.key, CERT_DIR) is not the secret, nor
// is a setting about one: how it is checked or sent (AUTH_TYPE, TOKEN_URL, TOKEN_TTL,
// PASSWORD_MIN_LENGTH), whether it is on (AUTH_ENABLED), whom it names (AUTH_USER, KEY_ID), or a
// tool's switch (APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE).
const allowed = /(?:_|^)(?:public|file|path|dir|version|type|url|uri|host|port|endpoint|region|header|scheme|method|provider|mode|format|algorithm|ttl|timeout|expiry|length|size|id|user|username|name|enabled|disabled|enable|disable|required|dont|skip|ignore|warn)(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return secret.test(name) && !allowed.test(name);
}

/**
 * A public key's fingerprint or key ID (GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D, as the
 * official images set it, or several of them): what verifies a download, not a secret.
 */
function isFingerprint(value: string | null): boolean {
  return value !== null && /^\s*(0x)?[0-9A-Fa-f]{16,40}(\s+(0x)?[0-9A-Fa-f]{16,40})*\s*$/.test(value);
}

/** True for a value written in the Dockerfile, not taken from a variable ($TOKEN, ${TOKEN}) nor absent. */
function isWritten(value: string | null): value is string {
  return value !== null && !value.includes('$');
}

/** Values that stand for "set me": placeholders a deployment replaces. */
const placeholders = new Set(['changeme', 'change-me', 'change_me', 'changeit', 'replaceme', 'placeholder', 'example', 'xxx', 'xxxx', 'todo', 'secret', 'password']);

/**
 * True for an ENV default that is a placeholder, not a secret: a "set me" word (APPLICATION_SECRET=changeme),
 * one of the variable's own name parts (MAILTRAP_PASSWORD=mailtrap, a tool's public default), or a value
 * that spells out the whole name (SHARED_KEY=ocpaggregatedloggingsharedkey, API_KEY=your-api-key).
 * Each deployment sets the real value at run time, where a build secret mount does not reach.
 */
function isPlaceholder(key: string, value: string | null): boolean {
  // ENV API_TOKEN=$API_TOKEN passes the build argument on: no placeholder, whatever it spells.
  if (!isWritten(value)) return false;
  const v = value.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  // An empty ENV (KEY_PASSPHRASE=) stores nothing: the deployment sets the value at run time.
  return v === '' || placeholders.has(v) || key.toLowerCase().split('_').includes(v) || (key.includes('_') && letters(v).includes(letters(key)));
}

export default defineRule({
  id: 'secret-in-arg-or-env',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Do not pass secrets with ARG or ENV',
  rationale:
    'ENV values are stored in the image configuration, and ARG values in its build history: docker history and docker inspect show them to anyone who can pull the image. ' +
    'Like a key file copied into a layer, a token passed this way leaks. Mount secrets only for the step that needs them: RUN --mount=type=secret,id=npm_token ... ' +
    'Unlike BuildKit\'s check, an ENV default that is empty or only a placeholder (KEY_PASSPHRASE=, APPLICATION_SECRET=changeme, MAILTRAP_PASSWORD=mailtrap, SHARED_KEY=loggingsharedkey) is left alone: each deployment sets the real value at run time. ' +
    'Nor is a name that says where a secret lies rather than what it is (KEY_PATH, CERT_DIR, SECRET_FILE). ' +
    'An ARG, or an ENV that takes its value from one (ENV TOKEN=$TOKEN), is a warning: the build is passed a secret and keeps it. An ENV whose value is written in the Dockerfile is most often a development default that deployments override, so it is only info.',
  invalid: [{ code: 'FROM node:22-alpine\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci\n' }],
  valid: [{ code: 'FROM node:22-alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' }, { code: 'FROM node:22-alpine\nENV PUBLIC_KEY_FILE=/etc/app/key.pub\n' },
    // Where the key lies, and an empty default the deployment fills in: no secret in the image.
    { code: 'FROM centos:7\nENV KEY_PATH=/etc/pki/tls/private/local.key KEY_PASSPHRASE=\n' },
    // A GPG key's fingerprint verifies a download; it is public.
    { code: 'FROM debian:12-slim\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n' },
  ],
  docs: [
    { title: 'Docker docs: Build secrets', url: 'https://docs.docker.com/build/building/secrets/' },
    { title: 'Dockerfile reference: ARG', url: 'https://docs.docker.com/reference/dockerfile/#arg' },
  ],
  sources: [{ id: 'buildkit:SecretsUsedInArgOrEnv', match: 'inspired' }],
  check({ model, report }) {
    for (const i of model.of('ARG', 'ENV')) {
      for (const kv of keyValues(i)) {
        if (!isSecretName(kv.key) || isFingerprint(kv.value)) continue;
        if (i.keyword === 'ENV' && isPlaceholder(kv.key, kv.value)) continue;
        const at = { start: kv.word.start, end: kv.word.start + Math.max(1, kv.key.length), instruction: i };
        // ENV API_TOKEN=abc123: a value written in the Dockerfile, which its readers see anyway, is
        // most often a development default the deployment overrides. Worth a look, not a warning.
        if (i.keyword === 'ENV' && isWritten(kv.value)) {
          report({ ...at, severity: 'info', message: `${kv.key} looks like a secret, and ENV writes its value into the image configuration, where docker inspect shows it: if it is more than a development default, set it at run time instead.` });
          continue;
        }
        report({ ...at, message: `${kv.key} looks like a secret, and ${i.keyword} values stay readable in the image: use RUN --mount=type=secret instead.` });
      }
    }
  },
});
