import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from '../helpers/paths.js';

/** Debian's chromium, which .ci/run installs; the browser tests skip, saying so, only when it is absent. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

if (!CHROMIUM) {
  console.warn('\n*** browser tests SKIPPED: no chromium at /usr/bin/chromium (apt-get install -y chromium) ***\n');
}

/** Where the tests write screenshots: docs/screenshots with SCREENSHOTS=docs (npm run screenshots), else .tmp. */
export const SCREENSHOT_DIR = process.env.SCREENSHOTS === 'docs' ? resolve(ROOT, 'docs/screenshots') : resolve(ROOT, '.tmp/screenshots');

/** A fresh profile each run (Playwright passes it to chromium as --user-data-dir). */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
