'use strict';
// The console in a real browser: listing, a key, usage per key, a quick mock made from the form, its calls.
// Usage: node console.test.js <application URL ending in /mockhost/> <admin key>
const { run, expect } = require('./browser');
const [base, adminKey] = process.argv.slice(2);
const name = 'browser-' + Date.now().toString(36);

run([
  ['lists public mocks without a key', async (browser) => {
    const page = await browser.newPage();
    await page.goto(base + 'console/');
    expect(page.url().endsWith('/console/index.html'), 'redirected to the page: ' + page.url());
    await page.waitForSelector('#mocks tr[data-mock="petstore"]', { timeout: 10000 });
    await page.close();
  }],
  ['a key shows its usage and, for an admin, every key', async (browser) => {
    const page = await browser.newPage();
    await page.goto(base + 'console/index.html');
    await page.fill('#key', adminKey);
    await page.click('#use-key');
    await page.waitForFunction(() => document.getElementById('who').textContent.includes('(admin)'));
    await page.waitForSelector('#keys:not([hidden]) tbody tr', { timeout: 10000 });
    const usage = await page.textContent('#usage');
    expect(/calls/.test(usage), 'usage shown: ' + usage);
    await page.close();
  }],
  ['the quick mock form creates a mock that answers and whose calls show', async (browser) => {
    const page = await browser.newPage();
    await page.goto(base + 'console/index.html');
    await page.fill('#key', adminKey);
    await page.click('#use-key');
    await page.fill('#quick-name', name);
    await page.selectOption('#quick-method', 'POST');
    await page.fill('#quick-path', '/hello');
    await page.fill('#quick-status', '201');
    await page.fill('#quick-body', '{"id": "{{$guid}}"}');
    await page.click('#quick-create');
    await page.waitForFunction(() => document.getElementById('quick-result').textContent.startsWith('Created'));
    const status = await page.evaluate(async (url) => (await fetch(url, { method: 'POST' })).status,
      base + name + '/hello');
    expect(status === 201, 'the new mock answers 201, got ' + status);
    await page.click('#mocks tr[data-mock="' + name + '"]');
    await page.waitForFunction(() => [...document.querySelectorAll('#calls tbody tr')]
      .some(row => row.textContent.includes('/hello') && row.textContent.includes('201')), null, { timeout: 10000 });
    await page.close();
  }],
  ['a refused quick mock shows the error and its field', async (browser) => {
    const page = await browser.newPage();
    await page.goto(base + 'console/index.html');
    await page.fill('#key', adminKey);
    await page.click('#use-key');
    await page.fill('#quick-name', name);
    await page.click('#quick-create');
    await page.waitForSelector('#quick-result.bad');
    const text = await page.textContent('#quick-result');
    expect(text.includes('exists already'), 'the conflict is shown: ' + text);
    await page.close();
  }],
  ['data is shown as text, never run as HTML', async (browser) => {
    const page = await browser.newPage();
    let alerted = false;
    page.on('dialog', async (dialog) => { alerted = true; await dialog.dismiss(); });
    await page.goto(base + 'console/index.html');
    await page.fill('#key', adminKey);
    await page.click('#use-key');
    await page.fill('#quick-name', 'x' + Date.now().toString(36));
    await page.fill('#quick-path', '/<img src=x onerror=alert(1)>');
    await page.click('#quick-create');
    await page.waitForSelector('#quick-result');
    await page.waitForTimeout(500);
    expect(!alerted, 'no script ran');
    await page.close();
  }],
]);
