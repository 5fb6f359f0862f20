import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Signs in through the login page and waits for the layout. */
export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-testid=user-menu]').waitFor();
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  // A string expression: this project's Node tsconfig has no DOM types.
  const [scrollWidth, innerWidth] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}
