/** What the build context holds, as far as rules need to know. */
import { parseDockerignore } from '../../engine/dockerignore.ts';

/** Paths that usually hold secrets, with the pattern to suggest for each. */
export const secretProbes: readonly { path: string; pattern: string; what: string }[] = [
  { path: '.env', pattern: '**/.env*', what: '.env files' },
  { path: 'id_rsa', pattern: '**/id_rsa*', what: 'SSH private keys' },
  { path: 'server.key', pattern: '**/*.key', what: '*.key files' },
  { path: 'tls.pem', pattern: '**/*.pem', what: '*.pem files' },
];

const secretNames = ['.env', '.env.local', '.env.production', 'id_rsa', 'id_ed25519', 'server.key', 'tls.pem'];

/**
 * Secret-looking file names that a pattern (without its "!") can match: its last path
 * component is tried against typical names, wherever the folder part points.
 */
const matchedCache = new Map<string, string[]>();

export function secretsMatchedBy(pattern: string): string[] {
  const hit = matchedCache.get(pattern);
  if (hit) return hit;
  const result = matchSecrets(pattern);
  if (matchedCache.size > 256) matchedCache.clear();
  matchedCache.set(pattern, result);
  return result;
}

function matchSecrets(pattern: string): string[] {
  const last = pattern.replace(/\/+$/, '').split('/').pop() ?? '';
  if (last === '' || last === '**') return [];
  const one = parseDockerignore(last);
  return secretNames.filter((name) => one.ignores(name));
}

/** Offsets of the first line of a text, for findings about the file as a whole. */
export function firstLine(text: string): { start: number; end: number } {
  const nl = text.search(/\r?\n|\r/);
  return { start: 0, end: nl < 0 ? text.length : nl };
}
