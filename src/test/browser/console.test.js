'use strict';
// The console in a real browser, as a front-end developer and an admin use it.
// Usage: node console.test.js <application URL ending in /mockhost/> <admin key> <the server's mounted directory>
// <folder for screenshots>
const fs = require('fs');
const http = require('http');
const path = require('path');
const { run, expect } = require('./browser');
const [base, adminKey, home, shots] = process.argv.slice(2);
const tag = Date.now().toString(36);
const WIDE = { width: 1300, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The management API, from node, as the admin. */
async function api(method, route, body, key = adminKey) {
  const response = await fetch(base + 'api/' + route, { method, headers: { 'x-api-key': key,
    'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, text };
}

async function mockCall(route, options = {}) {
  const response = await fetch(base + route, options);
  return { status: response.status, body: await response.text() };
}

/** A page that counts CSP violations and dialogs, on the console, with a key in use (or none). */
async function consolePage(browser, key, viewport = WIDE) {
  const page = await browser.newPage({ viewport });
  page.violations = [];
  page.dialogs = 0;
  page.on('dialog', async (dialog) => { page.dialogs += 1; await dialog.dismiss(); });
  await page.exposeFunction('reportViolation', (text) => page.violations.push(text));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (event) => window.reportViolation(event.violatedDirective + ' ' + event.blockedURI)));
  page.mainResponse = await page.goto(base + 'console/index.html');
  if (key) {
    await page.fill('#key', key);
    await page.click('#use-key');
    await page.waitForFunction(() => /\(\w+\)$/.test(document.getElementById('who').textContent));
  }
  return page;
}

async function openMock(page, name) {
  await page.click('#mocks button[data-mock="' + name + '"]', { timeout: 10000 });
  await page.waitForFunction((n) => document.getElementById('mock-title').textContent === n, name);
  await page.waitForSelector('#examples li.example, #examples li.muted');
}

/** What scrolls sideways, or ends past its panel's right edge, on the page as it is now. */
async function sideways(page) {
  return page.evaluate(() => {
    const wide = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      wide.push('the page: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
    }
    for (const panel of document.querySelectorAll('.panel')) {
      if (panel.hidden) continue;
      for (const box of [panel, ...panel.querySelectorAll('*')]) {
        if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible'
          && box.clientWidth > 0) {
          wide.push(panel.id + ' ' + box.tagName + '.' + box.className + ' scrolls sideways: ' + box.scrollWidth
            + ' > ' + box.clientWidth);
        }
      }
      const edge = panel.getBoundingClientRect().right + 1;
      for (const node of panel.querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width && box.right > edge) {
          wide.push(panel.id + ' ' + node.tagName + '.' + node.className + ' ends at ' + Math.round(box.right)
            + ' > ' + Math.round(edge));
          break;
        }
      }
    }
    return wide;
  });
}

function collection(name, items) {
  return { collection: { info: { name }, item: items } };
}

/** A tiny upstream on 127.0.0.1 (the test server's mockhost.proxy.allowedHosts): 201 and what it was asked. */
async function startUpstream() {
  const server = http.createServer((request, response) => {
    response.writeHead(201, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ from: 'upstream', method: request.method, path: request.url }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A collection named like the mock serving it, with one example at GET /thing, and that mock, made as the admin. */
async function collectionAndMock(name) {
  const made = await api('POST', 'collections', collection(name, [item('r', 'GET', '/thing',
    [{ name: 'ok', code: 200, body: '{}' }])]));
  expect(made.status === 200, 'collection: ' + made.text);
  const mock = await api('POST', 'mocks', { mock: { name: name + '-mock', collection: made.json.collection.id } });
  expect(mock.status === 200, 'mock: ' + mock.text);
  return name + '-mock';
}

function item(name, method, url, responses) {
  return { name, request: { method, url }, response: responses.map((r) => Object.assign({
    originalRequest: { method, url }, header: [{ key: 'Content-Type', value: r.type || 'application/json' }] }, r)) };
}

run([
  ['without a key, a public mock opens to its examples, each with its URL, header and curl line', async (browser) => {
    const page = await consolePage(browser, null);
    expect(page.url().endsWith('/console/index.html'), 'the page: ' + page.url());
    await openMock(page, 'petstore');
    const first = await page.$eval('#examples li.example', (li) => ({
      text: li.textContent, codes: [...li.querySelectorAll('code')].map((c) => c.textContent) }));
    expect(first.codes.some((c) => c.startsWith(base + 'petstore/')), 'the full URL: ' + first.codes);
    expect(first.codes.some((c) => c.startsWith('x-mock-response-id: ')), 'the header that picks it');
    const curl = first.codes.find((c) => c.startsWith('curl '));
    expect(curl && curl.includes(base + 'petstore/'), 'a curl line: ' + curl);
    const count = await page.$$eval('#examples li.example', (items) => items.length);
    expect(count === 10, 'every example of petstore: ' + count);
    await page.close();
  }],
  ['an admin sees its usage and every key; a key made here shows its secret once, takes a quota, is revoked',
    async (browser) => {
      const page = await consolePage(browser, adminKey);
      await page.waitForSelector('#keys-panel:not([hidden]) #keys li.key');
      expect(/calls/.test(await page.textContent('#usage')), 'usage shown');
      const name = 'console-key-' + tag;
      await page.fill('#new-key-name', name);
      await page.selectOption('#new-key-role', 'viewer');
      await page.fill('#new-key-grants', 'petstore=view');
      await page.click('#new-key-create');
      await page.waitForSelector('#new-secret:not([hidden])');
      const secret = (await page.textContent('#new-secret-value')).trim();
      expect((await api('GET', 'me', undefined, secret)).status === 200, 'the secret shown is the key');
      const row = '#keys li.key[data-key="' + name + '"]';
      await page.waitForSelector(row);
      await page.fill(row + ' input[type=number]', '7');
      await page.click(row + ' button:text("Save")');
      await page.waitForFunction((r) => document.querySelector(r) && document.querySelector(r).textContent
        .includes('0 calls of 7'), row);
      expect((await api('GET', 'keys/' + name)).json.key.monthlyQuota === 7, 'the quota was stored');
      await page.click(row + ' button.danger');
      await page.click(row + ' button.danger');
      await page.waitForSelector(row, { state: 'detached' });
      expect((await api('GET', 'me', undefined, secret)).status === 401, 'revoked');
      await page.reload();
      expect(await page.isHidden('#new-secret'), 'the secret is shown once, not again');
      await page.close();
    }],
  ['a quick mock answers; its calls show why, a miss the nearest example and the rule it failed', async (browser) => {
    const page = await consolePage(browser, adminKey);
    const name = 'quick-' + tag;
    await page.fill('#quick-name', name);
    await page.selectOption('#quick-method', 'POST');
    await page.fill('#quick-path', '/hello');
    await page.fill('#quick-status', '201');
    await page.click('#quick-create');
    await page.waitForFunction(() => document.getElementById('quick-result').textContent.startsWith('Created'));
    await page.waitForFunction((n) => document.getElementById('mock-title').textContent === n, name);
    expect((await mockCall(name + '/hello', { method: 'POST' })).status === 201, 'the new mock answers 201');
    expect((await mockCall(name + '/helo', { method: 'POST' })).status === 404, 'a miss');
    await page.waitForFunction(() => [...document.querySelectorAll('#calls li.call')].some((li) =>
      li.textContent.includes('/helo') && li.textContent.includes('no example matched')
      && li.textContent.includes('path segment 1: saved "hello", the call has "helo"')), null, { timeout: 10000 });
    await page.waitForFunction(() => [...document.querySelectorAll('#calls li.call')].some((li) =>
      li.textContent.includes('/hello') && li.textContent.includes('score 100')));
    await page.close();
  }],
  ['older calls stay when the log refreshes, and new calls come on top', async (browser) => {
    const name = 'quick-' + tag;
    for (let i = 0; i < 60; i += 1) await mockCall(name + '/hello?n=' + i, { method: 'POST' });
    const page = await consolePage(browser, adminKey);
    await openMock(page, name);
    await page.waitForFunction(() => document.querySelectorAll('#calls li.call').length === 50);
    await page.click('#more-calls');
    await page.waitForFunction(() => document.querySelectorAll('#calls li.call').length > 50);
    const loaded = await page.$$eval('#calls li.call', (items) => items.length);
    await mockCall(name + '/hello?n=newest', { method: 'POST' });
    await page.waitForFunction(() => document.querySelector('#calls li.call').textContent.includes('n=newest'),
      null, { timeout: 10000 });
    await page.waitForTimeout(2500);
    const after = await page.$$eval('#calls li.call', (items) => items.length);
    expect(after === loaded + 1, 'older pages kept through refreshes: ' + loaded + ' then ' + after);
    await page.close();
  }],
  ['a refused quick mock shows the error', async (browser) => {
    const page = await consolePage(browser, adminKey);
    await page.fill('#quick-name', 'quick-' + tag);
    await page.click('#quick-create');
    await page.waitForSelector('#quick-result.bad');
    const text = await page.textContent('#quick-result');
    expect(text.includes('exists already'), 'the conflict is shown: ' + text);
    await page.close();
  }],
  ['an editor makes a mock private and public, and turns a server response on and off', async (browser) => {
    const name = 'edited-' + tag;
    expect((await api('POST', 'collections', collection(name, [item('r', 'GET', '/thing',
      [{ name: 'ok', code: 200, body: '{}' }])]))).status === 200, 'collection');
    expect((await api('POST', 'mocks', { mock: { name: name + '-mock', collection: name } })).status === 200, 'mock');
    const down = await api('POST', 'mocks/' + name + '-mock/server-responses',
      { serverResponse: { name: 'Down for maintenance', statusCode: 503, body: 'down' } });
    expect(down.status === 200, 'server response: ' + down.text);
    const editor = await api('POST', 'keys', { key: { name: 'editor-' + tag, role: 'editor',
      grants: { [name]: 'edit' } } });
    const page = await consolePage(browser, editor.json.key.secret);
    await openMock(page, name + '-mock');
    await page.click('#publish');
    await page.waitForSelector('#mocks button[data-mock="' + name + '-mock"] .badge.private');
    expect((await mockCall(name + '-mock/thing')).status === 401, 'private now: a call needs a key');
    await page.click('#publish');
    await page.waitForSelector('#mocks button[data-mock="' + name + '-mock"] .badge:not(.private)');
    await page.click('#server-response-list button:text("Turn on")');
    await page.waitForSelector('#server-response-list button.on');
    expect((await mockCall(name + '-mock/thing')).status === 503, 'the server response answers');
    await page.click('#server-response-list button.on');
    await page.waitForSelector('#server-response-list button:not(.on)');
    expect((await mockCall(name + '-mock/thing')).status === 200, 'the examples answer again');
    await page.close();
  }],
  ['mocks and file errors refresh when the directory reloads, without reloading the page', async (browser) => {
    const page = await consolePage(browser, null);
    await page.waitForSelector('#mocks button[data-mock="petstore"]');
    const file = path.join(home, 'collections', 'console-' + tag + '.json');
    const broken = path.join(home, 'collections', 'broken-' + tag + '.json');
    fs.writeFileSync(file + '.tmp', JSON.stringify(collection('c', [item('r', 'GET', '/x',
      [{ name: 'e', code: 200, body: 'x' }])]).collection));
    fs.renameSync(file + '.tmp', file);
    fs.writeFileSync(broken + '.tmp', '{"info": {"name": "broken"}, "item": [');
    fs.renameSync(broken + '.tmp', broken);
    try {
      await page.waitForSelector('#mocks button[data-mock="console-' + tag + '"]', { timeout: 15000 });
      await page.waitForFunction((t) => document.getElementById('problems').textContent
        .includes('collections/broken-' + t + '.json:1:'), tag, { timeout: 15000 });
    } finally {
      fs.rmSync(broken, { force: true });
      fs.rmSync(file, { force: true });
    }
    await page.waitForSelector('#mocks button[data-mock="console-' + tag + '"]', { state: 'detached', timeout: 15000 });
    await page.close();
  }],
  ['what the server holds shows as text: a saved <script> or <img onerror> never runs; the CSP is sent',
    async (browser) => {
      const name = 'hostile-' + tag;
      const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      expect((await api('POST', 'collections', collection(name, [item(hostile, 'GET', '/page',
        [{ name: '<img src=x onerror=alert(3)>', code: 200, body: hostile, type: 'text/html' }])]))).status === 200,
      'collection');
      const page = await consolePage(browser, adminKey);
      const policy = page.mainResponse.headers()['content-security-policy'] || '';
      expect(policy.includes("script-src 'self'") && policy.includes("style-src 'self'")
        && policy.includes("frame-ancestors 'none'"), 'the policy: ' + policy);
      expect(page.mainResponse.headers()['x-content-type-options'] === 'nosniff', 'nosniff');
      await openMock(page, name);
      expect((await mockCall(name + '/page')).body === hostile, 'the mock answers the saved body');
      await page.waitForSelector('#calls li.call details');
      await page.click('#calls li.call details summary');
      const shown = await page.$$eval('#calls li.call pre.body', (pres) => pres.map((p) => p.textContent));
      expect(shown.some((text) => text.includes(hostile)), 'the body shows as text: ' + shown);
      const example = await page.textContent('#examples li.example');
      expect(example.includes('<img src=x onerror=alert(3)>'), 'the example name shows as text: ' + example);
      expect(await page.$$eval('main img, main script', (nodes) => nodes.length) === 0, 'no element was made');
      await page.waitForTimeout(500);
      expect(page.dialogs === 0, 'no script ran');
      expect(page.violations.length === 0, 'the console itself needs no exception to the policy: '
        + page.violations);
      await page.close();
    }],
  ['an admin points a mock at an upstream in record mode: a miss is answered by it, the call is badged "recorded",'
    + ' the recorded example appears; a bad target shows the API\'s error', async (browser) => {
    const upstream = await startUpstream();
    try {
      const target = 'http://127.0.0.1:' + upstream.address().port;
      const mock = await collectionAndMock('upstream-' + tag);
      const page = await consolePage(browser, adminKey);
      await openMock(page, mock);
      await page.waitForSelector('#upstream-form:not([hidden])');
      expect(await page.textContent('#mock-upstream') === 'none', 'no upstream yet');
      await page.selectOption('#upstream-mode', 'passthrough');
      await page.fill('#upstream-target', 'ftp://127.0.0.1/');
      await page.click('#upstream-save');
      await page.waitForSelector('#upstream-result.bad');
      const refused = await page.textContent('#upstream-result');
      expect(refused.includes('http or https URL'), 'the API\'s message: ' + refused);
      await page.selectOption('#upstream-mode', 'record');
      await page.fill('#upstream-target', target);
      await page.click('#upstream-save');
      await page.waitForFunction((t) => document.getElementById('mock-upstream').textContent === 'record → ' + t,
        target);
      expect(await page.isHidden('#upstream-warning'), '127.0.0.1 is allowed: no warning');
      expect((await api('GET', 'mocks/' + mock)).json.mock.proxy.mode === 'record', 'stored');
      const answer = await mockCall(mock + '/orders/42');
      expect(answer.status === 201 && JSON.parse(answer.body).path === '/orders/42', 'the upstream answers: '
        + answer.status + ' ' + answer.body);
      await page.waitForFunction(() => [...document.querySelectorAll('#calls li.call')].some((li) =>
        li.textContent.includes('/orders/42') && li.querySelector('.call-head .badge.type-recorded')
        && li.querySelector('.call-head .badge.type-recorded').textContent === 'recorded'
        && li.querySelector('.call-head .name').textContent === 'upstream'
        && li.querySelector('.why .summary').textContent.includes('recorded as "Recorded 1"')), null,
      { timeout: 10000 });
      await page.waitForFunction(() => [...document.querySelectorAll('#examples li.example .name')]
        .some((name) => name.textContent === 'Recorded 1'), null, { timeout: 15000 });
      expect(page.violations.length === 0, 'no policy violation: ' + page.violations);
      fs.mkdirSync(shots, { recursive: true });
      await page.locator('main').screenshot({ path: path.join(shots, 'upstream-recorded-1300.png') });
      await page.close();
    } finally {
      await new Promise((resolve) => upstream.close(resolve));
    }
  }],
  ['an upstream off mockhost.proxy.allowedHosts is warned of, without sideways scroll at 390 px; without a key'
    + ' nothing of upstreams shows', async (browser) => {
      const mock = await collectionAndMock('elsewhere-' + tag);
      const set = await api('PUT', 'mocks/' + mock, { mock: { proxy: { target: 'http://not-allowed.example.test',
        mode: 'passthrough' } } });
      expect(set.status === 200 && set.json.mock.proxy.allowed === false, 'set, not allowed: ' + set.text);
      const page = await consolePage(browser, adminKey, PHONE);
      await openMock(page, mock);
      await page.waitForSelector('#upstream-warning:not([hidden])');
      const row = await page.textContent('#upstream-fact');
      expect(row.includes('passthrough → http://not-allowed.example.test')
        && row.includes('mockhost.proxy.allowedHosts does not list not-allowed.example.test'), 'the row: ' + row);
      const overflow = await sideways(page);
      expect(overflow.length === 0, 'at 390 px: ' + overflow.join('; '));
      fs.mkdirSync(shots, { recursive: true });
      await page.locator('#mock').screenshot({ path: path.join(shots, 'upstream-warning-390.png') });
      await page.close();
      const anonymous = await consolePage(browser, null);
      await openMock(anonymous, mock);
      await anonymous.waitForTimeout(500);
      expect(await anonymous.isHidden('#upstream-fact') && await anonymous.isHidden('#upstream-form'),
        'no upstream row or form without a key');
      const shown = await anonymous.textContent('#mock');
      expect(!shown.includes('not-allowed.example.test'), 'the mock shows no upstream host without a key: ' + shown);
      await anonymous.close();
      // its warning would stand in every later status page of the shared server
      expect((await api('DELETE', 'mocks/' + mock)).status === 200, 'the mock deleted');
    }],
  ['no panel scrolls sideways at 1300 px or at 390 px; screenshots of the main screens', async (browser) => {
    fs.mkdirSync(shots, { recursive: true });
    for (const [label, viewport] of [['1300', WIDE], ['390', PHONE]]) {
      const page = await consolePage(browser, adminKey, viewport);
      await openMock(page, 'petstore');
      await mockCall('petstore/pets/7');
      await mockCall('petstore/pets/7/toys');
      await page.waitForFunction(() => document.querySelectorAll('#calls li.call').length >= 2);
      await page.waitForSelector('#keys li.key');
      const overflow = await sideways(page);
      expect(overflow.length === 0, 'at ' + label + ' px: ' + overflow.join('; '));
      await page.screenshot({ path: path.join(shots, 'console-' + label + '.png'), fullPage: true });
      await page.close();
    }
  }],
]);
