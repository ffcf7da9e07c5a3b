/**
 * Marks the "On this page" link of the section being read with aria-current="true" (styled in
 * global.css). Only lesson pages carry a table of contents, so this module loads there alone,
 * not in the site script every page shares.
 *
 * The current section is the last heading that has scrolled above a line near the top of the
 * viewport; an IntersectionObserver reports headings crossing that band, so nothing runs on
 * every scroll event.
 */
export function initTocCurrent(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const target = (a: HTMLAnchorElement) => a.getAttribute('href')!.slice(1);
  const headings = links.map((a) => document.getElementById(target(a))).filter((h): h is HTMLElement => h !== null);
  if (!headings.length) return;

  const mark = () => {
    // The band's top edge: a heading above it has been scrolled to (or past).
    const line = innerHeight * 0.3;
    let current = headings[0]!;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const a of links) {
      if (target(a) === current.id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  // Any heading entering or leaving the top 30% of the viewport can change the current section.
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
  headings.forEach((h) => observer.observe(h));
}
