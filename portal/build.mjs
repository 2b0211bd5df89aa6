// Builds the developer portal into portal/target/site: the page, Redoc (vendored from tools/contracts/node_modules, so
// the site works offline), the three HTTP contracts and the event catalogue as JSON. Run: node portal/build.mjs
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const tools = join(root, 'tools', 'contracts');
const require = createRequire(join(tools, 'package.json'));
const yaml = require('js-yaml');
const site = join(here, 'target', 'site');

rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'contracts', 'events', 'schemas'), { recursive: true });
cpSync(join(here, 'index.html'), join(site, 'index.html'));
cpSync(join(here, 'portal.js'), join(site, 'portal.js'));
cpSync(join(here, 'portal.css'), join(site, 'portal.css'));
// Redoc's footer fetches its logo from a CDN: point it at a local copy, so the page makes no request off the host.
const redoc = readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
if (!redoc.includes('https://cdn.redoc.ly/redoc/logo-mini.svg')) throw new Error('Redoc no longer fetches its logo');
writeFileSync(join(site, 'redoc.standalone.js'), redoc.replace('https://cdn.redoc.ly/redoc/logo-mini.svg', 'redoc-logo.svg'));
writeFileSync(join(site, 'redoc-logo.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" rx="3" fill="#005eb8"/></svg>');

const services = ['framework-service', 'assessment-service', 'supervision-service'];
for (const service of services) {
  const source = readFileSync(join(root, 'openapi', `${service}.yaml`), 'utf8');
  writeFileSync(join(site, 'contracts', `${service}.yaml`), source);
  writeFileSync(join(site, 'contracts', `${service}.json`), JSON.stringify(yaml.load(source)));
  const events = readFileSync(join(root, 'openapi', 'events', `${service}.asyncapi.yaml`), 'utf8');
  writeFileSync(join(site, 'contracts', 'events', `${service}.asyncapi.yaml`), events);
  writeFileSync(join(site, 'contracts', 'events', `${service}.asyncapi.json`), JSON.stringify(yaml.load(events)));
}
const schemas = {};
for (const file of readdirSync(join(root, 'openapi', 'events', 'schemas'))) {
  const text = readFileSync(join(root, 'openapi', 'events', 'schemas', file), 'utf8');
  writeFileSync(join(site, 'contracts', 'events', 'schemas', file), text);
  schemas[file.replace(/\.json$/, '')] = JSON.parse(text);
}
writeFileSync(join(site, 'contracts', 'events', 'schemas.json'), JSON.stringify(schemas));
writeFileSync(join(site, 'contracts', 'index.json'), JSON.stringify({ services }));
console.log(`portal built in ${site}`);
