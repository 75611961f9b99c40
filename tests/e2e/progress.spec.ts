import { readFileSync } from 'node:fs';
import { recordAnswer } from '../../src/domain/record';
import { EMPTY_PROGRESS, type Progress } from '../../src/domain/progress-schema';
import { exportProgress } from '../../src/domain/transfer';
import { en } from '../../src/strings/en';
import { progressStrings } from '../../src/strings/progress';
import { expect, test } from './fixtures';
import { App } from './pages';

const NOW = Date.now();

/** A learner who studied three items over the last three days, and twice gave guest OS patching to AWS. */
function studied(): Progress {
  const answers: [string, boolean, string, number][] = [
    ['platform-os-patching-ec2', false, 'aws', 2],
    ['glb-regions', true, 'aws', 2],
    ['platform-os-patching-ec2', false, 'aws', 1],
    ['phy-power', true, 'aws', 0],
  ];
  return answers.reduce(
    (progress, [itemId, correct, chosen, daysAgo], i) => recordAnswer(progress, { itemId, mode: 'quiz', correct, chosen }, NOW - daysAgo * 86_400_000 - (10 - i) * 60_000),
    EMPTY_PROGRESS,
  );
}

const progressFile = (progress: Progress) => ({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exportProgress(progress, NOW))) });

async function importFile(app: App, file: { name: string; mimeType: string; buffer: Buffer }) {
  await app.page.getByLabel(progressStrings.import).setInputFiles(file);
}

test('a learner imports a progress file, reloads, and Progress and Home show it', async ({ page }) => {
  const app = new App(page);
  await app.open('/progress');
  await expect(page.getByText(progressStrings.empty)).toBeVisible();
  await importFile(app, progressFile(studied()));
  const dialog = page.getByRole('dialog', { name: progressStrings.importTitle });
  await expect(dialog).toContainText('The file: 4 answers on 3 items');
  await dialog.getByRole('button', { name: progressStrings.importConfirm }).click();
  await expect(page.getByText(progressStrings.imported(4))).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: progressStrings.streak }).locator('..')).toContainText('3 days');
  const habits = page.getByRole('region', { name: progressStrings.misconceptionsTitle });
  await expect(habits.getByRole('link', { name: 'Patching the guest operating system on EC2 instances' })).toBeVisible();
  await expect(page.getByRole('table', { name: progressStrings.masteryCaption }).getByRole('row', { name: /Global infrastructure/ })).toContainText(/1 of \d+/);

  await app.nav.getByRole('link', { name: en.nav.home }).click();
  await expect(page.getByText(en.next.streak(3))).toBeVisible();
  await expect(page.getByRole('link', { name: en.next.reviewDue })).toBeVisible();
});

test('corrupt saved data: the app still starts, says so, and the backup downloads', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await page.evaluate(() => localStorage.setItem('srm-trainer', '{"state": {"progress": "half-written'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: en.storage.recoveredTitle });
  await expect(notice).toBeVisible();
  await expect(app.heading).toHaveText(en.home.title);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: en.storage.downloadBackup }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(en.storage.backupFileName);
  expect(readFileSync(await file.path(), 'utf8')).toBe('{"state": {"progress": "half-written');
  await notice.getByRole('button', { name: en.storage.dismiss }).click();
  await expect(notice).toBeHidden();
  // Studying on does not destroy the backup.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('srm-trainer:backup:')).length)).toBe(1);
});

test('a malformed import file is refused with a clear message and progress is unchanged', async ({ page }) => {
  const app = new App(page);
  await app.open('/progress');
  await importFile(app, progressFile(studied()));
  await page.getByRole('dialog').getByRole('button', { name: progressStrings.importConfirm }).click();
  // The import is saved once the page is idle: wait for it before taking the copy to compare with.
  const savedText = () => page.evaluate(() => localStorage.getItem('srm-trainer'));
  await expect.poll(async () => (JSON.parse((await savedText()) ?? '{}') as { state?: { progress?: { events?: unknown[] } } }).state?.progress?.events?.length).toBe(4);
  const before = await savedText();

  await importFile(app, { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "srm-trainer-progress", "version": 1, "progress": {"events": "oops"}}') });
  await expect(page.getByRole('alert')).toContainText(progressStrings.importErrors.damaged);
  await importFile(app, { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(page.getByRole('alert')).toContainText(progressStrings.importErrors['not-json']);
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('srm-trainer'))).toBe(before);
  await page.reload();
  await expect(page.getByRole('heading', { name: progressStrings.streak }).locator('..')).toContainText('3 days');
});

test('a change in one tab shows in a second tab', async ({ page, context }) => {
  const first = new App(page);
  await first.open('/progress');
  const second = new App(await context.newPage());
  await second.open('/progress');
  await expect(second.page.getByText(progressStrings.empty)).toBeVisible();

  await importFile(first, progressFile(studied()));
  await page.getByRole('dialog').getByRole('button', { name: progressStrings.importConfirm }).click();
  await expect(second.page.getByRole('heading', { name: progressStrings.streak }).locator('..')).toContainText('3 days');
  await expect(second.page.getByText(progressStrings.empty)).toBeHidden();

  // And back: a reset in the second tab empties the first.
  await second.page.getByRole('button', { name: progressStrings.reset }).click();
  await second.page.getByRole('dialog').getByRole('button', { name: progressStrings.resetConfirm }).click();
  await expect(page.getByText(progressStrings.empty)).toBeVisible();
});

test('the reset question opens with its safe answer focused, and Escape keeps the progress', async ({ page }) => {
  const app = new App(page);
  await app.open('/progress');
  await importFile(app, progressFile(studied()));
  await page.getByRole('dialog', { name: progressStrings.importTitle }).getByRole('button', { name: progressStrings.importConfirm }).click();
  await page.getByRole('button', { name: progressStrings.reset }).click();
  const dialog = page.getByRole('dialog', { name: progressStrings.resetTitle });
  await expect(dialog.getByRole('button', { name: progressStrings.cancel })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: progressStrings.reset })).toBeFocused();
  await expect(page.getByText(progressStrings.empty)).toBeHidden();
});

test('on a 320 px screen (or at 400% zoom) a learner’s Progress page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const app = new App(page);
  await app.open('/progress');
  await importFile(app, progressFile(studied()));
  await page.getByRole('dialog', { name: progressStrings.importTitle }).getByRole('button', { name: progressStrings.importConfirm }).click();
  await expect(page.getByRole('table', { name: progressStrings.masteryCaption })).toBeVisible();
  for (const width of [320, 375, 412]) {
    await page.setViewportSize({ width, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
