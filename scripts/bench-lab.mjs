// HTTP throughput of the lab server (`token-lab serve`) on loopback with keep-alive, next to a
// bare node:http server that returns a fixed JSON body: the floor any Node HTTP server starts from.
//
//   node scripts/bench-lab.mjs [--runs 3] [--ms 3000] [--connections 32] [--no-prism] [--prism-start-ms 180000]
//
// Each server runs in its own process, pinned to CPU 0 with taskset when it exists; the load
// generator runs here, on CPU 1. Each case runs `runs` times for `ms` after a warm-up; the figure
// is the median. The lab runs on the manual clock and the generator moves it a minute ahead every
// few hundred successful calls, so rate limits never interfere. A report, never a test: nothing fails on
// a slow machine. Writes bench/out/lab.json.
//
// Prism (@stoplight/prism-cli 5), the mock a developer might pick instead, is the second reference:
// it mocks GET /api/v1/users from Okta's published specification (bench/okta-users-openapi.yaml,
// trimmed to that one operation). Prism is large, so it is not a dependency: the bench fetches it
// on demand with `npx --yes @stoplight/prism-cli@5`, which needs the npm registry once. If Prism
// cannot start (no network, no npx), the report says why and gives no Prism figures. Prism runs
// with `--verboseLevel error`: its default logs several lines per request, which would measure
// its logging rather than its mocking. `--no-prism` skips it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = opt('runs', 3);
const WITH_PRISM = !args.includes('--no-prism');
const PRISM_START_MS = opt('prism-start-ms', 180_000);
const RUN_MS = opt('ms', 3000);
const CONNECTIONS = opt('connections', 32);
const out = join(process.cwd(), 'bench/out');
mkdirSync(out, { recursive: true });

let pinned = false;
try {
  execFileSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
  pinned = true;
} catch {
  // No taskset: server and generator share the machine's cores.
}

/** Starts a server process; resolves with its output once `ready` matches. */
function startProcess(argv, ready) {
  const cmd = pinned ? 'taskset' : process.execPath;
  const child = spawn(cmd, pinned ? ['-c', '0', process.execPath, ...argv] : argv, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const m = ready.exec(text);
      if (m) resolve({ child, match: m, text });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${text}`)));
  });
}

const FLOOR_BODY = JSON.stringify([
  { id: '00u0000000000000000', status: 'ACTIVE', profile: { login: 'a@example.com' } },
]);
const FLOOR = `const b=${JSON.stringify(FLOOR_BODY)};require('node:http').createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(200,{'content-type':'application/json','content-length':Buffer.byteLength(b)});s.end(b)})}).listen(0,'127.0.0.1',function(){console.log('port '+this.address().port)})`;

/** Sends requests over `CONNECTIONS` keep-alive connections for `ms`; returns requests per second. */
async function load(url, headers, ms, expect, clock, every = 500) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL(url);
  let count = 0;
  let wrong = 0;
  const until = performance.now() + ms;
  const one = () =>
    new Promise((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, headers, agent },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', () => resolve(0));
      req.end();
    });
  // One clock move at a time, shared by the workers that need it.
  let moving = null;
  const move = () => (moving ??= clock().finally(() => (moving = null)));
  const worker = async () => {
    while (performance.now() < until) {
      const status = await one();
      // Workers run ahead of a clock move, so a bucket can still run dry between moves (the
      // counts restart with each run, the buckets do not): a 429 moves the clock and is not
      // counted.
      if (status === 429 && clock) await move();
      else if (status !== expect) wrong++;
      else if (++count % every === 0 && clock) await move();
    }
  };
  if (clock) await move();
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
  return { perSecond: Math.round(count / ((performance.now() - started) / 1000)), wrong };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(name, url, headers, expect, clock, every) {
  await load(url, headers, 500, expect, clock, every);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load(url, headers, RUN_MS, expect, clock, every));
  const result = { case: name, medianPerSecond: median(runs.map((r) => r.perSecond)), runs };
  console.log(`[bench-lab] ${name}: ${result.medianPerSecond.toLocaleString('en')} req/s`);
  return result;
}

/** A free loopback port: Prism needs one named on its command line. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts Prism on the trimmed spec; resolves with `{ child, url }` once it answers, or with
 * `{ error }` saying why it could not. Runs in its own process group so that npx, its shell and
 * Prism stop together.
 */
async function startPrism() {
  const port = await freePort();
  const argv = ['--yes', '@stoplight/prism-cli@5', 'mock', '-h', '127.0.0.1', '-p', String(port)];
  argv.push('--verboseLevel', 'error', join(process.cwd(), 'bench/okta-users-openapi.yaml'));
  let child;
  try {
    child = spawn(pinned ? 'taskset' : 'npx', pinned ? ['-c', '0', 'npx', ...argv] : argv, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
  } catch (err) {
    return { error: `npx could not start: ${err.message}` };
  }
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  let exited = null;
  child.on('error', (err) => (exited = `npx could not start: ${err.message}`));
  child.on('exit', (code) => (exited ??= `npx @stoplight/prism-cli@5 exited with ${code}: ${stderr.trim()}`));
  const url = `http://127.0.0.1:${port}`;
  const until = performance.now() + PRISM_START_MS;
  while (performance.now() < until && exited === null) {
    try {
      const res = await fetch(`${url}/api/v1/users`, { headers: PRISM_HEADERS });
      await res.arrayBuffer();
      if (res.status === 200) return { child, url };
    } catch {
      // Not listening yet: npx may still be downloading Prism.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopGroup(child);
  return { error: exited ?? `Prism did not answer within ${PRISM_START_MS / 1000} s` };
}

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

// Prism checks that a security scheme of the spec is used; any SSWS value passes.
const PRISM_HEADERS = { Authorization: 'SSWS 00lab.AnyValuePassesPrismsSecurityCheck0' };

const lab = await startProcess(
  ['bin/token-lab.mjs', 'serve', '--port', '0', '--clock', 'manual', '--quiet'],
  /OKTA_CLIENT_ORGURL=(\S+)\n\s+OKTA_CLIENT_TOKEN=(\S+)/,
);
const floor = await startProcess(['-e', FLOOR], /port (\d+)/);
const [, labUrl, token] = lab.match;
const floorUrl = `http://127.0.0.1:${floor.match[1]}`;

// Every few hundred successes the clock moves a minute, so each call finds room in its bucket (the
// lab token's share of GET /api/v1/users/{idOrLogin} is 1,000 a minute, of GET /api/v1/users 300).
const clock = () => fetch(`${labUrl}/__lab/clock`, { method: 'POST', body: '{"advance":"PT61S"}' });
const ssws = { Authorization: `SSWS ${token}` };

const results = [];
let prism = { error: 'skipped (--no-prism)' };
try {
  results.push(await measure('bare node:http, fixed JSON (floor)', `${floorUrl}/api/v1/users/me`, {}, 200));
  results.push(
    await measure('lab: SSWS success (GET /api/v1/users/me, 200)', `${labUrl}/api/v1/users/me`, ssws, 200, clock),
  );
  results.push(
    await measure(
      'lab: SSWS failure (unknown token, 401 E0000011)',
      `${labUrl}/api/v1/users/me`,
      { Authorization: 'SSWS 00lab.ThisValueWasNeverIssuedByThisOrg00' },
      401,
    ),
  );
  results.push(
    await measure(
      'lab: SSWS success (GET /api/v1/users?limit=1, 200, Link header)',
      `${labUrl}/api/v1/users?limit=1`,
      ssws,
      200,
      clock,
      250,
    ),
  );
  if (WITH_PRISM) {
    console.log('[bench-lab] starting Prism through npx (the first run downloads it)…');
    prism = await startPrism();
    if (prism.url)
      results.push(
        await measure(
          'Prism 5: GET /api/v1/users from the spec (200)',
          `${prism.url}/api/v1/users`,
          PRISM_HEADERS,
          200,
        ),
      );
    else console.log(`[bench-lab] Prism not measured: ${prism.error}`);
  }
} finally {
  lab.child.kill('SIGTERM');
  floor.child.kill('SIGTERM');
  if (prism.child) stopGroup(prism.child);
}
const [floorResult] = results;
const prismResult = results.find((r) => r.case.startsWith('Prism'));
const ratio = (a, b) => (b ? +(a / b).toFixed(2) : null);
const report = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}, ${pinned ? 'server pinned to CPU 0' : 'not pinned'}`,
  connections: CONNECTIONS,
  prism: prismResult ? 'measured' : `not measured: ${prism.error}`,
  results: results.map((r) => ({
    ...r,
    ofFloor: ratio(r.medianPerSecond, floorResult.medianPerSecond),
    ofPrism: ratio(r.medianPerSecond, prismResult?.medianPerSecond),
  })),
};
writeFileSync(join(out, 'lab.json'), JSON.stringify(report, null, 2));
console.log(
  [
    '',
    '| case | req/s | of floor | of Prism |',
    '| --- | --- | --- | --- |',
    ...report.results.map(
      (r) =>
        `| ${r.case} | ${r.medianPerSecond.toLocaleString('en')} | ${r.ofFloor}× | ${r.ofPrism === null ? '–' : `${r.ofPrism}×`} |`,
    ),
    '',
    `Prism: ${report.prism}. ${report.machine}.`,
  ].join('\n'),
);
