/**
 * `token-lab serve`: the command line of the lab server (bin/token-lab.mjs runs it).
 * `main()` returns the exit code once the server has stopped, so tests can drive it too.
 */
import { parseArgs } from 'node:util';
import { scenarioIds } from './scenarios.ts';
import type { LabServer } from './server.ts';

export const HELP = `Usage: npx token-lab serve [options]

Runs a simulated Okta org on this machine for your own code: Okta's Management API (users,
groups, System Log, API tokens), OAuth client credentials with private_key_jwt and DPoP, with
expiry, revocation, admin roles and rate limits. No real Okta, no network beyond this machine.

Options:
  --port <n>            port to listen on (default 8787; 0 picks a free one)
  --host <address>      address to bind (default 127.0.0.1, this machine only)
  --seed <text>         seed of the org: same seed, same ids and token values (default token-lab)
  --scenario <id>       start from a playground scenario instead of the seeded org
                        (GET /__lab/scenarios lists them)
  --clock real|manual   real (default): simulated time follows this machine's clock, so SDKs that
                        stamp JWTs and DPoP proofs with their own clock agree with the org;
                        manual: the seed's start time (2 March 2026, 09:00 UTC), moved only by
                        POST /__lab/clock
  --quiet               no line per request
  --help                this text

Every response carries X-Token-Lab-Trace (the check that decided it) and X-Okta-Request-Id;
GET /__lab/trace/<X-Okta-Request-Id> returns the full trace. Control endpoints: GET /__lab/.
Ctrl+C stops the lab.`;

type Print = (line: string) => void;

/** Parses the arguments; returns the options or a message for the user. */
export function parseServeArgs(argv: string[]):
  | { help: true }
  | { error: string }
  | {
      help: false;
      port: number;
      host: string;
      seed: string;
      scenario: string | undefined;
      clock: 'real' | 'manual';
      quiet: boolean;
    } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string', default: 'token-lab' },
        scenario: { type: 'string' },
        clock: { type: 'string', default: 'real' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1 || positionals[0] !== 'serve')
    return { error: `Unknown command ${JSON.stringify(positionals.join(' '))}; the command is "serve".` };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return { error: `--port must be 0 to 65535, not ${values.port}.` };
  if (values.clock !== 'real' && values.clock !== 'manual')
    return { error: `--clock must be real or manual, not ${values.clock}.` };
  if (values.scenario !== undefined && !scenarioIds().includes(values.scenario))
    return { error: `There is no scenario "${values.scenario}". Scenarios: ${scenarioIds().join(', ')}.` };
  return {
    help: false,
    port,
    host: values.host,
    seed: values.seed,
    scenario: values.scenario,
    clock: values.clock,
    quiet: values.quiet,
  };
}

/** What the lab prints once it listens: the org, its admins, a token and lines to copy. */
export function banner(lab: LabServer): string {
  const { org, url } = lab;
  const admins = org.sim.console
    .listAdmins()
    .map((a) => `    ${a.login.padEnd(28)} ${(a.role ?? '').padEnd(23)} ${a.status.padEnd(13)} ${a.id}`);
  const token = org.token;
  const lines = [
    'Token Lab: a simulated Okta org for your own code (nothing here is real Okta).',
    '',
    `  Org URL    ${url}`,
    `  Clock      ${org.clock === 'real' ? 'real: simulated time follows this machine; POST /__lab/clock moves it ahead' : `manual: ${new Date(org.sim.now()).toISOString()}; POST /__lab/clock moves it`}`,
    `  Org        ${org.scenario ? `scenario "${org.scenario}"` : `seeded org, seed "${org.seed}"`}`,
    '  Admins',
    ...admins,
  ];
  if (token) {
    lines.push(
      `  Lab token  ${token.value}`,
      `             (API token ${token.id} of the super admin ${token.login}; lab tokens start with 00lab.)`,
      '',
      "For Okta's SDKs (put `export ` in front in a shell):",
      `  OKTA_CLIENT_ORGURL=${url}`,
      `  OKTA_CLIENT_TOKEN=${token.value}`,
      '',
      'With curl:',
      `  curl -i -H "Authorization: SSWS ${token.value}" "${url}/api/v1/users?limit=2"`,
    );
  } else {
    lines.push('', "The scenario's saved credentials:");
    for (const [key, value] of Object.entries(org.keychain)) lines.push(`  ${key.padEnd(12)} ${value}`);
  }
  lines.push('', `Control endpoints: ${url}/__lab/   Ctrl+C stops the lab.`, '');
  return lines.join('\n');
}

/**
 * Runs `token-lab <argv>`; resolves with the exit code after the server stops (SIGINT or SIGTERM).
 * `print` receives the banner and the request lines.
 */
export async function main(argv: string[], print: Print = (line) => console.log(line)): Promise<number> {
  const args = parseServeArgs(argv);
  if ('error' in args) {
    print(`token-lab: ${args.error}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    print(HELP);
    return 0;
  }
  let lab: LabServer;
  try {
    // Loaded here, not at the top: `--help` and argument errors then start in a fraction of the time.
    const { startLabServer } = await import('./server.ts');
    lab = await startLabServer({ ...args, log: args.quiet ? undefined : print });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    print(
      code === 'EADDRINUSE'
        ? `token-lab: port ${args.port} is in use; pick another with --port.`
        : `token-lab: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 1;
  }
  print(banner(lab));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void lab.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  print('Token Lab stopped.');
  return 0;
}
