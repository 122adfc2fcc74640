/*
 * The generated API site (`npm run docs` → docs/api) in a headless browser, as a reader uses it:
 * open it, search for `reportingChain`, pick the result, land on its page and find its example.
 * No console error on the way. A screenshot goes to artifacts/docs-search.png (a CI artifact).
 *
 * Needs Debian's chromium at /usr/bin/chromium (./chromium.ts); without it the test is skipped
 * with a message, except in CI (`CI` set), where a missing browser fails.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { CHROMIUM, installed, launchChromium } from './chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = join(root, 'docs/api');
const screenshot = join(root, 'artifacts/docs-search.png');
const hasBrowser = installed(CHROMIUM, 'Chromium');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves `directory` read-only on 127.0.0.1, on a free port. */
async function serve(directory: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(directory, path));
    if (file !== directory && !file.startsWith(directory + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // The browser asks every site for a favicon; typedoc makes none, and the 404 would be logged.
    if (path === '/favicon.ico' && !existsSync(file)) {
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${String(port)}/` };
}

describe('API reference site', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = '';

  beforeAll(async () => {
    if (!hasBrowser) return;
    ({ server, url: base } = await serve(site));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => {
      if (server === undefined) resolve();
      else
        server.close(() => {
          resolve();
        });
    });
  });

  test('is built (npm run docs)', () => {
    expect(existsSync(join(site, 'index.html')), `${site}/index.html`).toBe(true);
  });

  test.runIf(hasBrowser)(
    'finds reportingChain through the search box, with its example, without console errors',
    async () => {
      expect(browser, `a browser at ${CHROMIUM}`).toBeDefined();
      const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${String(response.status())} ${response.url()}`);
      });

      await page.goto(base);
      await page.locator('#tsd-search-trigger').click();
      await page.locator('#tsd-search-input').fill('reportingChain');
      const result = page.locator('#tsd-search-results a', { hasText: 'reportingChain' }).first();
      await result.waitFor();
      await result.click();

      await page.waitForURL(/reportingChain\.html$/);
      await expect(page.locator('h1').textContent()).resolves.toContain('reportingChain');
      const example = page.locator('pre', { hasText: "reportingChain(ds, 'nsatu'" }).first();
      await example.scrollIntoViewIfNeeded();
      await expect(example.isVisible()).resolves.toBe(true);
      await expect(example.textContent()).resolves.toContain("from 'nsatu'");

      mkdirSync(join(root, 'artifacts'), { recursive: true });
      await page.screenshot({ path: screenshot });
      expect(errors).toEqual([]);
    },
  );
});
