// Applies the reader's saved theme before first paint, so a saved "Dark" never flashes light.
// astro.config.mjs injects it at the head-inline stage (hashed into the CSP): Astro's processed
// scripts are deferred modules that would run after the first paint. Key: src/scripts/theme.ts.
try {
  var t = localStorage.getItem('tokenlab:theme');
  if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
} catch {
  /* Storage blocked (private mode or policy): follow the system theme. */
}
