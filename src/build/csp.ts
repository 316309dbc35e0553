/**
 * The site's Content-Security-Policy: everything from our own origin, no `unsafe-eval`, no
 * other host. It is sent twice: as a <meta http-equiv> in every page (Starlight's `head`
 * option, see astro.config.mjs) and as a header for static hosts that read `_headers`
 * (Netlify, Cloudflare Pages), which can also carry `frame-ancestors`.
 *
 * Scripts: the pages carry a dozen small inline scripts (Starlight's theme and sidebar
 * scripts, Astro's inlined module scripts). The policy written into the source allows them
 * with 'unsafe-inline'; after the build, `cspHashes()` replaces that with the SHA-256 of each
 * inline script actually present, in each page's <meta> and in dist/_headers. So the
 * deployed site runs only its own scripts, inline or not.
 *
 * Styles keep 'unsafe-inline': Monaco writes <style> elements at run time (without a nonce)
 * and Expressive Code colours tokens with style attributes.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INLINE = "'unsafe-inline'";

function policy(scriptSources: string, extra: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources}`,
    `style-src 'self' ${INLINE}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...extra,
  ].join('; ');
}

/** The policy as written into every page's <meta> before the build rewrites it. */
export const CSP_META = policy(INLINE);
/** Directives that only work as a header (a <meta> policy ignores them, with a warning). */
export const CSP_HEADER_ONLY = ["frame-ancestors 'none'"];

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;

/** The CSP source expressions for a page's inline scripts (data blocks excluded). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // Only JavaScript is subject to script-src; JSON data blocks are never executed.
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

/** Every .html file under `dir`, at any depth. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Replaces 'unsafe-inline' in script-src with the hashes of the inline scripts. */
export function withScriptHashes(csp: string, hashes: readonly string[]): string {
  return csp.replace(/(script-src 'self') 'unsafe-inline'/, `$1${hashes.length ? ' ' + hashes.join(' ') : ''}`);
}

export function cspHashes(): AstroIntegration {
  return {
    name: 'dockerfile-practices:csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = new Set<string>();
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const meta = META.exec(html);
          if (!meta) continue;
          const hashes = inlineScriptHashes(html);
          hashes.forEach((h) => all.add(h));
          await writeFile(file, html.replace(META, (_, a: string, csp: string, b: string) => a + withScriptHashes(csp.replaceAll('&#39;', "'"), hashes) + b));
          pages++;
        }
        const headersFile = join(root, '_headers');
        try {
          const headers = await readFile(headersFile, 'utf8');
          await writeFile(headersFile, headers.replace(/^(\s*Content-Security-Policy:\s*)(.*)$/m, (_, a: string, csp: string) => a + withScriptHashes(csp, [...all].sort())));
        } catch {
          logger.warn('dist/_headers is missing: public/_headers should hold the Content-Security-Policy header.');
        }
        logger.info(`script-src hashes for ${all.size} inline scripts written to ${pages} pages and _headers`);
      },
    },
  };
}
