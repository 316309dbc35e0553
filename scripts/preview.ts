/**
 * The built site served by `astro preview` for scripts that drive a browser outside the tests
 * (bench:web, the README's screenshots), and the Chromium they use: the e2e tests' choice,
 * $CHROMIUM_PATH, then Debian's /usr/bin/chromium, else Playwright's own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('../', import.meta.url);

export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
}

/** Starts `astro preview` on 127.0.0.1:port and resolves once it answers. Stop it with `stopServer`. */
export async function startServer(port: number): Promise<ChildProcess> {
  if (!existsSync(new URL('dist/index.html', root))) throw new Error('dist/ is missing: run `npm run build` first.');
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(server);
  throw new Error(`astro preview did not answer on ${base}`);
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid);
}
