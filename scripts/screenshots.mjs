#!/usr/bin/env node
/**
 * npm run screenshots: one picture of each mode for the README, taken from the
 * built app (dist/, so run `npm run build` first) in Debian's Chromium.
 * Writes docs/screenshots/<mode>.png at 1280 x 800, light theme.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.env.PORT ?? 4327);
const origin = `http://127.0.0.1:${port}`;
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', serviceWorkers: 'block' });
  const page = await context.newPage();
  const shot = async (name) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  };
  const settle = async (path) => {
    await page.goto(origin + path);
    await page.waitForLoadState('networkidle');
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
  };

  await settle('/model');
  await shot('model');

  await settle('/items/platform-os-patching-ec2');
  await shot('item');

  await settle('/flashcards');
  for (const grade of ['3', '3', '1']) {
    await page.keyboard.press('Space');
    await page.keyboard.press(grade);
  }
  await page.keyboard.press('Space');
  await shot('flashcards');

  await settle('/sort?kind=owner&seed=42&feedback=now');
  // Tap a duty, then a bucket, three times (the single-pointer way).
  for (const bucket of ['Customer', 'AWS', 'Customer']) {
    await page.getByRole('listitem').filter({ has: page.locator('[aria-roledescription]') }).first().click().catch(() => undefined);
    await page.getByRole('heading', { name: bucket, exact: true }).click().catch(() => undefined);
  }
  await shot('sort');

  await settle('/quiz?seed=7&length=10&sources=generated');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.waitForTimeout(300);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await shot('quiz');

  await settle('/progress');
  await shot('progress');

  await settle('/present?set=category:network-firewall&seed=7&i=1');
  await page.keyboard.press('Space');
  await shot('present');
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
