/**
 * Registers the service worker that keeps the site readable offline (scripts/build-sw.mjs writes
 * /sw.js after the build; the dev server has none). It registers after `load`, so it never
 * competes with the page, and the update notice's code loads only when a new build is waiting.
 */
export function initOffline(): void {
  const sw = navigator.serviceWorker;
  if (!import.meta.env.PROD || !sw) return;
  addEventListener('load', () => {
    sw.register('/sw.js').then(
      (reg?: ServiceWorkerRegistration) => {
        // No registration: the browser refused it quietly (Playwright's serviceWorkers: 'block' does).
        if (!reg) return;
        // A waiting worker while another one controls the page is a new build of the site.
        const check = () => {
          if (reg.waiting && sw.controller)
            void import('./update-notice.ts').then((m) => m.showUpdateNotice(reg.waiting!));
        };
        check();
        reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', check));
      },
      () => undefined,
    );
  });
}
