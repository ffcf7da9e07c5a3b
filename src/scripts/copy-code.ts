/**
 * Adds a keyboard-reachable "Copy" button to every Shiki code block and announces the result
 * through one shared polite live region.
 */
export function initCopyButtons(): void {
  const blocks = document.querySelectorAll<HTMLPreElement>('pre.astro-code');
  if (!blocks.length) return;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  blocks.forEach((pre, i) => {
    const wrap = document.createElement('div');
    wrap.className = 'code-block';
    pre.replaceWith(wrap);
    wrap.append(pre);
    const lang = pre.dataset['language'] ?? 'code';
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copy-code';
    btn.textContent = 'Copy';
    btn.setAttribute('aria-label', `Copy ${lang} code, block ${i + 1}`);
    btn.addEventListener('click', () => {
      navigator.clipboard.writeText(pre.innerText.replace(/\n$/, '')).then(
        () => {
          btn.textContent = 'Copied';
          status.textContent = 'Code copied to the clipboard.';
          setTimeout(() => (btn.textContent = 'Copy'), 2000);
        },
        () => (status.textContent = 'Copying failed: select the code and copy it by hand.'),
      );
    });
    wrap.append(btn);
  });
}
