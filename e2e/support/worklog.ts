import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// Helpers of the work-log journeys (e2e/worklog.e2e.ts). Page-side code is given as strings: this
// project's Node tsconfig has no DOM types.

/** GET an API path with the page's cookies (the signed-in session). */
export async function apiGet<T>(page: Page, baseUrl: string, path: string): Promise<T> {
  const res = await page.request.get(`${baseUrl}/api/v1${path}`);
  expect(res.status(), `GET ${path}`).toBe(200);
  return (await res.json()) as T;
}

export interface Counts {
  counts: { youthMet: number; visits: number; entries: number; grassrootsDays: number };
}

/** The year's counts of the signed-in cadre. */
export function countsOf(page: Page, baseUrl: string, year: number): Promise<Counts> {
  return apiGet<Counts>(page, baseUrl, `/logs/counts?year=${year}`);
}

/** Fills the one-screen entry form: type chip, what was done, optionally a new youth contact. */
export async function fillEntry(
  page: Page,
  entry: { type: string; content: string; newYouth?: { name: string; phone?: string } },
): Promise<void> {
  await page.locator('[data-testid=entry-form]').waitFor();
  await page.locator(`[data-testid=type-${entry.type}]`).click();
  if (entry.newYouth) {
    await page.locator('[data-testid=add-youth]').click();
    await page.locator('[data-testid=new-youth-name]').fill(entry.newYouth.name);
    if (entry.newYouth.phone) await page.locator('[data-testid=new-youth-phone]').fill(entry.newYouth.phone);
    await page.locator('[data-testid=new-youth-add]').click();
    await page.locator('[data-testid=youth-chips]').getByText(entry.newYouth.name).waitFor();
  }
  await page.locator('[data-testid=content]').fill(entry.content);
}

/** Waits until the service worker controls the page and holds the shell and the work-log page. */
export async function waitForOfflineShell(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate<boolean>(`(async () => {
          if (!navigator.serviceWorker.controller) return false;
          const cache = await caches.open('grassroots-shell-v1');
          const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
          return urls.includes('/index.html') && urls.some((u) => u.startsWith('/assets/worklog-'));
        })()`),
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}
