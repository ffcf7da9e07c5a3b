/**
 * "New version available — Reload": shown when a new build of the site has installed its service
 * worker (dist/sw.js, written by scripts/build-sw.mjs) and is waiting. Loaded only then, so
 * pages pay nothing for it otherwise. Reload lets the waiting worker take over and reloads once
 * it has, so the page and its scripts come from the same build.
 */
export function showUpdateNotice(worker: ServiceWorker): void {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'New version available.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-primary';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    worker.postMessage('skip-waiting');
  });
  notice.append(text, button);
  document.body.append(notice);
}
