import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { adminPassword, startServer, type RunningServer } from './support/server';
import { launchBrowser, screenshot } from './support/browser';
import { expectNoHorizontalOverflow, login } from './support/app';

// Contact mechanism journey (issue 5): the cadre proposes the year's task list and picks 3 contact
// points (C2, C3 个人提), the department head approves it (共同定, locked), and a lecture logged by
// the cadre moves the lecture quota on the progress page (A1, L7).
let server: RunningServer | undefined;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

function base(): string {
  if (!server) throw new Error('server not started');
  return server.baseUrl;
}

interface Me {
  user: { cadreId: string | null };
  csrfToken: string;
}

async function me(page: Page): Promise<Me> {
  const res = await page.request.get(`${base()}/api/v1/me`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Me;
}

async function signInAs(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await login(page, base(), username, adminPassword);
}

const statusTag = (page: Page) => page.locator('[data-testid=task-list-card] [data-testid=task-list-status]');

/** Waits (up to the locator timeout, not the 1 s of expect.poll) until the element shows the text. */
async function waitForText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

function shanghaiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

describe('contact', () => {
  it('the cadre proposes, the head approves and locks, a lecture moves the progress', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signInAs(page, 'ganbu');
      const cadreId = (await me(page)).user.cadreId;
      if (!cadreId) throw new Error('ganbu is not linked to a cadre');

      // C3 个人提: the four items, the research topic and two concrete tasks.
      await page.getByRole('menuitem', { name: '联系青年' }).click();
      await page.locator('[data-testid=task-list-form]').waitFor();
      expect(await statusTag(page).innerText()).toBe('未填写');
      await page.locator('[data-testid=item-text-lecture]').fill('在联系点青年之家开展 4 次主题团课');
      await page.locator('[data-testid=item-text-talk]').fill('走访基层青年 10 次，面对面交流 100 名青年');
      await page.locator('[data-testid=item-text-research]').fill('上半年走访、下半年成文');
      await page.locator('[data-testid=item-text-advance]').fill('督导联系点落实“三会两制一课”');
      await page.locator('[data-testid=research-topic]').fill('新兴领域青年的组织覆盖');
      await page.locator('[data-testid=concrete-task-0]').fill('指导联系点建立青年之家活动台账');
      await page.locator('[data-testid=concrete-task-1]').fill('推动一家非公企业建立团支部');
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'contact-tasklist-form');
      await page.locator('[data-testid=submit-task-list]').click();
      await waitForText(statusTag(page), '待审批');

      // C2: three contact points, nearest the organ's seat first, each with its source.
      await page.locator('[data-testid=pick-points]').click();
      const rows = page.locator('.ant-modal [data-testid=point-candidates] .ant-table-row');
      await rows.first().waitFor();
      expect(await rows.first().innerText()).toContain('机关所在县区');
      for (const i of [0, 1, 2]) await rows.nth(i).click();
      expect(await page.locator('[data-testid=points-chosen-count]').innerText()).toContain('已选 3 个');
      await screenshot(page, 'contact-points-picker', false);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      const points = page.locator('[data-testid=contact-points] .ant-list-item');
      await points.nth(2).waitFor();
      expect(await points.count()).toBe(3);
      expect(await points.first().innerText()).toContain('个人联系');

      // C3 共同定: the head of 组织部 approves the list.
      await signInAs(page, 'buzhang');
      await page.goto(`${base()}/contact/department`);
      await page.locator(`[data-testid=review-${cadreId}]`).click();
      await page.locator('[data-testid=approve-list]').waitFor();
      await screenshot(page, 'contact-department-review', false);
      await page.locator('[data-testid=approve-list]').click();
      await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
      await waitForText(page.locator('.ant-drawer-open [data-testid=task-list-status]'), '已通过（锁定）');

      // The cadre sees the list locked: read-only, with a change request instead of a form.
      await signInAs(page, 'ganbu');
      await page.goto(`${base()}/contact/tasks`);
      await waitForText(statusTag(page), '已通过（锁定）');
      await page.locator('[data-testid=request-change]').waitFor();
      expect(await page.locator('[data-testid=task-list-form]').count()).toBe(0);
      expect(await page.locator('[data-testid=task-list-details]').innerText()).toContain(
        '推动一家非公企业建立团支部',
      );

      // A1/L7: the lecture quota before and after a lecture is logged (through the work-log API).
      await page.goto(`${base()}/contact/progress`);
      const lectures = page.locator('[data-testid=actual-lectures]');
      await lectures.waitFor();
      expect(await lectures.innerText()).toBe('0');
      const year = shanghaiToday().slice(0, 4);
      expect(await lectures.getAttribute('href')).toBe(`/logs?count=lectures&year=${year}`);
      const session = await me(page);
      const logged = await page.request.post(`${base()}/api/v1/logs`, {
        headers: { 'X-CSRF-Token': session.csrfToken },
        data: {
          dateFrom: shanghaiToday(),
          type: 'lecture',
          mode: 'face_to_face',
          countyCode: '430102',
          content: '在青年之家讲授主题团课',
          audience: 40,
          taskItems: ['lecture'],
        },
      });
      expect(logged.status()).toBe(200);
      await page.reload();
      await waitForText(page.locator('[data-testid=actual-lectures]'), '1');
      expect(await page.locator('[data-testid=actual-lectures]').innerText()).toBe('1');
      expect(await page.locator('[data-testid=quota-lectures]').innerText()).toMatch(
        /达到进度|略有滞后|明显滞后/,
      );
      await page.locator('[data-testid=week-obligation]').waitFor();
      await screenshot(page, 'contact-progress');
    } finally {
      await browser.close();
    }
  });

  it('shows the locked task list on a 375×667 phone without sideways scrolling', async () => {
    const browser = await launchBrowser({ width: 375, height: 667 });
    try {
      const page = await browser.context.newPage();
      await login(page, base(), 'ganbu', adminPassword);
      await page.goto(`${base()}/contact/tasks`);
      await page.locator('[data-testid=task-list-details]').waitFor();
      await page.locator('[data-testid=contact-points] .ant-list-item').first().waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'contact-tasklist-mobile');
    } finally {
      await browser.close();
    }
  });

  it('the organization department sets a one-third start year and sees who has not submitted plans', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await login(page, base(), 'admin', adminPassword);
      await page.goto(`${base()}/contact`);
      const form = page.locator('[data-testid=rule-set-form]');
      await form.waitFor();
      await waitForText(form, '本年度要求 60');
      await form.locator('.ant-select').first().click();
      await page.locator('.ant-select-item-option').filter({ hasText: '33.3%' }).click();
      await waitForText(form, '本年度要求 20');
      await page.locator('[data-testid=save-rule-set]').click();
      await waitForText(page.locator('.ant-message'), '已保存');
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'contact-organ-rules');

      await page.locator('[data-testid=organ-sections]').getByText('部门方案').click();
      const plans = page.locator('[data-testid=plans]');
      await waitForText(plans.locator('.ant-table-row'), '组织部');
      expect(await plans.locator('.ant-table-row').filter({ hasText: '组织部' }).innerText()).toMatch(
        /未提交|逾期未提交/,
      );
      await screenshot(page, 'contact-organ-plans');
    } finally {
      await browser.close();
    }
  });
});
