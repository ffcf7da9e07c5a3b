/**
 * The search dialog's behaviour, loaded on first open. Pagefind's index (built by
 * `pagefind --site dist` after `astro build`) only exists in the built site.
 */
/** A section of a page (Pagefind splits each page at its headings that have ids). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind excerpts are HTML with <mark>; rebuild them as text nodes so nothing runs as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1]! : part)
      .replace(/<[^>]*>/g, '')
      .replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
      );
    if (!m) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/**
 * Where a result should land: the section of the page with the most matching words (the earlier
 * one on a tie), so the reader arrives at the matching heading rather than the page top.
 */
function bestSection(d: PagefindData): { title: string; url: string; excerpt: string } {
  const page = d.meta.title ?? d.url;
  let best: PagefindSubResult | undefined;
  for (const s of d.sub_results ?? []) if (!best || s.locations.length > best.locations.length) best = s;
  if (!best || best.url === d.url || best.title === page) return { title: page, url: d.url, excerpt: d.excerpt };
  return { title: `${page} › ${best.title}`, url: best.url, excerpt: best.excerpt };
}

/** Wires up the open dialog (its close button and the search field) and loads Pagefind. */
export async function initSearch(dialog: HTMLDialogElement): Promise<void> {
  // Wired here, on the first open: until then the dialog cannot be shown. Escape closes it too.
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const list = dialog.querySelector<HTMLUListElement>('#search-results')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  } catch {
    status.textContent = 'Search is available on the built site (npm start), not in the dev server.';
    return;
  }
  const run = async () => {
    const q = input.value.trim();
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.debouncedSearch(q);
    if (!found) return; // superseded by a newer keystroke
    const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    list.replaceChildren(
      ...data.map((d) => {
        const section = bestSection(d);
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        const p = document.createElement('p');
        p.append(...excerptNodes(section.excerpt));
        li.append(a, p);
        return li;
      }),
    );
    const n = found.results.length;
    status.textContent = n === 0 ? `No results for “${q}”.` : `${n} result${n === 1 ? '' : 's'} for “${q}”.`;
  };
  input.addEventListener('input', () => void run());
  if (input.value) await run();
}
