/*
 * The HTML report (`nsatu report --html FILE`) in a headless browser, as a reader opens it: from
 * the file, with every network request blocked (none may be attempted), no console error, the
 * command chart, the Vega charts and the tables visible. A full-page screenshot goes to
 * artifacts/report.png (a CI artifact).
 *
 * The page comes from the built CLI when dist/cli.js has `--html`, otherwise from
 * `renderHtmlReport` in-process. Needs Debian's chromium at /usr/bin/chromium (./chromium.ts);
 * without it the test is skipped with a message, except in CI (`CI` set), where a missing browser
 * fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { renderHtmlReport } from '../../src/cli/html.ts';
import { defaultDataset } from '../../src/data/index.ts';
import { CHROMIUM, installed, launchChromium } from './chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const screenshot = join(root, 'artifacts/report.png');
const hasBrowser = installed(CHROMIUM, 'Chromium');

/** Whether dist/cli.js is older than a source of the page, so would test an old page. */
function stale(): boolean {
  const built = statSync(cli).mtimeMs;
  return readdirSync(join(root, 'src/cli'))
    .filter((f) => /^(?:html|report|run).*\.ts$/.test(f))
    .some((f) => statSync(join(root, 'src/cli', f)).mtimeMs > built);
}

/** Writes the page for the embedded dataset to `file`: with the built CLI when it can. */
async function writeReport(file: string): Promise<string> {
  const help = existsSync(cli)
    ? spawnSync(process.execPath, [cli, 'report', '--help'], { encoding: 'utf8' }).stdout
    : '';
  if (help.includes('--html') && !stale()) {
    const run = spawnSync(process.execPath, [cli, 'report', '--html', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return 'dist/cli.js';
  }
  writeFileSync(file, await renderHtmlReport(defaultDataset(), { asOf: undefined }));
  return help.includes('--html')
    ? 'renderHtmlReport (dist/cli.js is older than src/cli: run npm run build)'
    : 'renderHtmlReport (dist/cli.js has no --html)';
}

describe.runIf(hasBrowser)('nsatu report --html', () => {
  let browser: Browser | undefined;
  let page: Page;
  const attempted: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nsatu-html-')), 'report.html');
    const how = await writeReport(file);
    console.info(`HTML report written by ${how}`);
    const url = pathToFileURL(file).href;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => {
      const request = route.request().url();
      if (request === url) return route.continue();
      attempted.push(request);
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('opens with no request beyond the file and no console error', () => {
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('shows the title with the report date', async () => {
    const { asOf = '' } = defaultDataset();
    await expect(page.title()).resolves.toContain(`report as of ${asOf}`);
    expect(await page.locator('h1').textContent()).toContain(asOf);
  });

  test('shows the command chart with NATO symbols on its nodes', async () => {
    const chart = page.locator('#chart figure > svg');
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())?.width).toBeGreaterThan(600);
    expect(await page.locator('#chart g.node').count()).toBeGreaterThan(10);
    expect(await page.locator('#chart g.node svg').count()).toBeGreaterThan(10);
    expect(await page.locator('#chart g.node', { hasText: 'NSATU' }).first().isVisible()).toBe(
      true,
    );
  });

  test('shows the aid and fragmentation charts beside their tables', async () => {
    for (const [id, charts] of [
      ['aid', 2],
      ['fragmentation', 1],
    ] as const) {
      const svgs = page.locator(`#${id} figure > svg`);
      expect(await svgs.count()).toBe(charts);
      for (const svg of await svgs.all()) {
        expect(await svg.isVisible()).toBe(true);
        expect((await svg.boundingBox())?.height).toBeGreaterThan(50);
        expect(await svg.locator('path[role="graphics-symbol"]').count()).toBeGreaterThan(0);
      }
      expect(await page.locator(`#${id} table`).count()).toBe(charts);
    }
  });

  test('shows every table with rows', async () => {
    for (const id of ['chain', 'posts', 'coalitions', 'agreements', 'training', 'aid']) {
      const table = page.locator(`#${id} table`).first();
      expect(await table.isVisible(), id).toBe(true);
      expect(await table.locator('tbody tr').count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('#sources ol.sources li').count()).toBe(
      defaultDataset().sources.length,
    );
  });

  test('follows a dark colour scheme and hides the contents when printed', async () => {
    // A string, not a function: this file is type-checked without the DOM library.
    const background = () =>
      page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  test('saves a full-page screenshot', async () => {
    mkdirSync(join(root, 'artifacts'), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    expect(errors).toEqual([]);
    expect(attempted).toEqual([]);
  });
});
