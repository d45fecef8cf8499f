// What a phone downloads to see the first results of a search: the search page, its
// stylesheet and script, and the parts of the index the query needs.
//
// Usage: node tests/browser/search-bytes.mjs http://127.0.0.1:PORT/involvement/ QUERY...
//   (serve the built site first, e.g. `node tests/browser/check.mjs OUT --base-path
//    /involvement/ --serve`, which prints the address)
//
// Each query is run in a fresh browser context (an empty cache, as on a first visit) with a
// 390 px wide screen, through the search page itself (`search/?q=...`), until it says how
// many results it found. Prints, per query, the bytes received by kind of file: the body as
// sent by this plain server, and for text files (HTML, CSS, JavaScript, JSON) also gzipped,
// as a web host would send them.

import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const [base, ...queries] = process.argv.slice(2);
if (!base || queries.length === 0) {
  console.error('usage: node search-bytes.mjs http://host:port/base/ QUERY...');
  process.exit(2);
}

/** The kind of a file of the search page, from its address. */
function kindOf(url) {
  const p = new URL(url).pathname;
  if (p.endsWith('/search/')) return 'page (HTML)';
  if (/\/search\/index\.json$/.test(p)) return 'index: entry';
  if (/\/search\/[0-9a-f]+\/w\//.test(p)) return 'index: word chunks';
  if (/\/search\/[0-9a-f]+\/d\//.test(p)) return 'index: documents shown';
  if (/\.css$/.test(p)) return 'site stylesheet';
  if (/\.js$/.test(p)) return 'site script';
  return 'other (' + p.split('/').pop() + ')';
}
/** Text a host compresses. */
const TEXT = /(\/|\.html|\.css|\.js|\.json|\.svg)$/;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const q of queries) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const sizes = new Map(); // kind -> {files, bytes, gzipped}
    const done = [];
    page.on('requestfinished', (r) => done.push((async () => {
      const response = await r.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const kind = kindOf(r.url());
      const s = sizes.get(kind) ?? { files: 0, bytes: 0, gzipped: 0 };
      s.files++;
      s.bytes += body.length;
      s.gzipped += TEXT.test(new URL(r.url()).pathname) ? zlib.gzipSync(body, { level: 6 }).length : body.length;
      sizes.set(kind, s);
    })()));
    const started = Date.now();
    await page.goto(new URL('search/?q=' + encodeURIComponent(q), base).href, { waitUntil: 'load' });
    await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
    const ms = Date.now() - started;
    const status = (await page.textContent('#search-status')).trim();
    await Promise.all(done);
    let files = 0, bytes = 0, gzipped = 0;
    console.log(`\n"${q}": ${status} (${ms} ms on this machine, no network delay)`);
    console.log('| files of | files | bytes | gzipped as a host sends them |\n|---|---:|---:|---:|');
    for (const [kind, s] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`| ${kind} | ${s.files} | ${s.bytes.toLocaleString('en-GB')} | ${s.gzipped.toLocaleString('en-GB')} |`);
      files += s.files; bytes += s.bytes; gzipped += s.gzipped;
    }
    console.log(`| **total** | ${files} | ${bytes.toLocaleString('en-GB')} | ${gzipped.toLocaleString('en-GB')} |`);
    await context.close();
  }
} finally {
  await browser.close();
}
