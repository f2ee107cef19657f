'use strict';
// Debian's Chromium, headless, with the flags this workplace needs (no sandbox as root, no background traffic).
const { chromium } = require('playwright-core');
// Playwright starts Chromium on a new, empty profile of its own every time.
async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Runs checks, prints one JSON line with what passed, exits 1 on the first failure. */
async function run(checks) {
  const browser = await launch();
  const passed = [];
  try {
    for (const [name, check] of checks) {
      await check(browser);
      passed.push(name);
    }
    console.log(JSON.stringify({ passed }));
  } catch (error) {
    console.log(JSON.stringify({ passed, failed: String(error && error.stack || error) }));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

module.exports = { run, expect };
