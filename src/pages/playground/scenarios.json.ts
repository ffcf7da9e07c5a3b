/**
 * Every prepared scenario as one static JSON file (`/playground/scenarios.json`). The full
 * playground page carries only its opening scenario in the HTML and fetches this file, from the
 * site itself, when a link names another scenario (`?scenario=<id>`) or restores a share link
 * (`#s=...`). Keeping the 49 scenarios out of the page saves about 6.7 KB gzip of HTML before
 * first paint.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const scenarios = (await getCollection('scenarios')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify(scenarios), { headers: { 'Content-Type': 'application/json' } });
};
