/**
 * `token-lab serve` as a user runs it: bin/token-lab.mjs in a child process (the TypeScript
 * sources through Node's type stripping), its banner, one console line per request, and a clean
 * stop on SIGINT and SIGTERM.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/token-lab.mjs', import.meta.url).pathname;

/** Starts the CLI; resolves with its output so far once `ready` appears in it. */
function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string, ms = 15_000) => {
    const until = Date.now() + ms;
    while (!out.includes(text)) {
      if (Date.now() > until) throw new Error(`"${text}" never appeared in:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  };
  return { child, exited, waitFor, output: () => out };
}

describe('npx token-lab serve', { timeout: 30_000 }, () => {
  it('prints the org URL, admins, a lab token and the lines to copy, logs requests, stops on SIGINT', async () => {
    const cli = run(['serve', '--port', '0']);
    const banner = await cli.waitFor('Ctrl+C stops the lab.');
    const url = /OKTA_CLIENT_ORGURL=(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] ?? '';
    const token = /OKTA_CLIENT_TOKEN=(00lab\.\w+)/.exec(banner)?.[1] ?? '';
    expect(url).not.toBe('');
    expect(banner).toContain('alex.rivera@example.com');
    expect(banner).toContain(`curl -i -H "Authorization: SSWS ${token}" "${url}/api/v1/users?limit=2"`);
    const res = await fetch(`${url}/api/v1/users?limit=2`, { headers: { Authorization: `SSWS ${token}` } });
    expect(res.status).toBe(200);
    await fetch(`${url}/api/v1/users`, { headers: { Authorization: 'SSWS 00lab.unknown' } });
    await cli.waitFor('GET /api/v1/users 401 E0000011 token-known (observed)');
    expect(cli.output()).toContain('GET /api/v1/users?limit=2 200 - creator-role (documented)');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('Token Lab stopped.');
  });

  it('starts from a scenario on the manual clock and stops on SIGTERM', async () => {
    const cli = run(['serve', '--port', '0', '--scenario', 'expired-token', '--clock', 'manual', '--quiet']);
    const banner = await cli.waitFor('Ctrl+C stops the lab.');
    expect(banner).toContain('scenario "expired-token"');
    expect(banner).toContain('manual: 2026-04-02T09:00:00.000Z');
    expect(banner).toMatch(/nightly\s+00lab\./);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('prints its help, and refuses bad options with exit code 2', async () => {
    // Three processes at once: each spends most of its time starting Node.
    const [help, bad, unknown] = [
      run(['--help']),
      run(['serve', '--clock', 'sundial']),
      run(['serve', '--scenario', 'nope']),
    ];
    expect(await Promise.all([help.exited, bad.exited, unknown.exited])).toEqual([0, 2, 2]);
    expect(help.output()).toContain('--clock real|manual');
    expect(bad.output()).toContain('--clock must be real or manual, not sundial.');
    expect(unknown.output()).toContain('There is no scenario "nope".');
  });
});
