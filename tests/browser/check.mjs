// Browser, accessibility and HTML-validity check for a built wedid site.
//
// Usage: node tests/browser/check.mjs <output-dir> [--base-path /involvement/] [--serve] [--sample N]
//        node tests/browser/check.mjs <output-dir> --url http://127.0.0.1:8080/involvement/
//   (--serve only serves the site, for looking at a failing page by hand;
//    --url loads the pages from a server that is already running, such as nginx,
//    and still reads <output-dir> for the page list and the Nu HTML check;
//    --sample N checks up to N pages of each kind, for sites too large to check whole)
//
// Serves <output-dir> on 127.0.0.1 under the base path, opens every page in
// headless Debian Chromium (via playwright-core, no bundled browser), runs
// axe-core (WCAG 2.x A/AA), checks for sideways scroll at 320 px, console
// errors, failed same-origin requests, external requests and broken internal
// links, and validates every HTML file with the Nu HTML checker (vnu.jar).
// Ends with "N passed, M failed" and exits 1 if anything failed.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('axe-core').source;
const VNU_JAR = String(require('vnu-jar')); // the package exports the jar path
const CONCURRENCY = 3;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MAX_TARGETS = 3; // node targets shown per axe violation

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
let outDir = null;
let basePath = '/';
let serveOnly = false; // --serve: just run the static server (for looking at a failing page)
let externalUrl = null; // --url: an origin + base path served by someone else (e.g. nginx)
let sample = 0; // --sample N: up to N pages of each kind (0: every page)
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base-path') basePath = args[++i] ?? '';
  else if (args[i].startsWith('--base-path=')) basePath = args[i].slice(12);
  else if (args[i] === '--serve') serveOnly = true;
  else if (args[i] === '--url') externalUrl = args[++i] ?? '';
  else if (args[i].startsWith('--url=')) externalUrl = args[i].slice(6);
  else if (args[i] === '--sample' || args[i].startsWith('--sample=')) {
    const n = args[i] === '--sample' ? args[++i] : args[i].slice(9);
    sample = Number(n);
    if (!Number.isInteger(sample) || sample < 1) usage(`--sample needs a whole number of pages, not ${n}`);
  }
  else if (!outDir) outDir = args[i];
  else usage(`unexpected argument: ${args[i]}`);
}
if (!outDir) usage('missing <output-dir>');
if (externalUrl !== null) {
  let u;
  try { u = new URL(externalUrl); } catch { usage(`not a URL: ${externalUrl}`); }
  if (serveOnly) usage('--serve and --url do not go together');
  externalUrl = u;
  basePath = u.pathname; // the URL carries the base path
}
outDir = path.resolve(outDir);
if (!fs.statSync(outDir, { throwIfNoEntry: false })?.isDirectory()) usage(`not a directory: ${outDir}`);
// Normalise the base path to "/x/y/" form.
basePath = ('/' + basePath + '/').replace(/\/+/g, '/');

function usage(msg) {
  console.error(`error: ${msg}\nusage: node check.mjs <output-dir> [--base-path /involvement/ | --url http://host:port/involvement/] [--sample N]`);
  process.exit(2);
}

// ----------------------------------------------------------------- findings
// Findings are keyed by HTML file (relative to outDir) so browser and vnu
// results for the same page land together. '(global)' is for setup failures.
const findings = new Map();
function fail(key, msg) {
  if (!findings.has(key)) findings.set(key, []);
  const list = findings.get(key);
  if (!list.includes(msg)) list.push(msg); // e.g. a resource re-requested after resize
}

// -------------------------------------------------------------- static files
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

// Maps a URL path to a file under outDir, or null (outside base path or root).
function fileFor(urlPath) {
  if (!urlPath.startsWith(basePath)) return null;
  let rel;
  try { rel = decodeURIComponent(urlPath.slice(basePath.length)); } catch { return null; }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(outDir, rel);
  return file === outDir || file.startsWith(outDir + path.sep) ? file : null;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = fileFor(url.pathname);
  const stat = file && fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    // Like common static hosts: /dir -> /dir/ redirect.
    res.writeHead(301, { Location: url.pathname + '/' + url.search });
    return res.end();
  }
  if (!stat?.isFile()) {
    const notFound = path.join(outDir, '404.html');
    const body = fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found';
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': 'no-store' });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
});

// --------------------------------------------------------------- sampling
// Words of wedid's addresses (src/graph/urls.rs) that name a kind of page; every other path
// segment is a slug. So `you-said-we-did/cafe/poster/index.html` is of the kind
// `you-said-we-did/*/poster/`, `you-said-we-did/service/crisis/page/3/index.html` of the kind
// `you-said-we-did/service/*/page/*/`, and `accessibility/index.html` (a free page) of `*/`.
const ROUTE_WORDS = new Set(['you-said-we-did', 'stories', 'strategy', 'involvement', 'services', 'posters',
  'search', 'data', 'reports', 'easy-read', 'embed', 'poster', 'page', 'service', 'type', 'status', 'year']);

/** The kind of an HTML file, from the shape of its path. */
function kindOf(file) {
  const parts = file.split('/');
  const name = parts.pop();
  const shape = parts.map((p) => (ROUTE_WORDS.has(p) ? p : '*')).join('/');
  return (shape ? shape + '/' : '') + (name === 'index.html' ? '' : name.replace(/^.*(\.html?)$/i, '*$1'));
}

// Free pages (`about/`, `accessibility/`) and top-level files (`404.html`) are one of a kind
// each, whatever their number: they are always checked.
const ONE_OFFS = new Set(['*/', '*.html']);

/**
 * Up to `n` files of each kind (all when `n` is 0, and all one-off pages): the first, the last and evenly spaced
 * between, in natural order (`page/2` before `page/10`), so the same site always gives the
 * same sample and it spans the list from the newest to the oldest. Returns the files and,
 * per kind, how many were chosen of how many.
 */
function sampled(files, n) {
  const byKind = new Map();
  for (const f of files) {
    const k = kindOf(f);
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k).push(f);
  }
  const chosen = [];
  const kinds = [];
  for (const [kind, all] of byKind) {
    all.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const take = n === 0 || all.length <= n || ONE_OFFS.has(kind) ? all
      : [...new Set(Array.from({ length: n }, (_, i) => all[n === 1 ? 0 : Math.round((i * (all.length - 1)) / (n - 1))]))];
    chosen.push(...take);
    kinds.push({ kind, checked: take.length, of: all.length });
  }
  return { files: chosen.sort(), kinds: kinds.sort((a, b) => a.kind.localeCompare(b.kind)) };
}

// ------------------------------------------------------------- page listing
function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(path.relative(outDir, p).split(path.sep).join('/'));
  }
  return out;
}
const allFiles = walk(outDir).sort();
const { files: htmlFiles, kinds } = sampled(allFiles.filter((f) => /\.html?$/i.test(f)), sample);
// Browser-checked pages: every index.html (served as its directory URL) + 404.html.
const pages = htmlFiles
  .filter((f) => f === 'index.html' || f.endsWith('/index.html') || f === '404.html')
  .map((f) => ({ file: f, url: basePath + (f === '404.html' ? f : f.slice(0, -'index.html'.length)) }));
for (const f of htmlFiles) findings.set(f, []); // every HTML file counts as a page in the tally

// ------------------------------------------------------------ Nu HTML check
// vnu prints its JSON report on stderr and exits 1 when it finds errors.
function runVnu() {
  return new Promise((resolve) => {
    if (htmlFiles.length === 0) return resolve();
    // The whole folder, or (when sampling) the files chosen.
    const targets = sample ? htmlFiles.map((f) => path.join(outDir, f)) : [outDir];
    const java = spawn('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...targets]);
    let out = '';
    java.stdout.on('data', (d) => (out += d));
    java.stderr.on('data', (d) => (out += d));
    java.on('error', (e) => { fail('(global)', `vnu: could not run java: ${e.message}`); resolve(); });
    java.on('close', (code) => {
      let report;
      try { report = JSON.parse(out.slice(out.indexOf('{'))); } catch {
        fail('(global)', `vnu: exit ${code}, unreadable output: ${out.slice(0, 500)}`);
        return resolve();
      }
      for (const m of report.messages ?? []) {
        if (m.type !== 'error' && m.type !== 'non-document-error') continue;
        const file = m.url ? path.relative(outDir, fileURLToPath(m.url)).split(path.sep).join('/') : '(global)';
        fail(file, `vnu line ${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}`);
      }
      resolve();
    });
  });
}

// ------------------------------------------------------------- browser part
const links = new Map(); // same-origin link URL (no hash) -> Set of page files linking to it

async function checkPage(page, state, { file, url }, origin) {
  state.file = file; // listeners attached once per tab report against this
  const resp = await page.goto(origin + url, { waitUntil: 'load', timeout: 30_000 });
  if (!resp) fail(file, 'no response for page');
  else if (resp.status() >= 400 && file !== '404.html') fail(file, `page returned HTTP ${resp.status()}`);

  // Accessibility: inject axe-core and run the WCAG 2.x A/AA rules.
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async ([tags, max]) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
      targets: v.nodes.slice(0, max).map((n) => n.target.join(' ')),
    }));
  }, [AXE_TAGS, MAX_TARGETS]);
  for (const v of violations) {
    const more = v.count > v.targets.length ? ` (+${v.count - v.targets.length} more)` : '';
    fail(file, `axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}${more}`);
  }

  // Internal links, resolved by the browser against the page URL.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  for (const h of hrefs) {
    let u;
    try { u = new URL(h); } catch { continue; }
    // Absolute links to the build's --base-url host (127.0.0.1 without our
    // port) are checked against our server too; other hosts, mailto: etc. are not.
    if (['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol === 'http:') u.port = new URL(origin).port;
    if (u.origin !== origin) continue;
    u.hash = '';
    if (!links.has(u.href)) links.set(u.href, new Set());
    links.get(u.href).add(file);
  }

  // Reflow (WCAG 1.4.10): no horizontal scrolling at 320 CSS px, of the page or of any
  // table inside its own scroll region; a region that can still scroll must take keyboard
  // focus and have a name.
  await page.setViewportSize({ width: 320, height: 800 });
  const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (sw > iw) fail(file, `sideways scroll at 320px (scrollWidth ${sw} > ${iw})`);
  const regions = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
    .map((e) => ({ what: e.querySelector('caption')?.textContent.trim() || e.className || e.tagName,
      table: !!e.querySelector('table'), focusable: e.tabIndex >= 0,
      named: !!(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) })));
  for (const r of regions) {
    if (r.table) fail(file, `table "${r.what}" scrolls sideways at 320px`);
    if (!r.focusable || !r.named) fail(file, `scroll region "${r.what}" is not ${r.focusable ? 'named' : 'focusable'}`);
  }
  // The menu folds behind "Menu" on a phone and opens without a script; on a wide screen it is open.
  const menu = () => page.evaluate(() => {
    const list = document.querySelector('.site-nav__list');
    return list ? { shown: list.checkVisibility(), nav: document.querySelector('.site-nav').getBoundingClientRect().height } : null;
  });
  const folded = await menu();
  if (folded && (folded.shown || folded.nav > 60)) fail(file, `the menu is not folded at 320px (${Math.round(folded.nav)}px tall)`);
  if (folded) {
    await page.click('.site-nav__toggle');
    if (!(await menu()).shown) fail(file, 'the menu does not open at 320px');
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  if (folded && !(await page.reload(), await menu()).shown) fail(file, 'the menu is folded on a wide screen');

  // Print budget: a strategy on a page and each noticeboard poster fit one A4 sheet, even
  // when the browser's paper is Letter (the stylesheet must ask for A4).
  if (ONE_PAGE_PRINTS.test(file)) {
    const pdf = await page.pdf({ format: 'Letter', printBackground: true, preferCSSPageSize: true });
    const sheets = countPdfPages(pdf);
    if (sheets !== 1) fail(file, `prints on ${sheets} pages with the paper set to Letter; it must fit on one`);
    if (!isA4(pdf)) fail(file, 'prints on Letter paper: the stylesheet must set @page { size: A4 }');
    printed.push(`${file}: ${sheets} page`);
  }
  // A yearly report for board papers: the trust-wide figures on the first A4 sheet, then each
  // service on a sheet of its own, so it prints on as many sheets as it has services + 1.
  if (REPORT_PRINTS.test(file)) {
    const services = await page.$$eval('.report__service', (s) => s.length);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true, preferCSSPageSize: true });
    const sheets = countPdfPages(pdf);
    if (sheets !== services + 1) fail(file, `prints on ${sheets} pages with the paper set to Letter; with ${services} services it must be ${services + 1}`);
    if (!isA4(pdf)) fail(file, 'prints on Letter paper: the stylesheet must set @page { size: A4 }');
    printed.push(`${file}: ${sheets} pages for ${services} services`);
  }
  if (SEARCH_PAGE.test(file)) await checkSearch(page, file, origin + url);
  if (file === 'you-said-we-did/index.html') await checkFilters(page, file, origin + url);
  await checkLanguageSwitch(page, file, url);
}

// A bilingual site: each link of the language switch goes to this page in that language,
// whose own switch comes back here.
async function checkLanguageSwitch(page, file, url) {
  const lang = await page.evaluate(() => document.documentElement.lang);
  const targets = await page.$$eval('.language-switch a[hreflang]', (as) => as.map((a) => new URL(a.href).pathname));
  for (const target of targets) {
    const other = fileFor(target);
    const html = other && fs.existsSync(other) ? fs.readFileSync(other, 'utf8') : null;
    if (!html) fail(file, `the language switch goes to ${target}, which is not a page`);
    else if (!html.includes(`<a href="${url}" lang="${lang}" hreflang="${lang}">`)) fail(file, `${target}'s language switch does not come back to ${url}`);
    else switched.push(file);
  }
}
const switched = [];

// Filters combine in place: tick a service and a status, and the count shown is the number of
// projects of that service with that status in the open data, and as many cards show.
async function checkFilters(page, file, url) {
  await page.goto(url, { waitUntil: 'load' });
  if (!(await page.$('[data-complete]'))) { filtered.push('the list is split into pages: static filters only'); return; }
  const data = JSON.parse(fs.readFileSync(path.join(outDir, 'data/you-said-we-did.json'), 'utf8'));
  const projects = new Map(data.rows.map((r) => [r.project_url, r]));
  const status = 'in-progress';
  const services = await page.$$eval('input[name="service"]', (bs) => bs.map((b) => ({ value: b.value, label: b.parentElement.textContent.replace(/\(.*$/s, '').trim() })));
  const matching = (s) => [...projects.values()].filter((r) => r.service === s.label && r.project_status === status).length;
  const service = services.find((s) => matching(s) > 0) || services[0];
  if (!service) { fail(file, 'no service tick boxes: the filter script did not run'); return; }
  await page.check(`input[name="service"][value="${service.value}"]`);
  await page.check(`input[name="status"][value="${status}"]`);
  const shown = await page.textContent('.results-count');
  const cards = await page.$$eval('.card-list > li', (ls) => ls.filter((l) => !l.hidden).length);
  const want = matching(service);
  // The count is read as a number, so the check holds in any language the site is built in.
  const number = Number((shown.match(/\d+/) || ['NaN'])[0]);
  if (number !== want || cards !== want) {
    fail(file, `ticking ${service.label} and ${status} shows "${shown.trim()}" and ${cards} cards; the open data has ${want}`);
  }
  if (!new URL(page.url()).search.includes(`service=${service.value}`)) fail(file, `the address does not keep the choice: ${page.url()}`);
  filtered.push(`${service.label} × ${status}: ${shown.trim()}`);
}
const filtered = [];

/** A4 is 595 × 842 points; Chromium writes each page's MediaBox. */
function isA4(buffer) {
  const box = buffer.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
  return !!box && Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2;
}

/**
 * The results a reader is shown for `query` on the search page at `url` (its first page), as
 * {url, text}: typed into the page's own form, as a reader searches.
 */
async function searchResults(page, url, query) {
  await page.goto(`${url}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => /”/.test(document.getElementById('search-status').textContent), null, { timeout: 30_000 });
  return page.$$eval('#search-results > ol > li', (lis) =>
    lis.map((li) => ({ url: new URL(li.querySelector('a').href).pathname, text: li.textContent })));
}

// Search finds what was done, not only what was said: an action's words find its project.
// "A&E" is one word: every page shown for it contains it.
async function checkSearch(page, file, url) {
  const language = file.slice(0, file.length - 'search/index.html'.length); // '' or 'cy/'
  const data = JSON.parse(fs.readFileSync(path.join(outDir, language, 'data/you-said-we-did.json'), 'utf8'));
  const row = data.rows.find((r) => r.we_did);
  let action = 'no action';
  if (row) {
    const words = rarestWords(row.we_did, data.rows, 4).join(' ');
    const target = new URL(row.project_url).pathname;
    const hits = await searchResults(page, url, words);
    if (!hits.some((h) => h.url === target)) fail(file, `searching an action's words ("${words}") does not show ${target}: ${hits.map((h) => h.url).join(', ')}`);
    action = `"${words}" for ${target}`;
  }
  const shown = await searchResults(page, url, 'A&E');
  for (const h of shown) {
    const html = await page.evaluate(async (u) => (await fetch(u)).text(), h.url);
    if (!/A&(amp;)?E/.test(html)) fail(file, `searching "A&E" shows ${h.url}, which does not contain it`);
  }
  searched.push(`${language}${action}; "A&E": ${shown.length} results shown`);
}
const searched = [];
// The search page of each language: the main one, and one under each language's folder.
const SEARCH_PAGE = /^([a-z]{2,3}(-[A-Z]{2})?\/)?search\/index\.html$/;

/**
 * The `n` words of `text` that the fewest rows of the open data use, in their order in
 * `text`: what a reader looking for that action would type. On a large site its commonest
 * words are on thousands of pages, and a search for them cannot rank one project first.
 */
function rarestWords(text, rows, n) {
  const wordsOf = (t) => t.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '')).filter(Boolean);
  const used = new Map();
  for (const r of rows) for (const w of new Set(wordsOf(`${r.you_said} ${r.we_did}`))) used.set(w, (used.get(w) ?? 0) + 1);
  const words = [...new Set(wordsOf(text))];
  const rarest = new Set([...words].sort((a, b) => used.get(a) - used.get(b)).slice(0, n));
  return words.filter((w) => rarest.has(w));
}

// Pages that must print on exactly one A4 page.
const ONE_PAGE_PRINTS = /^((strategy|posters)\/[^/]+|you-said-we-did\/[^/]+\/poster)\/index\.html$/;
// Yearly reports: one A4 page, then one per service.
const REPORT_PRINTS = /^reports\/\d{4}-\d{2}\/index\.html$/;
const printed = [];

/** Page objects in a PDF from Chromium (its page dictionaries are not compressed). */
function countPdfPages(buffer) {
  return (buffer.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

async function runBrowser(origin) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // bypassCSP so axe can be injected even if the site sets a strict CSP.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const queue = [...pages];
    const worker = async () => {
      const page = await context.newPage();
      const state = { file: null };
      // Only 127.0.0.1:<port> may be reached; everything else is blocked and reported.
      await page.route('**/*', (route) => {
        const u = route.request().url();
        if (u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
        fail(state.file, `external request: ${u}`);
        return route.abort('blockedbyclient');
      });
      page.on('console', (msg) => {
        // Chromium also logs "Failed to load resource" for 4xx; reported via 'response'.
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
          fail(state.file, `console error: ${msg.text()}`);
        }
      });
      page.on('pageerror', (err) => fail(state.file, `uncaught exception: ${err.message}`));
      page.on('response', (r) => {
        const isDoc = r.request().isNavigationRequest() && r.request().frame() === page.mainFrame();
        if (r.status() >= 400 && r.url().startsWith(origin + '/') && !isDoc) {
          fail(state.file, `HTTP ${r.status()} for ${r.url().slice(origin.length)}`);
        }
      });
      page.on('requestfailed', (r) => {
        const err = r.failure()?.errorText ?? '';
        if (r.url().startsWith(origin + '/') && !err.includes('ERR_ABORTED')) {
          fail(state.file, `request failed (${err}): ${r.url().slice(origin.length)}`);
        }
      });
      for (let p = queue.shift(); p; p = queue.shift()) {
        try { await checkPage(page, state, p, origin); } catch (e) {
          fail(p.file, `page check crashed: ${e.message.split('\n')[0]}`);
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages.length) }, worker));
  } finally {
    await browser.close();
  }

  // Check each distinct internal link once (HEAD, following redirects).
  const entries = [...links];
  for (let i = 0; i < entries.length; i += 8) {
    await Promise.all(entries.slice(i, i + 8).map(async ([href, from]) => {
      let status;
      try { status = (await fetch(href, { method: 'HEAD', redirect: 'follow' })).status; } catch (e) { status = e.message; }
      if (status !== 200) for (const f of from) fail(f, `broken internal link: ${href.slice(origin.length)} (${status})`);
    }));
  }
}

// --------------------------------------------------------------------- main
const started = Date.now();
let origin;
if (externalUrl) {
  origin = externalUrl.origin;
  console.log(`Checking ${outDir} as served at ${origin}${basePath}`);
} else {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`Serving ${outDir} at ${origin}${basePath}`);
}
if (serveOnly) await new Promise(() => {}); // until Ctrl-C
console.log(`${pages.length} pages for the browser, ${htmlFiles.length} HTML files for vnu`);
if (sample) {
  console.log(`Sampled up to ${sample} of each kind of page:`);
  for (const k of kinds) console.log(`  ${String(k.checked).padStart(4)} of ${String(k.of).padEnd(6)} /${k.kind}`);
}
if (pages.length === 0) fail('(global)', 'no pages found (no index.html / 404.html)');

const vnuDone = runVnu(); // runs in parallel with the browser checks
try { await runBrowser(origin); } catch (e) { fail('(global)', `browser: ${e.message.split('\n')[0]}`); }
await vnuDone;
if (server.listening) {
  server.closeAllConnections();
  server.close();
}

// ------------------------------------------------------------------ summary
let passed = 0;
let failed = 0;
for (const [file, msgs] of [...findings].sort(([a], [b]) => a.localeCompare(b))) {
  if (msgs.length === 0) { passed++; continue; }
  failed++;
  const page = pages.find((p) => p.file === file);
  console.log(`\nFAIL ${file}${page ? `  (${page.url})` : ''}`);
  for (const m of msgs) console.log(`  - ${m}`);
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Printed to A4 (paper set to Letter): ${printed.length} strategy, poster and yearly report pages${printed.length ? "\n  " + printed.sort().join("\n  ") : ""}`);
console.log(`Searched: ${searched.join('; ') || 'no search page'}`);
if (switched.length) console.log(`Language switch: ${switched.length} pages reach their other version and back`);
console.log(`Filtered: ${filtered.join('; ') || 'no project list'}`);
console.log(`\nChecked ${pages.length} pages in Chromium, ${links.size} distinct internal links, `
  + `${htmlFiles.length} HTML files with vnu in ${secs}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
