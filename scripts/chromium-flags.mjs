// Flags that keep Chromium quiet on a closed network (see ../shared/TOOLCHAIN.md): without the
// background-networking ones it keeps trying Google's hosts. Shared by Playwright and the benchmarks.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
