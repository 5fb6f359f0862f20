import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, startServer, type RunningServer } from './support/server';
import { launchBrowser, screenshot } from './support/browser';
import { expectNoHorizontalOverflow, login } from './support/app';
import { apiGet, countsOf, fillEntry, waitForOfflineShell } from './support/worklog';
import { fillTemplate } from './support/cadreSheet';

// Work-log journeys (issue 3): a cadre logs an entry with a new youth contact on a 375×667 phone in
// one screen and sees the counts move (L1, L2, L7); entries saved offline wait on the device and are
// sent exactly once when the network returns (L3); the app shell opens without network.
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

const phone = { width: 375, height: 667 };
const suffix = Date.now().toString(36).slice(-5);
const year = new Date().getFullYear();

interface EntryPage {
  items: { id: string; content: string; youth: { name: string }[] }[];
  total: number;
}

describe('work log', () => {
  it('logs an entry with a new youth on a phone in one screen, and the counts move', async () => {
    const browser = await launchBrowser(phone);
    try {
      const page = await browser.context.newPage();
      const base = running().baseUrl;
      await login(page, base, 'ganbu', adminPassword);
      const before = await countsOf(page, base, year);

      await page.goto(`${base}/logs`);
      await page.locator('[data-testid=new-entry]').click();
      const started = Date.now();
      const youthName = `青年${suffix}`;
      await fillEntry(page, {
        type: 'visit',
        content: `走访青年之家，了解青年就业需求 ${suffix}`,
        newYouth: { name: youthName, phone: '13912345678' },
      });
      // L1: a visit pre-ticks the task item it serves.
      expect(await page.getByRole('checkbox', { name: '交心谈心做桥梁' }).isChecked()).toBe(true);
      await expectNoHorizontalOverflow(page);
      // The whole form as one tall phone screen (the save button sticks to the bottom of the viewport).
      await page.setViewportSize({ width: phone.width, height: 1240 });
      await screenshot(page, 'mobile-log-entry', false);
      await page.setViewportSize(phone);
      await page.locator('[data-testid=save-entry]').click();
      await page.waitForURL(/\/logs$/);
      await page.locator('[data-testid=entry-card]').filter({ hasText: suffix }).waitFor();
      expect(Date.now() - started).toBeLessThan(30_000); // L2
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-log-list');

      const after = await countsOf(page, base, year);
      expect(after.counts.youthMet).toBe(before.counts.youthMet + 1);
      expect(after.counts.visits).toBe(before.counts.visits + 1);

      await page.locator('[data-testid=worklog-tabs]').getByText('我的统计').click();
      const youthMet = page.locator('[data-testid=count-youthMet] .ant-statistic-content');
      await expect.poll(() => youthMet.innerText()).toBe(String(after.counts.youthMet));
      const visits = page.locator('[data-testid=count-visits] .ant-statistic-content');
      await expect.poll(() => visits.innerText()).toBe(String(after.counts.visits));
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-counts');

      // L7: the number opens the entries behind it.
      await page.locator('[data-testid=count-visits]').click();
      await page.locator('[data-testid=entry-card]').filter({ hasText: suffix }).click();
      await page.locator('[data-testid=entry-detail]').getByText(youthName).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-entry-detail');

      // Y1/Y4: the new youth is in the contact list, phone masked, met once.
      await page.goto(`${base}/youth`);
      const row = page.locator('[data-testid=youth-table] .ant-table-row').filter({ hasText: youthName });
      await row.waitFor();
      expect(await row.innerText()).toContain('1 次');
      expect(await page.locator('[data-testid=youth-table]').innerText()).not.toContain('13912345678');
      await page.locator('[data-testid=lenses]').getByText('1+100', { exact: true }).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'mobile-youth');
    } finally {
      await browser.close();
    }
  });

  it('keeps entries saved offline on the device and sends each exactly once when back online', async () => {
    const browser = await launchBrowser(phone);
    try {
      const page = await browser.context.newPage();
      const base = running().baseUrl;
      await login(page, base, 'ganbu', adminPassword);
      await page.goto(`${base}/logs`);
      await page.locator('[data-testid=new-entry]').waitFor();
      await waitForOfflineShell(page);

      await browser.context.setOffline(true);
      const contents = [`离线记录甲 ${suffix}`, `离线记录乙 ${suffix}`];
      for (const content of contents) {
        await page.locator('[data-testid=new-entry]').click();
        await fillEntry(page, { type: 'talk', content });
        await page.locator('[data-testid=save-entry]').click();
        await page.waitForURL(/\/logs$/);
        await page.locator('[data-testid=outbox-card]').filter({ hasText: content }).waitFor();
      }
      const pending = page.locator('[data-testid=outbox-card]').filter({ hasText: suffix });
      expect(await pending.count()).toBe(2);
      expect(await page.locator('[data-testid=pending-tag]').count()).toBe(2);
      await screenshot(page, 'mobile-offline-pending');

      // The app shell opens without network (service worker), and the queue survives the reload.
      await page.reload();
      await page.locator('#username, [data-testid=user-menu]').first().waitFor();
      await screenshot(page, 'mobile-offline-reload');

      await browser.context.setOffline(false);
      await page.goto(`${base}/logs`);
      await page.locator('[data-testid=entry-list]').waitFor();
      await expect
        .poll(() => page.locator('[data-testid=outbox-card]').count(), { timeout: 60_000, interval: 500 })
        .toBe(0);
      for (const content of contents) {
        await page.locator('[data-testid=entry-card]').filter({ hasText: content }).waitFor();
      }
      await screenshot(page, 'mobile-offline-sent');

      const all = await apiGet<EntryPage>(page, base, `/logs?year=${year}&pageSize=200`);
      const sent = all.items.filter((e) => contents.includes(e.content));
      expect(sent.map((e) => e.content).sort()).toEqual([...contents].sort());

      // S10: logout removes the device's outbox database with the rest of the browser data.
      await page.locator('[data-testid=user-menu]').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();
      await page.waitForURL(/\/login/);
      await expect
        .poll(() => page.evaluate<string[]>('indexedDB.databases().then((d) => d.map((x) => x.name))'))
        .not.toContain('grassroots-offline');
    } finally {
      await browser.close();
    }
  });

  it('retries an entry whose answer was lost with the same key, without a duplicate', async () => {
    const browser = await launchBrowser(phone);
    try {
      const page = await browser.context.newPage();
      const base = running().baseUrl;
      await login(page, base, 'ganbu', adminPassword);
      await page.goto(`${base}/logs`);
      const content = `回复丢失 ${suffix}`;
      const keys: string[] = [];
      // The first POST reaches the server, but the phone never sees the answer.
      await page.route('**/api/v1/logs', async (route) => {
        const request = route.request();
        if (request.method() !== 'POST') return route.fallback();
        keys.push(request.headers()['idempotency-key'] ?? '');
        if (keys.length === 1) {
          await route.fetch();
          return route.abort('internetdisconnected');
        }
        return route.fallback();
      });
      await page.locator('[data-testid=new-entry]').click();
      await fillEntry(page, { type: 'friendship', content });
      await page.locator('[data-testid=save-entry]').click();
      await page.locator('[data-testid=outbox-card]').filter({ hasText: content }).waitFor();
      await page.getByRole('button', { name: '立即发送' }).click();
      await expect
        .poll(() => page.locator('[data-testid=outbox-card]').count(), { timeout: 60_000, interval: 500 })
        .toBe(0);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size).toBe(1);
      const all = await apiGet<EntryPage>(page, base, `/logs?year=${year}&pageSize=200`);
      expect(all.items.filter((e) => e.content === content)).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });

  it('imports youth contacts from the template into the cadre’s own list (R5, Y1)', async () => {
    const browser = await launchBrowser({ width: 1280, height: 800 });
    try {
      const page = await browser.context.newPage();
      const base = running().baseUrl;
      await login(page, base, 'ganbu', adminPassword);
      const template = await page.request.get(`${base}/api/v1/imports/youth/template`);
      expect(template.status()).toBe(200);
      const name = `导入青年${suffix}`;
      const file = await fillTemplate(Buffer.from(await template.body()), [
        { 姓名: name, 手机号: '13655554444', 出生年份: 2001 },
        { 姓名: `坏行${suffix}`, 手机号: '123' },
      ]);
      await page.goto(`${base}/youth`);
      await page.locator('[data-testid=youth-import]').click();
      await page.locator('.ant-modal input[type=file]').setInputFiles({
        name: 'youth.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: file,
      });
      await page.locator('[data-testid=youth-import-preview]').click();
      await page.locator('[data-testid=count-created]').filter({ hasText: '1' }).waitFor();
      await page.locator('[data-testid=youth-import-commit]').click();
      await page.locator('[data-testid=youth-import-done]').click();
      await page.getByText(name).waitFor();
      const list = await apiGet<{ items: { name: string; phone: string }[] }>(
        page,
        base,
        '/youth?pageSize=200',
      );
      expect(list.items.find((y) => y.name === name)?.phone).toBe('136****4444');
      expect(list.items.some((y) => y.name === `坏行${suffix}`)).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
