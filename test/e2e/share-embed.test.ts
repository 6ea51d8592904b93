/**
 * Share, cite and embed a chart, in the browser: the block opens from the keyboard, copies the citation with one click,
 * reads without JavaScript, carries the view in the address into the permalink; the embed code works on another
 * site's page (the iframe is sized by the embed's height message, so it never scrolls inside), while an ordinary page
 * refuses to be framed (the _headers rules, which the test server applies as a host would).
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: http.Server;
let hostUrl = '';
let hostHtml = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // Another origin standing in for a site that embeds our chart.
  host = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => host?.close(r));
});

describe('share and cite', () => {
  it('opens from the keyboard and copies the citation with one click', async () => {
    const { context, page, problems } = await openPage(browser, `${baseUrl}charts/ms-profit/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const summary = page.locator('.chart-share summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.chart-share').getAttribute('open')).not.toBeNull();
    const citation = await page.locator('[data-share-citation]').innerText();
    const title = (await page.locator('main h1').innerText()).trim();
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(citation).toMatch(new RegExp(`^Grey Zone, “${escaped}” \\(chart\\), data to .+\\. https://greyzone\\.example/charts/ms-profit/$`));
    await page.getByRole('button', { name: 'Copy citation' }).press('Enter');
    await page.waitForFunction(() => /copied/.test(document.querySelector('[data-share-status]')?.textContent ?? ''));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(await page.locator('[data-share-status]').innerText()).toBe('Citation copied.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('carries the view in the address into the permalink', async () => {
    const { context, page } = await openPage(browser, `${baseUrl}charts/uk-cyber-timeline/?org=baltic`);
    await page.locator('.chart-share summary').click();
    // The share script fills the view in when it runs; a slow machine may open the box first.
    await expect
      .poll(() => page.locator('[data-share-permalink]').getAttribute('href'), { timeout: 10_000 })
      .toBe('https://greyzone.example/charts/uk-cyber-timeline/?org=baltic');
    expect(await page.locator('[data-share-citation]').innerText()).toContain('/charts/uk-cyber-timeline/?org=baltic');
    await context.close();
  });

  it('reads without JavaScript: link, citation and embed code are on the page, copy buttons are not', async () => {
    const { context, page } = await openPage(browser, `${baseUrl}articles/marks-and-spencer-hack-cost/`, { javaScriptEnabled: false });
    const block = page.locator('.chart-share').first();
    await block.locator('summary').click();
    expect(await block.locator('[data-share-citation]').innerText()).toMatch(/^Grey Zone, “.+” \(chart\)/);
    expect(await block.locator('textarea').inputValue()).toMatch(/^<iframe src="https:\/\/greyzone\.example\/embed\/[\w-]+\/"/);
    expect(await block.locator('button').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('embed', () => {
  it('works inside another site: the iframe takes the embed page\'s height, so it never scrolls', async () => {
    const { context, page } = await openPage(browser, `${baseUrl}charts/ms-profit/`, { javaScriptEnabled: false });
    const code = await page.locator('.chart-share textarea').inputValue();
    const title = (await page.locator('main h1').innerText()).trim();
    await context.close();
    // The embed code names the public site; point it at the test server, the way a deployed site would answer.
    const origin = new URL(baseUrl).origin;
    hostHtml = `<!doctype html><title>Host</title><h1>A host page</h1>${code.replaceAll('https://greyzone.example', origin)}`;
    const host = await openPage(browser, hostUrl);
    const iframe = host.page.locator('iframe[data-grey-zone-embed]');
    await host.page.waitForFunction(() => parseFloat(document.querySelector('iframe')!.style.height) > 200);
    const frame = host.page.frames().find((f) => f.url().includes('/embed/ms-profit/'))!;
    expect((await frame.locator('h1').innerText()).trim()).toBe(title);
    expect(await frame.locator('.embed-foot a').getAttribute('href')).toBe('https://greyzone.example/charts/ms-profit/');
    const { scroll, client } = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect(scroll).toBeLessThanOrEqual(client + 1);
    expect(Math.abs(parseFloat((await iframe.getAttribute('style'))!.match(/height:\s*([\d.]+)px/)![1]!) - client)).toBeLessThanOrEqual(2);
    expect(host.problems).toEqual([]);
    await host.context.close();
  });

  it('an ordinary page refuses to be framed by another site', async () => {
    hostHtml = `<!doctype html><title>Host</title><iframe src="${baseUrl}articles/marks-and-spencer-hack-cost/"></iframe>`;
    const { context, page } = await openPage(browser, hostUrl);
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await framed.evaluate(() => document.querySelector('main h1')?.textContent ?? null).catch(() => null)).toBeNull();
    await context.close();
  });
});
