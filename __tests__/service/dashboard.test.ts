// The dashboard in real headless Chromium: the chart is drawn (pixels sampled from the saved
// screenshot), the leak table names file:line, the data table carries the same numbers, and
// strings the repository controls are shown as text, never run.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';
import { analyzedReport, sha } from './support/reports.js';

const CHROMIUM = process.env.MEMLEAK_CHROMIUM ?? '/usr/bin/chromium';
const chromiumSkip = existsSync(CHROMIUM) ? false : process.env.CI === 'true' ? false : `Chromium is not installed at ${CHROMIUM}`;
const HOSTILE_TEST = 'tests/test_x.py::test_<img src=x onerror=alert(1)>';
const HOSTILE_FILE = 'app/<script>alert(2)</script>.py';

describe('dashboard in headless Chromium', { skip: chromiumSkip }, () => {
  let h: Harness;
  let browser: Browser;
  const shots = mkdtempSync(join(tmpdir(), 'memleak-dashboard-'));

  before(async () => {
    h = await startHarness({ publicReads: true });
    for (let i = 1; i <= 6; i += 1) {
      const report = analyzedReport([
        { id: 'tests/test_cache.py::test_remember', leakPerOp: 512 * i, file: 'app/cache.py', line: 12, function: 'remember' },
        { id: 'tests/test_cache.py::test_forget' },
        { id: HOSTILE_TEST, leakPerOp: i > 3 ? 300 : 0, file: HOSTILE_FILE, line: 7, code: 'X.append(1)' },
      ]);
      const token = await h.pushToken({ sha: sha(i) });
      const response = await h.request('POST', `/api/v1/repos/acme/widget/reports?committed_at=2026-06-0${i}T12:00:00Z`, { token, body: report });
      assert.equal(response.status, 201, response.text);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  test('the repository page draws the growth chart and lists the leaks with file:line', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    const response = await page.goto(`${h.url}/acme/widget`);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.waitForSelector('html[data-chart="drawn"]', { timeout: 10_000 });

    const leakTable = await page.locator('#leak-table').innerText();
    assert.match(leakTable, /tests\/test_cache\.py::test_remember/);
    assert.match(leakTable, /app\/cache\.py:12/);
    assert.ok(leakTable.includes(`${HOSTILE_FILE}:7`), 'the hostile path is shown as text');
    assert.equal(await page.locator('#leak-table a[href*="/blob/"]').first().getAttribute('href'), `https://github.com/acme/widget/blob/${sha(6)}/app/cache.py#L12`);

    // The table alongside the chart: one row per commit, oldest first, with the same numbers.
    const rows = await page.locator('#growth-table tbody tr').allInnerTexts();
    assert.equal(rows.length, 6);
    assert.ok(rows[0]!.startsWith(sha(1).slice(0, 7)), rows[0]);
    assert.match(rows[5]!, /3\.00 KiB/);
    assert.equal(await page.locator('#growth-table caption').count(), 1);
    assert.ok((await page.locator('canvas#growth-chart').getAttribute('aria-label'))?.includes('6 commit(s)'));
    assert.equal(await page.locator('img').count(), 0, 'no element was injected');
    assert.deepEqual(problems, []);

    const screenshot = join(shots, 'repository.png');
    const png = await page.screenshot({ path: screenshot, fullPage: true });
    const chartBox = (await page.locator('canvas#growth-chart').boundingBox())!;
    // Sample the saved screenshot itself: decode it in a blank page (the dashboard's CSP rightly
    // forbids fetching data: URLs) and count the chart's line colours inside the canvas' box.
    const probe = await browser.newPage();
    const sample = await probe.evaluate(
      async ({ data, box }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const pixels = context.getImageData(Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)).data;
        let red = 0;
        let blue = 0;
        let nonWhite = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
          if (r < 245 || g < 245 || b < 245) nonWhite += 1;
          if (r > 180 && g < 90 && b < 90) red += 1; // #d1242f: the first dataset
          if (r < 60 && g > 80 && g < 140 && b > 190) blue += 1; // #0969da: the second
        }
        return { red, blue, nonWhite, total: pixels.length / 4 };
      },
      { data: png.toString('base64'), box: chartBox },
    );
    await probe.close();
    console.log(`dashboard screenshot: ${screenshot} (chart pixels: ${JSON.stringify(sample)})`);
    assert.ok(sample.red > 200, `the first line is drawn: ${JSON.stringify(sample)}`);
    assert.ok(sample.blue > 100, `the second line is drawn: ${JSON.stringify(sample)}`);
    assert.ok(sample.nonWhite < sample.total * 0.5, 'a chart, not a filled block');
    await page.close();
  });

  test('the repositories page links each repository', async () => {
    const page = await browser.newPage();
    await page.goto(h.url);
    const link = page.locator('a[href="/acme/widget"]');
    assert.equal(await link.innerText(), 'acme/widget');
    await page.screenshot({ path: join(shots, 'repositories.png') });
    await page.close();
  });
});

test('a private dashboard asks for a project token by HTTP Basic auth', async () => {
  const h = await startHarness({ publicReads: false });
  try {
    const denied = await h.request('GET', '/acme/widget');
    assert.equal(denied.status, 401);
    assert.match(denied.headers.get('www-authenticate') ?? '', /^Basic realm="memleak dashboard"/);
    assert.match(denied.text, /reads need a token/);
    const token = await h.pushToken();
    await h.request('POST', '/api/v1/repos/acme/widget/reports', { token, body: analyzedReport([{ id: 't', leakPerOp: 1024 }]) });
    const basic = Buffer.from(`ci:${token}`).toString('base64');
    const allowed = await h.request('GET', '/acme/widget', { headers: { authorization: `Basic ${basic}` } });
    assert.equal(allowed.status, 200, allowed.text);
    const elsewhere = await h.request('GET', '/acme/other', { headers: { authorization: `Basic ${basic}` } });
    assert.equal(elsewhere.status, 403);
  } finally {
    await h.close();
  }
});

test('the chart library is served from the installed package', async () => {
  const h = await startHarness({ publicReads: true });
  try {
    const asset = await h.request('GET', '/assets/chart.umd.js');
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.match(asset.text, /Chart\.js v4/);
  } finally {
    await h.close();
  }
});

test('a repository with several keys links each key, and the page shows the chosen one', async () => {
  const h = await startHarness({ publicReads: true });
  try {
    for (const key of ['py3.11', 'py3.12']) {
      const token = await h.pushToken({ sha: sha(key === 'py3.11' ? 11 : 12) });
      const response = await h.request('POST', `/api/v1/repos/acme/widget/reports?key=${key}`, { token, body: analyzedReport([{ id: `tests/test_${key}.py::test_x`, leakPerOp: 1024 }]) });
      assert.equal(response.status, 201, response.text);
    }
    const first = await h.request('GET', '/acme/widget');
    assert.match(first.text, /key <code>py3\.11<\/code>/);
    assert.match(first.text, /<a href="\/acme\/widget\?branch=main&amp;key=py3\.12">py3\.12<\/a>/);
    assert.ok(first.text.includes('tests/test_py3.11.py::test_x') && !first.text.includes('tests/test_py3.12.py::test_x'));
    const second = await h.request('GET', '/acme/widget?key=py3.12');
    assert.ok(second.text.includes('tests/test_py3.12.py::test_x'));
    const control = await h.request('GET', '/acme/widget?branch=ma%00in');
    assert.equal(control.status, 400);
    const missing = await h.request('GET', '/acme/nothing');
    assert.equal(missing.status, 404);
    assert.match(missing.text, /no reports for acme\/nothing/);
  } finally {
    await h.close();
  }
});
