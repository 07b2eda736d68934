// Headless Chromium for the viewer's browser checks (browser-check.mjs, live-check.mjs):
// Debian's /usr/bin/chromium (or $MEMSIM_CHROMIUM) driven by playwright-core from
// book/site/browser/node_modules, in a throw-away profile, with the page's errors collected.

import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(new URL('../site/browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');

/**
 * Starts Chromium (exit status 2 with a message when it cannot) and returns
 * { browser, page, errors, close }: `errors` collects the page's uncaught exceptions and
 * console errors; `close()` ends the browser and removes its profile.
 */
export async function launch(script) {
  const profile = mkdtempSync(join(tmpdir(), `memsim-${script.replace(/\W+/g, '-')}-`));
  let browser;
  try {
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.MEMSIM_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1100, height: 900 },
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    process.stderr.write(`${script}: Chromium does not start: ${e.message}\n`);
    process.exit(2);
  }
  const page = browser.pages()[0] || (await browser.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { browser, page, errors, close };
}
