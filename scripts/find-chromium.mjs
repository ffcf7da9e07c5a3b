// Finds a Chromium for Playwright, in this order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Playwright's
// own Chromium if it is installed, then a system Chromium or Chrome. When none is found and we
// run as root with apt-get, installs Debian's `chromium`; otherwise it says exactly what to run.
// It never waits on a browser download (Playwright cannot download browsers on closed networks).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

async function playwrightOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<string>} the path of a Chromium executable */
export async function findChromium({ install = true } = {}) {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist.`);
  }
  const own = await playwrightOwn();
  if (own) return own;
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return system;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (install && isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found. Run `sudo apt-get install -y chromium` (Debian/Ubuntu), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome.',
  );
}
