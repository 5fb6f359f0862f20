import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './server';

export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile; never a downloaded browser. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'grassroots-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until no CSS animation or transition runs (drawers, messages), so pictures show the settled page. */
export async function settle(page: Page): Promise<void> {
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    const running = await page.evaluate<number>(
      "document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity).length",
    );
    if (running === 0) return;
    await page.waitForTimeout(100);
  }
}

/** Saves e2e/screenshots/<name>.png (git-ignored); a page with an open drawer is shot at viewport size. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  await settle(page);
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
