// `npm run bench`: builds the production site, serves it, measures, prints one table and saves
// everything as JSON in bench/out/. A benchmark, never part of `npm test`: timings on a shared
// 2-core machine are noisy, so it reports medians of repeated runs and says how many.
//
// Sections (each can be skipped with BENCH_SKIP=sim,bytes,lighthouse,playground,scale):
//   sim         simulator throughput in Node (scripts/bench-sim.ts)
//   lab         lab server HTTP throughput with keep-alive, next to a bare node:http floor
//               (scripts/bench-lab.mjs)
//   bytes       JS, CSS and HTML per page type, raw and gzip, as loaded by Chromium
//   lighthouse  Lighthouse 13, mobile and desktop, median of 3 runs per page (BENCH_LH_RUNS=n for more),
//               plus a minimal page outside the site as the floor
//   playground  "Send request" to rendered response in Chromium (scripts/bench-playground.mjs)
//   scale       build time for the course, +200 and +1,000 generated lessons, per lesson
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromiumArgs } from './chromium-flags.mjs';
import { findChromium } from './find-chromium.mjs';

const root = process.cwd();
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const PORT = 4440;
const base = `http://127.0.0.1:${PORT}`;
const chromeFlags = ['--headless=new', ...chromiumArgs];
// Lighthouse's simulated mobile metrics scale the observed CPU time by 4, so a busy machine moves
// them by hundreds of milliseconds: more runs give a steadier median.
const lighthouseRunCount = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3) || 3);
const results = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (...a) => console.log('[bench]', ...a);
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
};

async function waitForServer(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Pages measured by the byte and Lighthouse sections, found from the built course. */
function pageTypes() {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const lessons = paths.filter((p) => /^\/learn\/[^/]+\/[^/]+\/$/.test(p) && !p.endsWith('/quiz/'));
  const withIsland = lessons.filter((p) =>
    readFileSync(join('dist', p, 'index.html'), 'utf8').includes('<astro-island'),
  );
  const without = lessons.filter((p) => !withIsland.includes(p));
  return {
    home: '/',
    // Every lesson embeds a playground, so a page with no island is measured on a chapter overview.
    'lesson (no island)': without[0],
    'chapter overview (no island)': paths.find((p) => /^\/learn\/[^/]+\/$/.test(p)),
    'lesson (playground)': withIsland[0],
    playground: '/playground/',
    quiz: paths.find((p) => p.endsWith('/quiz/')),
  };
}

async function measureBytes(browser, types) {
  const rows = {};
  const measure = async (name, path, after) => {
    if (!path) return;
    const page = await browser.newPage();
    const seen = new Map();
    page.on('response', async (r) => {
      const t = r.request().resourceType();
      const kind = t === 'script' ? 'js' : t === 'stylesheet' ? 'css' : t === 'document' ? 'html' : null;
      if (!kind) return;
      try {
        const body = await r.body();
        seen.set(r.url(), { kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      } catch {
        /* body not available */
      }
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // Inline scripts count too: they are JavaScript the page ships.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''),
    );
    if (inline)
      seen.set('inline', { kind: 'js', raw: Buffer.byteLength(inline), gzip: gzipSync(inline, { level: 9 }).length });
    // Islands hydrate client:visible: scroll so they load, as a reader would.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    if (after) await after(page);
    const sum = (kind, k) => [...seen.values()].filter((v) => v.kind === kind).reduce((a, v) => a + v[k], 0);
    rows[name] = {
      path,
      js: { raw: sum('js', 'raw'), gzip: sum('js', 'gzip') },
      css: { raw: sum('css', 'raw'), gzip: sum('css', 'gzip') },
      html: { raw: sum('html', 'raw'), gzip: sum('html', 'gzip') },
    };
    await page.close();
  };
  for (const [name, path] of Object.entries(types)) await measure(name, path);
  await measure('lesson + search opened', types['lesson (no island)'] ?? types['lesson (playground)'], async (page) => {
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('token');
    await page.waitForSelector('#search-results li');
    await page.waitForLoadState('networkidle');
  });
  return rows;
}

async function lighthouseRuns(chromePath, types) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const pages = ['home', 'lesson (playground)', 'playground', 'quiz'].filter((k) => types[k]);
  const targets = pages.map((name) => [name, base + types[name], types[name]]);
  const baseline = await startBaselineServer();
  targets.push(['baseline: minimal page', `http://127.0.0.1:${PORT + 1}/`, '(not part of the site)']);
  const rows = {};
  try {
    for (const [name, url, path] of targets) {
      for (const form of ['mobile', 'desktop']) {
        const runs = [];
        for (let i = 0; i < lighthouseRunCount; i++) {
          const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
          try {
            const r = await lighthouse(
              url,
              { port: chrome.port, output: 'json', logLevel: 'error' },
              form === 'desktop' ? desktopConfig : undefined,
            );
            const lhr = r.lhr;
            const n = (id) => lhr.audits[id]?.numericValue ?? NaN;
            runs.push({
              performance: lhr.categories.performance.score * 100,
              accessibility: lhr.categories.accessibility.score * 100,
              bestPractices: lhr.categories['best-practices'].score * 100,
              seo: lhr.categories.seo.score * 100,
              fcp: n('first-contentful-paint'),
              lcp: n('largest-contentful-paint'),
              tbt: n('total-blocking-time'),
              cls: n('cumulative-layout-shift'),
              bytes: n('total-byte-weight'),
            });
          } finally {
            chrome.kill();
          }
        }
        const med = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
        rows[`${name} (${form})`] = { path, runs: runs.length, median: med };
        log(`lighthouse ${name} ${form}: perf ${med.performance} LCP ${Math.round(med.lcp)} ms`);
      }
    }
  } finally {
    baseline.close();
  }
  return rows;
}

/**
 * The floor for the Lighthouse figures: a page of a few hundred bytes with no stylesheet and no
 * script, served gzipped from this process. Lighthouse's simulated mobile link (150 ms round
 * trips, 1.6 Mbit/s, CPU slowed 4x) gives even this page a first paint of about 600 ms, so the
 * site's numbers read best against it.
 */
function startBaselineServer() {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title><meta name="description" content="A minimal page, the floor for the benchmark."><link rel="icon" href="data:,"></head><body><main><h1>Baseline</h1><p>A minimal page with no stylesheet and no script.</p></main></body></html>';
  const server = createServer((req, res) => {
    if (req.url !== '/') return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
    res.end(gzipSync(html));
  });
  return new Promise((resolve) => server.listen(PORT + 1, '127.0.0.1', () => resolve(server)));
}

/** Lesson text for generated lessons: realistic length, headings, a code block. */
function generatedLesson(chapter, n) {
  const para =
    'An API token authenticates each call an application makes to the Okta Management API. Okta checks the header, finds the token by its hash, and applies the creator\u2019s current role before the request reaches the endpoint.';
  const sections = Array.from(
    { length: 5 },
    (_, s) => `## Section ${s + 1} of lesson ${n}\n\n${Array(4).fill(para).join(' ')}\n\n${para}\n`,
  ).join('\n');
  return `---\ntitle: Generated lesson ${n}\nsummary: A generated lesson used to measure how build time grows.\nchapter: ${chapter}\norder: ${n}\nobjectives:\n  - Measure build cost per lesson.\n---\n\nThis lesson exists only in the benchmark's temporary copy.\n\n${sections}\n\`\`\`bash\ncurl -H "Authorization: SSWS $OKTA_API_TOKEN" https://tokenlab.okta.example/api/v1/users\n\`\`\`\n\n## Recap\n\n- Generated content.\n`;
}

function scaleRuns() {
  const rows = {};
  const lessonsInCourse = () =>
    Number(execFileSync('sh', ['-c', 'find src/content/lessons -name "*.mdx" | wc -l']).toString().trim());
  const course = lessonsInCourse();
  for (const extra of [0, 200, 1000]) {
    const dir = join(tmpdir(), `tokenlab-scale-${extra}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(root, dir, {
      recursive: true,
      filter: (src) =>
        !/\/(node_modules|dist[^/]*|\.astro|bench|test-results|\.git)(\/|$)/.test(src.slice(root.length)),
    });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // Ten lessons per generated chapter, each chapter with a one-question quiz.
    for (let c = 0; c < extra / 10; c++) {
      const slug = `generated-${String(c).padStart(3, '0')}`;
      writeFileSync(
        join(dir, `src/content/chapters/${slug}.yaml`),
        `slug: ${slug}\norder: ${100 + c}\ntitle: Generated chapter ${c}\nsummary: Generated for the build benchmark.\nobjectives:\n  - Measure build time.\n`,
      );
      writeFileSync(
        join(dir, `src/content/quizzes/${slug}.yaml`),
        `chapter: ${slug}\nquestions:\n  - id: q1\n    type: truefalse\n    prompt: Generated lessons exist only in the benchmark.\n    lesson: /learn/${slug}/l01/\n    answer: true\n    explanations:\n      true: They are written to a temporary copy.\n      false: They are written to a temporary copy.\n`,
      );
      mkdirSync(join(dir, `src/content/lessons/${slug}`), { recursive: true });
      for (let l = 1; l <= 10; l++) {
        writeFileSync(
          join(dir, `src/content/lessons/${slug}/${String(l).padStart(2, '0')}-l${String(l).padStart(2, '0')}.mdx`),
          generatedLesson(slug, l),
        );
      }
    }
    const t0 = performance.now();
    run('npx', ['astro', 'build'], { cwd: dir, stdio: 'ignore' });
    const seconds = (performance.now() - t0) / 1000;
    const lessons = course + extra;
    rows[extra === 0 ? 'course' : `course + ${extra}`] = {
      lessons,
      seconds: +seconds.toFixed(1),
      secondsPerLesson: +(seconds / lessons).toFixed(3),
    };
    log(`build with ${lessons} lessons: ${seconds.toFixed(1)} s`);
    rmSync(dir, { recursive: true, force: true });
  }
  const c = rows.course;
  for (const key of ['course + 200', 'course + 1000']) {
    const r = rows[key];
    r.marginalSecondsPerAddedLesson = +((r.seconds - c.seconds) / (r.lessons - c.lessons)).toFixed(3);
  }
  return rows;
}

const started = performance.now();
if (!skip.has('sim')) {
  log('simulator throughput');
  run('npx', ['tsx', 'scripts/bench-sim.ts']);
  results.sim = JSON.parse(readFileSync(join(out, 'sim.json'), 'utf8'));
}

if (!skip.has('lab')) {
  log('lab server throughput');
  run('node', ['scripts/bench-lab.mjs']);
  results.lab = JSON.parse(readFileSync(join(out, 'lab.json'), 'utf8'));
}

log('production build');
const b0 = performance.now();
run('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
results.buildSeconds = +((performance.now() - b0) / 1000).toFixed(1);

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
try {
  await waitForServer(base + '/');
  const chromePath = await findChromium();
  const types = pageTypes();
  if (!skip.has('bytes')) {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
    results.bytes = await measureBytes(browser, types);
    await browser.close();
  }
  if (!skip.has('lighthouse')) results.lighthouse = await lighthouseRuns(chromePath, types);
} finally {
  process.kill(-server.pid);
}
if (!skip.has('playground') && existsSync('scripts/bench-playground.mjs')) {
  log('playground send-to-render');
  run('node', ['scripts/bench-playground.mjs', '--dist', 'dist']);
  results.playground = JSON.parse(readFileSync(join(out, 'playground.json'), 'utf8'));
}
if (!skip.has('scale')) results.scale = scaleRuns();
results.totalSeconds = +((performance.now() - started) / 1000).toFixed(0);

writeFileSync(join(out, 'bench.json'), JSON.stringify(results, null, 2));

// One table, Markdown, so it can be pasted into a note.
const kb = (n) => (n / 1024).toFixed(1);
const lines = ['', '| measure | value |', '| --- | --- |'];
for (const r of results.sim?.results ?? [])
  lines.push(`| simulator: ${r.case} | ${r.medianPerSecond.toLocaleString('en')} req/s (median of ${r.runs.length}) |`);
for (const r of results.lab?.results ?? [])
  lines.push(
    `| lab server over HTTP: ${r.case} | ${r.medianPerSecond.toLocaleString('en')} req/s, ${r.ofFloor}× the floor${r.ofPrism ? `, ${r.ofPrism}× Prism` : ''} |`,
  );
if (results.lab?.prism) lines.push(`| lab bench: Prism reference | ${results.lab.prism} |`);
lines.push(`| production build | ${results.buildSeconds} s |`);
for (const [k, v] of Object.entries(results.bytes ?? {}))
  lines.push(
    `| bytes: ${k} (${v.path}) | JS ${kb(v.js.raw)}/${kb(v.js.gzip)} KB, CSS ${kb(v.css.raw)}/${kb(v.css.gzip)} KB, HTML ${kb(v.html.raw)}/${kb(v.html.gzip)} KB (raw/gzip) |`,
  );
for (const [k, v] of Object.entries(results.lighthouse ?? {})) {
  const m = v.median;
  lines.push(
    `| lighthouse: ${k} | perf ${m.performance}, a11y ${m.accessibility}, best ${m.bestPractices}, SEO ${m.seo}; FCP ${Math.round(m.fcp)} ms, LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, ${kb(m.bytes)} KB (median of ${v.runs}) |`,
  );
}
for (const [k, v] of Object.entries(results.playground?.results ?? {}))
  lines.push(
    `| playground "Send request" to rendered trace: ${k} | median ${v.median} ms, p95 ${v.p95} ms, max ${v.max} ms (${v.runs} sends) |`,
  );
for (const [k, v] of Object.entries(results.scale ?? {}))
  lines.push(
    `| build: ${k} | ${v.lessons} lessons, ${v.seconds} s, ${v.secondsPerLesson} s/lesson${v.marginalSecondsPerAddedLesson !== undefined ? `, ${v.marginalSecondsPerAddedLesson} s per added lesson` : ''} |`,
  );
lines.push(`| whole benchmark | ${results.totalSeconds} s |`);
console.log(lines.join('\n'));
console.log(`\nSaved bench/out/bench.json`);
