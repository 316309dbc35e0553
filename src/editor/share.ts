/**
 * Share links: an editor's content, compressed and versioned, in the URL's hash, so it never
 * reaches a server.
 *
 *   #share=2.<editor id>.<payload>
 *
 * "2" is the format version. The payload is base64url (no padding) of the raw DEFLATE
 * compression of UTF-8 JSON: `{ texts, engine, date, findings }`. `texts` are the editor's
 * texts (one for an example; the Dockerfile and the .dockerignore for the playground).
 * `engine`, `date` and `findings` say what the rules found when the link was made (the
 * project's version, the day, and each finding as `rule@line`), so a reader whose rules now
 * find something else is told so rather than shown other findings silently. Format 1, a bare
 * JSON array of texts, is still read.
 *
 * Decoding treats the hash as hostile. It only ever yields plain strings (which callers put
 * into editors as text, never into HTML), and it stops decompressing as soon as the output
 * passes MAX_SHARE_BYTES, so a small link cannot expand into gigabytes.
 */
import type { Diagnostic } from '../engine/types.ts';
import { ENGINE_VERSION } from '../data/version.ts';

export const SHARE_VERSION = 2;
/** The largest shareable content: the UTF-8 size of the JSON array of texts. */
export const MAX_SHARE_BYTES = 512 * 1024;
/** Longer hashes are refused before any decoding. */
export const MAX_SHARE_HASH_LENGTH = 1024 * 1024;

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** What the rules found when a link was made. */
export interface ShareMade {
  engine: string;
  /** YYYY-MM-DD: some rules read the date (end-of-life images). */
  date: string;
  /** `rule@line`, or `rule@.dockerignore:line`, sorted. */
  findings: string[];
}

export type ShareFailure = 'corrupt' | 'oversized' | 'unsupported-version';

export type ShareDecoded =
  | { ok: true; id: string; texts: string[]; made: ShareMade | null }
  | { ok: false; id: string | null; reason: ShareFailure };

export class ShareTooLargeError extends Error {
  override name = 'ShareTooLargeError';
}

/** Is this hash (with or without "#") a share link at all? */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith('share=');
}

/** The editor id a share hash is for, without decoding it (null when malformed). */
export function shareTarget(hash: string): string | null {
  const m = /^#?share=\d+\.([a-z0-9-]+)\./.exec(hash.slice(0, 200));
  return m && ID.test(m[1] ?? '') ? (m[1] ?? null) : null;
}

/** Each finding as a link records it, sorted: `latest-tag@1`, `env-file-in-context@.dockerignore:2`. */
export function findingKeys(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.rule}@${d.file === 'dockerignore' ? '.dockerignore:' : ''}${d.line}`).sort();
}

/** What a link made on `date` (today, as the editors lint), of these findings, records. */
export function madeNow(diagnostics: readonly Diagnostic[], date: string): ShareMade {
  return { engine: ENGINE_VERSION, date, findings: findingKeys(diagnostics) };
}

/** The hash (without "#") that holds these texts for the editor `id`, with what the rules found in them. */
export async function encodeShare(id: string, texts: readonly string[], made: ShareMade): Promise<string> {
  if (!ID.test(id)) throw new Error(`invalid editor id "${id}"`);
  const json = new TextEncoder().encode(JSON.stringify({ texts, ...made }));
  if (json.length > MAX_SHARE_BYTES) {
    throw new ShareTooLargeError(`The content is ${Math.ceil(json.length / 1024)} KB; share links hold up to ${MAX_SHARE_BYTES / 1024} KB.`);
  }
  const compressed = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  return `share=${SHARE_VERSION}.${id}.${toBase64Url(compressed)}`;
}

export async function decodeShare(hash: string): Promise<ShareDecoded> {
  const raw = hash.replace(/^#/, '');
  if (raw.length > MAX_SHARE_HASH_LENGTH) return { ok: false, id: shareTarget(raw), reason: 'oversized' };
  const m = /^share=(\d+)\.([a-z0-9-]+)\.([A-Za-z0-9_-]*)$/.exec(raw);
  if (!m || !ID.test(m[2] ?? '')) return { ok: false, id: shareTarget(raw), reason: 'corrupt' };
  const id = m[2] ?? '';
  const version = Number(m[1]);
  if (version !== 1 && version !== SHARE_VERSION) return { ok: false, id, reason: 'unsupported-version' };
  const bytes = fromBase64Url(m[3] ?? '');
  if (!bytes) return { ok: false, id, reason: 'corrupt' };
  let json: Uint8Array;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_SHARE_BYTES);
  } catch (error) {
    return { ok: false, id, reason: error instanceof ShareTooLargeError ? 'oversized' : 'corrupt' };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, id, reason: 'corrupt' };
  }
  const shared = version === 1 ? { texts: value, made: null } : readPayload(value);
  if (!shared || !isTexts(shared.texts)) return { ok: false, id, reason: 'corrupt' };
  return { ok: true, id, texts: shared.texts, made: shared.made };
}

function isTexts(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.length <= 8 && value.every((t) => typeof t === 'string');
}

/** A format-2 payload, or null when any field is not what encodeShare writes. */
function readPayload(value: unknown): { texts: unknown; made: ShareMade } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { texts, engine, date, findings } = value as Record<string, unknown>;
  if (typeof engine !== 'string' || engine.length > 40 || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (!Array.isArray(findings) || findings.length > 10_000 || !findings.every((f) => typeof f === 'string' && f.length <= 200)) return null;
  return { texts, made: { engine, date, findings: [...findings].sort() } };
}

/** How a multiset of finding keys differs from another: what only `a` has. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((key) => {
    const i = left.indexOf(key);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** `latest-tag@3` as a reader reads it: "latest-tag (line 3)". */
function describeKey(key: string): string {
  const at = key.lastIndexOf('@');
  const where = key.slice(at + 1);
  return `${key.slice(0, at)} (${where.startsWith('.dockerignore:') ? `.dockerignore line ${where.slice(14)}` : `line ${where}`})`;
}

/**
 * What to tell the reader of a link when the rules here do not find what they found when the
 * link was made (a newer version of the rules, or a rule that reads the date); null when they
 * find the same.
 */
export function staleShareMessage(made: ShareMade, now: ShareMade): string | null {
  const gone = missingFrom(made.findings, now.findings);
  const added = missingFrom(now.findings, made.findings);
  if (gone.length === 0 && added.length === 0) return null;
  const when =
    made.engine === now.engine
      ? `This link was made on ${made.date} with the same version of the rules (${now.engine}), and today they find something else.`
      : `This link was made on ${made.date} by version ${made.engine} of the rules; this site runs version ${now.engine}, and it finds something else.`;
  const parts = [when];
  if (added.length > 0) parts.push(`Found now, not then: ${added.map(describeKey).join(', ')}.`);
  if (gone.length > 0) parts.push(`Found then, not now: ${gone.map(describeKey).join(', ')}.`);
  return parts.join(' ');
}

/** What to tell the reader when a link names an example this page no longer has. */
export function missingExampleMessage(id: string): string {
  return `This share link is for an example ("${id}") that this page no longer has, so it could not be opened. The page may have changed since the link was made.`;
}

/** Says so at the top of the page (loader.ts imports this module only then). */
export function showMissingExample(id: string): void {
  const content = document.querySelector('.sl-markdown-content') ?? document.querySelector('main');
  if (!content) return;
  let note = document.querySelector<HTMLElement>('[data-share-missing]');
  if (!note) {
    note = document.createElement('p');
    note.dataset.shareMissing = '';
    note.setAttribute('role', 'status');
    note.className = 'share-missing not-content';
    note.style.cssText = 'padding:0.5rem 0.75rem;border:1px solid var(--sl-color-orange);border-inline-start-width:4px;color:var(--sl-color-white)';
    content.prepend(note);
  }
  note.textContent = missingExampleMessage(id);
  note.scrollIntoView({ block: 'center' });
}

/** What to tell the reader when a share link cannot be opened. */
export function shareFailureMessage(reason: ShareFailure): string {
  switch (reason) {
    case 'oversized':
      return `This share link is larger than the ${MAX_SHARE_BYTES / 1024} KB a link may hold, so it was not opened. Showing the original example.`;
    case 'unsupported-version':
      return 'This share link was made by a newer version of the site and cannot be read here. Showing the original example.';
    default:
      return 'This share link is damaged (perhaps cut off when it was copied), so it was not opened. Showing the original example.';
  }
}

async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface through the reader; don't let the writer's copies go unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      throw new ShareTooLargeError(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** null when the text is not canonical base64url without padding. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ALPHABET.indexOf(text[i] ?? '');
    if (v < 0) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or the text is not what toBase64Url would write.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
