'use strict';
// Browsers on another origin calling mocks: the browser itself sends the preflights and enforces the answers.
// Usage: node cors.test.js <application URL ending in /mockhost/> <a page URL on another origin> <a key's secret>
// <a private mock's name>
const { run, expect } = require('./browser');
const [base, otherOrigin, secret, privateMock] = process.argv.slice(2);

async function fromOtherOrigin(browser, script, arg) {
  const page = await browser.newPage();
  await page.goto(otherOrigin);
  const result = await page.evaluate(script, arg);
  await page.close();
  return result;
}

run([
  ['a simple GET from another origin reads the answer and its exposed headers', async (browser) => {
    const result = await fromOtherOrigin(browser, async (url) => {
      const response = await fetch(url);
      return { status: response.status, next: response.headers.get('X-Next-Page'), body: await response.text() };
    }, base + 'petstore/pets?limit=1');
    expect(result.status === 200, 'status ' + result.status);
    expect(result.next === '2', 'X-Next-Page is exposed to the page: ' + result.next);
    expect(result.body.includes('Rex'), 'body read');
  }],
  ['x-mock-* headers pass the preflight', async (browser) => {
    const result = await fromOtherOrigin(browser, async (url) => {
      const response = await fetch(url, { headers: { 'x-mock-response-code': '404' } });
      return { status: response.status, body: await response.text() };
    }, base + 'petstore/pets/7');
    expect(result.status === 404, 'the 404 example, chosen by the header: ' + result.status);
    expect(result.body.includes('no pet with id 999'), result.body);
  }],
  ['x-api-key passes the preflight and opens a private mock', async (browser) => {
    const result = await fromOtherOrigin(browser, async ([url, key]) => {
      const without = await fetch(url);
      const withKey = await fetch(url, { headers: { 'x-api-key': key } });
      return { without: without.status, withKey: withKey.status };
    }, [base + privateMock + '/thing', secret]);
    expect(result.without === 401, 'without a key: ' + result.without);
    expect(result.withKey === 200, 'with a key: ' + result.withKey);
  }],
  ['a JSON POST, a non-simple request, gets through', async (browser) => {
    const status = await fromOtherOrigin(browser, async (url) => (await fetch(url, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: '{"name": "Rex"}' })).status, base + 'petstore/pets');
    expect(status === 201, 'status ' + status);
  }],
  ['a credentialed call is refused by the browser while credentials are off', async (browser) => {
    const outcome = await fromOtherOrigin(browser, async (url) => {
      try {
        await fetch(url, { credentials: 'include' });
        return 'read';
      } catch (refused) {
        return 'refused';
      }
    }, base + 'petstore/pets');
    expect(outcome === 'refused', 'Access-Control-Allow-Origin: * does not admit credentials: ' + outcome);
  }],
]);
