/*
 * Headless Chromium for the tests that need a browser (Debian's chromium package, driven by
 * playwright-core), and the check that skips such tests where a tool is missing, except under CI.
 * Shared by the browser tests and the Mermaid rendering tests (test/export/render.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package installs the browser (apt-get install chromium). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether a tool is installed at `path`; if not, a warning (the caller skips the tests that need
 * it), or a throw under CI (`CI` set), where a missing tool fails the run.
 */
export function installed(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  const message = `${what} is not installed at ${path}: the tests that need it are skipped`;
  if (process.env.CI) throw new Error(`${message}, which CI does not allow`);
  console.warn(message);
  return false;
}

/** Launches Chromium headless: no sandbox, no GPU, no background network traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
