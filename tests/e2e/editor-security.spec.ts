import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitePages } from './support.ts';

/**
 * The Content-Security-Policy: a <meta> on every page and dist/_headers for static hosts,
 * own origin only, no unsafe-eval, inline scripts by hash. editor-pages.spec.ts checks that,
 * with every editor open, nothing violates it and no request leaves the origin.
 */

function policy(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function assertStrict(csp: string): void {
  const directives = policy(csp);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  for (const [name, values] of directives) {
    for (const value of values) {
      expect(value, `${name} allows ${value}`).not.toMatch(/unsafe-eval|^https?:|^\*|^blob:|^wss?:/);
    }
  }
  const scripts = directives.get('script-src') ?? [];
  expect(scripts, 'inline scripts are allowed by hash, not wholesale').not.toContain("'unsafe-inline'");
  expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
}

test('every page carries the Content-Security-Policy as a <meta>', async ({ request }) => {
  for (const path of sitePages()) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, `${path} has a CSP <meta>`).toBeTruthy();
    assertStrict(csp!.replaceAll('&#39;', "'"));
  }
});

test('dist/_headers sends the same policy to static hosts, with frame-ancestors', async ({ request }) => {
  const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
  const header = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1] ?? '';
  assertStrict(header);
  expect(policy(header).get('frame-ancestors')).toEqual(["'none'"]);
  // Every script hash a page needs is in the header.
  const html = await (await request.get('/practices/copy-over-add/')).text();
  const meta = policy(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'"));
  for (const hash of meta.get('script-src') ?? []) expect(policy(header).get('script-src')).toContain(hash);
});
