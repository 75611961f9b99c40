#!/usr/bin/env node
/**
 * Makes sure Playwright has a Chromium to drive, in the order playwright.config.ts
 * looks: CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * browser, which is downloaded here if it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const help = `Install a Chromium for the browser tests:
  Debian:  sudo apt-get install chromium
  Ubuntu:  sudo apt-get install chromium-browser   (or snap install chromium)
or point CHROME_PATH at any Chromium or Chrome binary, e.g. CHROME_PATH=/usr/bin/google-chrome npm test`;

if (process.env.CHROME_PATH) {
  if (!existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is ${process.env.CHROME_PATH}, but there is no file there.\n${help}`);
    process.exit(1);
  }
  process.exit(0);
}
if (existsSync('/usr/bin/chromium')) process.exit(0);

const { chromium } = await import('playwright-core');
if (existsSync(chromium.executablePath())) process.exit(0);

console.log('No system Chromium found: downloading Playwright\'s Chromium (npx playwright install chromium)...');
const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (install.status === 0 && existsSync(chromium.executablePath())) process.exit(0);
console.error(`\nCould not download Playwright's Chromium (no network to its download host?).\n${help}`);
process.exit(1);
