/**
 * Checks every internal link of the built site, without a server or a browser:
 *
 *   node scripts/check-links.ts [DIR] [--site https://example.org/guide/]
 *
 * DIR defaults to dist. The site's address (origin and base path) is read from the
 * sitemap-index.xml the build wrote, unless --site gives it. For every HTML page, each href and
 * src (a, link, script, img, source, iframe; relative, root-relative, or absolute on the site's
 * own origin) and each <meta http-equiv="refresh"> target must name a file in DIR under the base
 * path, and each #fragment an id (or <a name>) on the page it lands on, after following the
 * redirect pages the /p/ and /r/ short links build (a share link's #share=… is an editor's
 * state, not an id). The sitemap's own entries are checked the same way.
 * Prints each broken link with the page it is on; exits 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** One link found on a page: where it points, and which tag and attribute held it. */
export interface Link {
  value: string;
  tag: string;
  attribute: string;
  /** The rel attribute of a <link> or <a>, if any. */
  rel?: string;
}

/** What the checker knows of one HTML page. */
export interface Page {
  ids: Set<string>;
  links: Link[];
  /** The target of a <meta http-equiv="refresh">, if any. */
  refresh: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is text, not markup: their content is skipped. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** The attributes that hold a URL, per element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  use: ['href', 'xlink:href'],
};

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

/** The ids, links and refresh target of an HTML page, read with a small tokenizer (no parser dependency). */
export function readPage(html: string): Page {
  const page: Page = { ids: new Set(), links: [], refresh: null };
  const lower = html.toLowerCase();
  let at = 0;
  while ((at = html.indexOf('<', at)) >= 0) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) {
      at++;
      continue;
    }
    at = TAG.lastIndex;
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    const id = attrs.get('id');
    if (id) page.ids.add(id);
    if (tag === 'a' && attrs.get('name')) page.ids.add(attrs.get('name')!);
    for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
      const value = attrs.get(attribute);
      if (value === undefined) continue;
      const values = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      const rel = attrs.get('rel')?.toLowerCase();
      for (const v of values) if (v.trim() !== '') page.links.push({ value: v.trim(), tag, attribute, ...(rel ? { rel } : {}) });
    }
    if (tag === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.get('content') ?? '')?.[1];
      if (url) {
        page.refresh = url.trim();
        page.links.push({ value: page.refresh, tag, attribute: 'http-equiv=refresh' });
      }
    }
    if (RAW_TEXT.has(tag)) {
      const end = lower.indexOf(`</${tag}`, at);
      at = end < 0 ? html.length : end;
    }
  }
  return page;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** The site's address (origin and base path, ending in /) from the sitemap index the build wrote. */
export function siteFromSitemap(dir: string): string {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: build the site first, or pass --site`);
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1];
  if (!loc) throw new Error(`${index} names no sitemap`);
  return new URL('./', decodeEntities(loc)).href;
}

export interface Report {
  pages: number;
  links: number;
  broken: string[];
}

/** Checks every page of the built site in `dir`, published at `site` (origin and base path). */
export function checkSite(dir: string, site: string): Report {
  const root = new URL(site.endsWith('/') ? site : `${site}/`);
  const files = new Set(filesUnder(dir).map((f) => relative(dir, f).split(sep).join('/')));
  const pages = new Map<string, Page>();
  const pageOf = (file: string): Page => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = readPage(readFileSync(join(dir, file), 'utf8'))));
    return page;
  };
  /** The page URL of a file: a/index.html is served as a/. */
  const urlOf = (file: string) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), root);

  /** The file a URL on the site names, or why none. */
  const fileFor = (url: URL): { file: string } | { error: string } => {
    if (!url.pathname.startsWith(root.pathname)) return { error: `outside the base path ${root.pathname}` };
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(root.pathname.length));
    } catch {
      return { error: 'a malformed path' };
    }
    if (path === '' || path.endsWith('/')) {
      return files.has(`${path}index.html`) ? { file: `${path}index.html` } : { error: 'no such page' };
    }
    if (files.has(path)) return { file: path };
    if (files.has(`${path}/index.html`)) return { error: 'a page without its trailing slash' };
    return { error: 'no such file' };
  };

  /** The page a URL finally shows, following redirect pages. */
  const landing = (url: URL, seen = new Set<string>()): { file: string; url: URL } | { error: string } => {
    const found = fileFor(url);
    if ('error' in found) return found;
    const refresh = found.file.endsWith('.html') ? pageOf(found.file).refresh : null;
    if (refresh === null) return { file: found.file, url };
    if (seen.has(found.file) || seen.size > 5) return { error: 'a redirect loop' };
    seen.add(found.file);
    const next = new URL(refresh, url);
    if (next.origin !== root.origin) return { error: `a redirect off the site, to ${next.href}` };
    next.hash = url.hash;
    return landing(next, seen);
  };

  const broken: string[] = [];
  let links = 0;
  const check = (from: string, value: string, base: URL) => {
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      broken.push(`${from}: ${value} is not a URL`);
      return;
    }
    if (url.origin !== root.origin || !/^https?:$/.test(url.protocol)) return;
    links++;
    const target = landing(url);
    if ('error' in target) {
      broken.push(`${from}: ${value} leads to ${target.error}`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // A share link's fragment (#share=2.<editor>.…) is an editor's state, not an element id.
    if (fragment === '' || fragment.startsWith('share=') || !target.file.endsWith('.html')) return;
    if (!pageOf(target.file).ids.has(fragment)) broken.push(`${from}: ${value} names #${fragment}, which ${target.file} does not have`);
  };

  const htmlFiles = [...files].filter((f) => f.endsWith('.html')).sort();
  for (const file of htmlFiles) {
    const url = urlOf(file);
    for (const link of pageOf(file).links) {
      // Starlight gives the not-found page a canonical URL, /404/, that no host serves: the host
      // sends 404.html for any missing path. Search engines ignore a canonical on a 404 answer.
      if (file === '404.html' && link.rel === 'canonical') continue;
      check(`${file} (${link.tag} ${link.attribute})`, link.value, url);
    }
  }
  for (const file of [...files].filter((f) => /^sitemap.*\.xml$/.test(f))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) check(file, decodeEntities(m[1]!), root);
  }
  return { pages: htmlFiles.length, links, broken };
}

function main(argv: string[]): number {
  let dir = 'dist';
  let site: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--site') site = argv[++i] ?? null;
    else if (arg.startsWith('--site=')) site = arg.slice('--site='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node scripts/check-links.ts [DIR] [--site https://example.org/base/]\n');
      return 0;
    } else if (arg.startsWith('-')) {
      process.stderr.write(`check-links: unknown option ${arg}\n`);
      return 2;
    } else dir = arg;
  }
  dir = resolve(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`check-links: ${dir} is not a folder: build the site first\n`);
    return 2;
  }
  const started = performance.now();
  let report: Report;
  try {
    site ??= siteFromSitemap(dir);
    report = checkSite(dir, site);
  } catch (error) {
    process.stderr.write(`check-links: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const ms = Math.round(performance.now() - started);
  for (const line of report.broken) process.stdout.write(`${line}\n`);
  const where = `${relative(process.cwd(), dir) || '.'} as ${site}`;
  process.stdout.write(
    report.broken.length
      ? `check-links: ${report.broken.length} broken links in ${where} (${report.pages} pages, ${report.links} internal links, ${ms} ms)\n`
      : `check-links: ${report.links} internal links on ${report.pages} pages of ${where} resolve (${ms} ms)\n`,
  );
  return report.broken.length ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
