import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminPassword, startServer, type RunningServer } from './support/server';
import { launchBrowser, screenshot, type Browser } from './support/browser';
import { expectNoHorizontalOverflow, login } from './support/app';
import { fillTemplate } from './support/cadreSheet';

// Foundation journeys (issue 2): the organ admin imports cadres from the template through the
// wizard (R5) and finds them in the list (R4); the layout works on a 375×667 phone (L2, X1);
// logout clears the session and browser data (S10).
let server: RunningServer | undefined;

beforeAll(async () => {
  server = await startServer();
});

function running(): RunningServer {
  if (!server) throw new Error('server not started');
  return server;
}

afterAll(async () => {
  await server?.stop();
});

const suffix = Date.now().toString(36).slice(-4);
const names = [`导入甲${suffix}`, `导入乙${suffix}`];

async function buildCadreFile(page: Page): Promise<Buffer> {
  const api = `${running().baseUrl}/api/v1`;
  const template = await page.request.get(`${api}/imports/cadres/template`);
  expect(template.status()).toBe(200);
  const me = (await (await page.request.get(`${api}/me`)).json()) as { user: { organId: string } };
  const departments = (await (
    await page.request.get(`${api}/organs/${me.user.organId}/departments`)
  ).json()) as {
    name: string;
  }[];
  const department = departments[0]?.name;
  if (!department) throw new Error('the demo organ has no department');
  const base = {
    性别: '男',
    部门: department,
    职级: '科员',
    岗位类型: '专职',
    内部管理岗位: '否',
    入职日期: '2020-09-01',
    '基层工作经历(月)': 12,
    籍贯县代码: '430121',
    状态: '在岗',
  };
  return fillTemplate(await template.body(), [
    { ...base, 姓名: names[0] ?? '', 手机号: '13800001111' },
    { ...base, 姓名: names[1] ?? '', 性别: '女', 职级: '副科', 手机号: '13800002222' },
    // A bad row: the preview must name its row and column and the good rows still import.
    { ...base, 姓名: `坏行${suffix}`, 手机号: '12345' },
  ]);
}

describe('foundation', () => {
  it('the organ admin imports cadres through the wizard and finds them in the list', async () => {
    const browser: Browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await login(page, running().baseUrl, 'admin', adminPassword);
      await screenshot(page, 'desktop-home');

      await page.getByRole('menuitem', { name: '干部管理' }).click();
      await page.locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'desktop-cadres');

      const file = await buildCadreFile(page);
      await page.getByRole('button', { name: '批量导入' }).click();
      await page.getByText('下载模板（.xlsx）').waitFor();
      await screenshot(page, 'desktop-import-choose');
      await page.locator('[data-testid=next]').click();
      await page.locator('input[type=file]').setInputFiles({
        name: 'cadres.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: file,
      });
      await page.locator('[data-testid=preview]').click();
      await page.locator('[data-testid=import-errors]').waitFor();
      await expect
        .poll(() => page.locator('[data-testid=count-created] .ant-statistic-content').innerText())
        .toBe('2');
      const errorRows = page.locator('[data-testid=import-errors] .ant-table-row');
      expect(await errorRows.count()).toBe(1);
      expect(await errorRows.first().innerText()).toContain('4');
      await screenshot(page, 'desktop-import-preview');

      const download = page.waitForEvent('download');
      await page.locator('[data-testid=error-report]').click();
      expect((await download).suggestedFilename()).toBe('cadres-errors.csv');

      await page.locator('[data-testid=commit]').click();
      await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
      await page.locator('[data-testid=import-result]').waitFor();
      expect(await page.locator('[data-testid=count-created] .ant-statistic-content').innerText()).toBe('2');
      await screenshot(page, 'desktop-import-result');

      await page.locator('[data-testid=view-imported]').click();
      await page.locator('[data-testid=cadre-search] input').fill(suffix);
      await page.locator('[data-testid=cadre-search] input').press('Enter');
      for (const name of names) await page.getByRole('button', { name }).waitFor();
      expect(await page.getByText(`坏行${suffix}`).count()).toBe(0);
      await screenshot(page, 'desktop-cadres-imported');

      await page.getByRole('button', { name: names[0] ?? '' }).click();
      await page.locator('.ant-drawer-open .ant-descriptions').waitFor();
      await screenshot(page, 'desktop-cadre-detail', false);
    } finally {
      await browser.close();
    }
  });

  it('is usable on a 375×667 phone, and logout clears the session and browser data', async () => {
    const browser = await launchBrowser({ width: 375, height: 667 });
    try {
      const page = await browser.context.newPage();
      await login(page, running().baseUrl, 'admin', adminPassword);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-home');

      await page.locator('[data-testid=menu-toggle]').click();
      await page.locator('.ant-drawer-open').getByRole('menuitem', { name: '干部管理' }).waitFor();
      await screenshot(page, 'mobile-menu', false);
      await page.locator('.ant-drawer-open').getByRole('menuitem', { name: '干部管理' }).click();
      await page.locator('.ant-table-row').first().waitFor();
      await page
        .locator('.ant-drawer-open')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await expectNoHorizontalOverflow(page);
      const table = await page.locator('[data-testid=cadre-table]').boundingBox();
      expect(table?.width ?? 0).toBeLessThanOrEqual(375);
      await screenshot(page, 'mobile-cadres');

      await page.locator('.ant-table-row').first().getByRole('button').first().click();
      await page.locator('.ant-drawer-open .ant-descriptions').waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-cadre-detail', false);
      await page.keyboard.press('Escape');

      await page.goto(`${running().baseUrl}/imports`);
      await page.locator('[data-testid=next]').waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-import');

      await page.locator('[data-testid=user-menu]').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await page.waitForURL(/\/login/);
      const me = await page.request.get(`${running().baseUrl}/api/v1/me`);
      expect(me.status()).toBe(401);
      const kept = await page.evaluate<string[]>('Object.keys(localStorage)');
      expect(kept.every((k) => k === 'grassroots.lang')).toBe(true);
      await screenshot(page, 'mobile-login');
    } finally {
      await browser.close();
    }
  });
});
