/**
 * npm run screenshots: the README's pictures of one exercise before and after it passes, taken
 * from the built site (`npm run build` first) in the light theme, as a learner sees them: the
 * numeric-user exercise with its starting file, then with the fix typed into the editor.
 *
 *   public/readme/exercise-before.png   the start: the check on USER fails and says what to look at
 *   public/readme/exercise-after.png    USER 1001:1001 typed: every check passes
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, startServer, stopServer } from './preview.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4378);
const root = new URL('../', import.meta.url);
const out = (name: string) => new URL(`public/readme/${name}`, root).pathname;
const KEY = 'non-root-user/numeric-user';
const start = readFileSync(new URL(`examples/exercises/${KEY}/start.Dockerfile`, root), 'utf8');
const userLine = start.split('\n').findIndex((l) => l.startsWith('USER ')) + 1;
const user = start.split('\n')[userLine - 1]?.slice('USER '.length) ?? '';
if (userLine === 0 || /^\d/.test(user)) throw new Error(`${KEY}'s start no longer has a named USER to fix.`);

/** The page's sticky header and "On this page" bar would cover the exercise once the page scrolls. */
const shot = { animations: 'disabled', style: 'header.header, mobile-starlight-toc { visibility: hidden !important; }' } as const;

const server = await startServer(PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  const context = await browser.newContext({ viewport: { width: 960, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
  await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/practices/non-root-user/`);
  const exercise = page.locator(`[data-exercise="${KEY}"]`);
  const example = exercise.locator('[data-live-example]');
  await example.scrollIntoViewIfNeeded();
  await exercise.locator('[data-live-example][data-live-state="live"]').waitFor({ timeout: 90_000 });
  await exercise.getByRole('status').filter({ hasText: /of \d+ checks pass/ }).waitFor();
  await page.mouse.move(0, 0);
  await exercise.screenshot({ path: out('exercise-before.png'), ...shot });

  const box = example.getByRole('textbox', { name: /editor: / });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < userLine; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < user.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('1001:1001');
  await page.waitForFunction((key) => document.querySelector(`[data-exercise="${key}"]`)?.getAttribute('data-exercise-state') === 'passed', KEY);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await exercise.screenshot({ path: out('exercise-after.png'), ...shot });
  console.log(`Wrote ${out('exercise-before.png')} and ${out('exercise-after.png')}.`);
} finally {
  await browser.close();
  stopServer(server);
}
