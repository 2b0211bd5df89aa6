// Opens the built portal in headless Chromium (Debian's chromium, driven by playwright-core): every view loads, each
// HTTP contract is drawn by Redoc with its operations, the event catalogue lists every event schema, and the console
// stays free of errors. Keeps a screenshot per view in portal/target/. Usage: node portal/check.mjs <portal-url>
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'tools', 'contracts', 'package.json'));
const { chromium } = require('playwright-core');

const url = process.argv[2] ?? 'http://127.0.0.1:8090/';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const eventTypes = readdirSync(join(here, '..', 'openapi', 'events', 'schemas')).map((f) => f.replace(/\.json$/, ''));
const failures = [];

function operationsOf(service) {
  const contract = JSON.parse(readFileSync(join(here, 'target', 'site', 'contracts', `${service}.json`), 'utf8'));
  const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
  return Object.values(contract.paths).reduce((n, item) => n + methods.filter((m) => item[m]).length, 0);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (m) => { if (m.type() === 'error') failures.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => failures.push(`request failed: ${r.url()}`));

  await page.goto(url + '#getting-started', { waitUntil: 'load' });
  if (!(await page.isVisible('#getting-started h2'))) failures.push('getting started is not shown');
  await page.screenshot({ path: join(here, 'target', 'portal-getting-started.png') });

  for (const service of ['framework-service', 'assessment-service', 'supervision-service']) {
    await page.goto(url + '#' + service);
    await page.waitForSelector(`#${service}[data-rendered="true"]`, { timeout: 30000 });
    const title = await page.textContent(`#${service} h1`);
    if (!title || !title.includes(service)) failures.push(`${service}: Redoc title is ${title}`);
    // Redoc marks each operation's section "tag/<tag>/operation/<id>" (or ".../paths/<path>/<method>" without an id).
    const operations = await page.$$eval(`#${service} [data-section-id^="tag/"]`,
      (n) => n.filter((e) => /\/(operation|paths)\//.test(e.getAttribute('data-section-id'))).length);
    const expected = operationsOf(service);
    if (operations !== expected) failures.push(`${service}: Redoc drew ${operations} operations of ${expected}`);
    console.log(`${service}: "${title}", ${operations} operations`);
    await page.screenshot({ path: join(here, 'target', `portal-${service}.png`) });
  }

  await page.goto(url + '#events');
  await page.waitForSelector('#catalogue[data-rendered="true"]', { timeout: 30000 });
  const shown = await page.$$eval('[data-event-type]', (n) => n.map((e) => e.dataset.eventType));
  const missing = eventTypes.filter((t) => !shown.includes(t));
  if (missing.length) failures.push(`event catalogue misses ${missing.join(', ')}`);
  console.log(`event catalogue: ${shown.length} event types`);
  await page.screenshot({ path: join(here, 'target', 'portal-events.png'), fullPage: false });
} finally {
  await browser.close();
}

if (failures.length) {
  console.error('portal check failed:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('portal check passed; screenshots in portal/target/');
