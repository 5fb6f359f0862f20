import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminPassword, startServer, type RunningServer } from './support/server';
import { launchBrowser, screenshot } from './support/browser';
import { expectNoHorizontalOverflow, login } from './support/app';

// Dispatch journey (issue 4): the organ admin creates a round (D1), generates a plan (D7), moves a
// cadre into a county another cadre of the same batch already holds (D5), sees the violation from
// the in-browser validator, undoes it, keeps a draft version, publishes the clean version, exports it
// and looks at the China map with a drill-down to the province (A5); the pages work at 375 px.
let server: RunningServer | undefined;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

function running(): RunningServer {
  if (!server) throw new Error('server not started');
  return server;
}

const roundName = `e2e下沉轮次${Date.now().toString(36).slice(-4)}`;
let roundPath = '';

// Solving, saving and publishing go through the server: give them more than expect.poll's default second.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
const violationCount = (page: Page) => page.locator('[data-testid=violations]').getAttribute('data-count');
// Full-page pictures are taken from the top, so the sticky header stays above the content.
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name, fullPage);
}
const modalOk = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary');

/** D5: a cadre of the first group and the county of another member of that group (same batch). */
async function pickMoveInGroup(page: Page): Promise<{ name: string; county: string; countyName: string }> {
  const rows = page.locator('[data-testid=group]').first().locator('.ant-table-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  const mover = rows.nth(1);
  const holder = rows.nth(2).locator('[data-testid=member-county]');
  const name = (await mover.locator('td').first().innerText()).trim();
  const county = (await holder.getAttribute('data-county')) ?? '';
  const countyName = (await holder.innerText()).trim();
  await mover.locator('[data-testid=edit-member]').click();
  return { name, county, countyName };
}

describe('dispatch', () => {
  it('creates a round, generates and adjusts a plan with live validation, publishes it and maps it', async () => {
    const browser = await launchBrowser({ width: 1440, height: 900 });
    try {
      const page = await browser.context.newPage();
      await login(page, running().baseUrl, 'admin', adminPassword);
      await page.getByRole('menuitem', { name: '下沉基层' }).click();
      await page.locator('[data-testid=create-round]').click();

      // D1: the seed's calendar is offered for the start year; the name is ours.
      const form = page.locator('[data-testid=round-form]');
      await form.waitFor();
      const year = new Date().getFullYear();
      const batchInputs = (n: number) =>
        form
          .locator('.ant-form-item')
          .filter({ hasText: `第${n}批` })
          .locator('input');
      expect(await batchInputs(1).first().inputValue()).toBe(`${year}-09-01`);
      expect(await batchInputs(4).last().inputValue()).toBe(`${year + 2}-06-30`);
      await form.locator('#name').fill(roundName);
      await modalOk(page).click();
      await poll(() => page.locator('[data-testid=round-name]').innerText()).toBe(roundName);
      roundPath = new URL(page.url()).pathname;

      // D7: generate → a plan by batch, prefecture and work group, with no violation.
      await page.locator('[data-testid=solve]').click();
      await page.locator('[data-testid=group]').first().waitFor();
      await page.locator('[data-testid=explanations]').waitFor();
      await poll(() => violationCount(page)).toBe('0');
      expect(await page.locator('[data-testid=plan-version]').innerText()).toContain('1');

      // D5: move a cadre into the county of another cadre of the same batch → the violation appears.
      const move = await pickMoveInGroup(page);
      const modal = page.locator('.ant-modal-wrap:visible');
      await modal.locator('[data-testid=edit-county]').click();
      await page.keyboard.type(move.countyName);
      await page.locator(`[data-testid=county-option-${move.county}]`).click();
      await modalOk(page).click();
      await poll(() => violationCount(page)).toBe('1');
      const violation = page.locator('[data-testid=violation][data-code=county-taken]');
      expect(await violation.innerText()).toContain(move.name);
      expect(await violation.getAttribute('data-rule')).toBe('D5');
      await page.locator('[data-testid=dirty]').waitFor();
      await shoot(page, 'dispatch-plan');

      // Undo removes it, redo brings it back, undo again.
      await page.locator('[data-testid=undo]').click();
      await poll(() => violationCount(page)).toBe('0');
      expect(await page.locator('[data-testid=violation]').count()).toBe(0);
      await page.locator('[data-testid=redo]').click();
      await poll(() => violationCount(page)).toBe('1');

      // Leaving with unsaved edits asks first; staying keeps them.
      await page.getByRole('link', { name: '返回轮次列表' }).click();
      await page.locator('.ant-modal-confirm').waitFor();
      await page.locator('.ant-modal-confirm .ant-btn').first().click();
      await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
      expect(new URL(page.url()).pathname).toBe(roundPath);
      await page.locator('[data-testid=dirty]').waitFor();

      // A draft with a violation can be kept as version 2, but not published.
      await page.locator('[data-testid=save-version]').click();
      await page.locator('[data-testid=save-note]').fill('e2e 草稿：同县两人');
      await modalOk(page).click();
      await poll(() => page.locator('[data-testid=plan-version]').innerText()).toContain('2');
      expect(await page.locator('[data-testid=publish]').isDisabled()).toBe(true);

      // Back to version 1 (clean) from the version list, then publish it.
      await page.getByRole('tab', { name: /版本/ }).click();
      const versionRows = page.locator('[data-testid=version-table] .ant-table-row');
      await poll(() => versionRows.count()).toBe(2);
      await versionRows.filter({ hasText: '第 1 版' }).getByRole('button').click();
      await poll(() => page.locator('[data-testid=plan-version]').innerText()).toContain('1');
      await poll(() => violationCount(page)).toBe('0');
      await page.locator('[data-testid=publish]').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await poll(() => page.locator('[data-testid=round-status]').innerText()).toContain('已发布');
      expect(await page.locator('[data-testid=solve]').count()).toBe(0);
      expect(await page.locator('[data-testid=edit-member]').count()).toBe(0);

      // A4/D7: the published plan downloads as .xlsx.
      const download = page.waitForEvent('download');
      await page.locator('[data-testid=export]').click();
      expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

      // A5: the China map, then the province's prefectures.
      await page.getByRole('tab', { name: '派驻地图' }).click();
      await page.locator('[data-testid=dispatch-map] canvas').first().waitFor();
      const mapRows = page.locator('[data-testid=map-table] .ant-table-row');
      await poll(() => mapRows.first().innerText()).toContain('湖南');
      await shoot(page, 'dispatch-map');
      await mapRows.first().click();
      await page.locator('[data-testid=map-back]').waitFor();
      await poll(() => mapRows.count()).toBeGreaterThan(1);
      expect(await mapRows.first().innerText()).toContain('市');
      await shoot(page, 'dispatch-map-province');
      await page.locator('[data-testid=map-back]').click();
      await poll(() => mapRows.count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it('shows the plan and the map on a 375×667 phone without sideways scrolling', async () => {
    expect(roundPath).not.toBe('');
    const browser = await launchBrowser({ width: 375, height: 667 });
    try {
      const page = await browser.context.newPage();
      await login(page, running().baseUrl, 'admin', adminPassword);
      await page.goto(`${running().baseUrl}${roundPath}`);
      await page.locator('[data-testid=group]').first().waitFor();
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'dispatch-mobile-plan', false);

      await page.goto(`${running().baseUrl}${roundPath}?tab=map`);
      await page.locator('[data-testid=dispatch-map] canvas').first().waitFor();
      const box = await page.locator('[data-testid=dispatch-map]').boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(375);
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'dispatch-mobile-map');
    } finally {
      await browser.close();
    }
  });
});
