/**
 * Share links: an editor's content, compressed and versioned, in the URL's hash, so it never
 * reaches a server.
 *
 *   #share=1.<editor id>.<payload>
 *
 * "1" is the format version. The payload is base64url (no padding) of the raw DEFLATE
 * compression of the UTF-8 JSON array of the editor's texts: one text for an example, the
 * Dockerfile and the .dockerignore for the playground.
 *
 * Decoding treats the hash as hostile. It only ever yields plain strings (which callers put
 * into editors as text, never into HTML), and it stops decompressing as soon as the output
 * passes MAX_SHARE_BYTES, so a small link cannot expand into gigabytes.
 */

export const SHARE_VERSION = 1;
/** The largest shareable content: the UTF-8 size of the JSON array of texts. */
export const MAX_SHARE_BYTES = 512 * 1024;
/** Longer hashes are refused before any decoding. */
export const MAX_SHARE_HASH_LENGTH = 1024 * 1024;

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export type ShareFailure = 'corrupt' | 'oversized' | 'unsupported-version';

export type ShareDecoded =
  | { ok: true; id: string; texts: string[] }
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

/** The hash (without "#") that holds these texts for the editor `id`. */
export async function encodeShare(id: string, texts: readonly string[]): Promise<string> {
  if (!ID.test(id)) throw new Error(`invalid editor id "${id}"`);
  const json = new TextEncoder().encode(JSON.stringify(texts));
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
  if (Number(m[1]) !== SHARE_VERSION) return { ok: false, id, reason: 'unsupported-version' };
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
  if (!Array.isArray(value) || value.length === 0 || value.length > 8 || !value.every((t): t is string => typeof t === 'string')) {
    return { ok: false, id, reason: 'corrupt' };
  }
  return { ok: true, id, texts: value };
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
