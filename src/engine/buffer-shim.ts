/**
 * dockerfile-ast calls `Buffer.from(char, 'UTF-8')` on every parse (to detect a byte-order
 * mark). Browsers have no Buffer, so before the first parse we install the smallest stand-in
 * that answers that one call. Node's real Buffer is never replaced.
 */
interface BufferLike {
  from(value: string, encoding?: string): Uint8Array;
}

export function installBufferShim(): void {
  const g = globalThis as { Buffer?: BufferLike };
  if (typeof g.Buffer !== 'undefined') return;
  const encoder = new TextEncoder();
  g.Buffer = { from: (value: string) => encoder.encode(String(value)) };
}
