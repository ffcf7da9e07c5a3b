/**
 * Throughput of the simulator's `handle()` in Node, one request at a time on one core.
 *
 *   npx tsx scripts/bench-sim.ts [--runs 7] [--ms 1000]
 *
 * Prints a table and writes bench/out/sim.json. Each case runs `runs` times for about `ms`
 * milliseconds after a warm-up; the figure reported is the median of the runs. The simulated
 * clock moves forward a minute every few hundred requests so rate limits never interfere.
 * Also compares the pure-TypeScript SHA-256 used for token lookups with WebCrypto's digest.
 * A benchmark, not a test: nothing here fails on a slow machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOktaSim, type OktaSim, type SimRequest } from '../src/domain/okta-sim/index.ts';
import { sha256Hex } from '../src/domain/okta-sim/ssws/sha256.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = opt('runs', 7);
const RUN_MS = opt('ms', 1000);

interface Case {
  name: string;
  expect: number;
  setup(): Promise<{ sim: OktaSim; request: SimRequest; every: number }>;
}

async function sswsSetup(valid: boolean) {
  const sim = createOktaSim({ seed: 'bench' });
  const adminId = sim.console.listAdmins()[0]?.id ?? '';
  const { value } = await sim.console.createApiToken({ name: 'Bench', adminId, rateLimitPercent: 100 });
  const token = valid ? value : '00lab.ThisValueWasNeverIssuedByThisOrg00';
  return {
    sim,
    request: { method: 'GET', url: '/api/v1/users', headers: { Authorization: `SSWS ${token}` } },
    every: 500,
  };
}

const CASES: Case[] = [
  { name: 'SSWS success (GET /api/v1/users, 200)', expect: 200, setup: () => sswsSetup(true) },
  { name: 'SSWS failure (unknown token, 401 E0000011)', expect: 401, setup: () => sswsSetup(false) },
  {
    name: 'Bearer success (GET /api/v1/users, 200)',
    expect: 200,
    async setup() {
      const sim = createOktaSim({ seed: 'bench' });
      const app = sim.console.createServiceApp({
        name: 'Bench',
        grantedScopes: ['okta.users.read'],
        role: 'READ_ONLY_ADMIN',
      });
      const at = await sim.console.issueAccessToken({
        clientId: app.clientId,
        scopes: ['okta.users.read'],
        ttlSeconds: 30 * 86_400,
      });
      return {
        sim,
        request: { method: 'GET', url: '/api/v1/users', headers: { Authorization: `Bearer ${at}` } },
        every: 250,
      };
    },
  },
];

async function runCase(c: Case): Promise<number[]> {
  const { sim, request, every } = await c.setup();
  const first = await sim.handle(request);
  if (first.status !== c.expect) throw new Error(`${c.name}: expected ${c.expect}, got ${first.status}`);
  const rates: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    let n = 0;
    const start = performance.now();
    let elapsed: number;
    do {
      for (let i = 0; i < every; i++) await sim.handle(request);
      n += every;
      sim.advanceTime(60_001);
      elapsed = performance.now() - start;
    } while (elapsed < (run < 0 ? RUN_MS / 2 : RUN_MS));
    if (run >= 0) rates.push((n / elapsed) * 1000);
  }
  return rates;
}

async function hashRates(): Promise<{ pureTs: number; webCrypto: number }> {
  const value = '00lab.CcNZX7El5KBh2yUa4JwUCRuSikqwgLCTlI';
  const bytes = new TextEncoder().encode(value);
  const time = async (fn: () => unknown, n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return (n / (performance.now() - start)) * 1000;
  };
  await time(() => sha256Hex(value), 50_000);
  await time(() => crypto.subtle.digest('SHA-256', bytes), 20_000);
  return {
    pureTs: await time(() => sha256Hex(value), 300_000),
    webCrypto: await time(() => crypto.subtle.digest('SHA-256', bytes), 100_000),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const results = [];
for (const c of CASES) {
  const rates = await runCase(c);
  results.push({ case: c.name, medianPerSecond: Math.round(median(rates)), runs: rates.map(Math.round) });
}
const hash = await hashRates();

console.log(`Node ${process.version}, ${RUNS} runs of ~${RUN_MS} ms each, one request at a time\n`);
console.log('| case | median req/s | min | max |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results)
  console.log(`| ${r.case} | ${fmt(r.medianPerSecond)} | ${fmt(Math.min(...r.runs))} | ${fmt(Math.max(...r.runs))} |`);
console.log(
  `\nSHA-256 of one token value: pure TypeScript ${fmt(hash.pureTs)}/s, WebCrypto digest (awaited) ${fmt(hash.webCrypto)}/s`,
);
const target = results[0]?.medianPerSecond ?? 0;
console.log(`Target: >= 50,000 SSWS requests/s: ${target >= 50_000 ? 'met' : 'NOT met'}`);

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../bench/out/sim.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      runMs: RUN_MS,
      results,
      sha256PerSecond: hash,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nWrote ${out}`);
