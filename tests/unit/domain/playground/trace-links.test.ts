import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACE_CHECKS } from '../../../../src/domain/okta-sim/index.ts';
import { TRACE_LESSONS, traceLink } from '../../../../src/domain/playground/trace-links.ts';

/** GitHub-style heading id: lowercase, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The lesson file for `/learn/<chapter>/<slug>/`: `src/content/lessons/<chapter>/<NN>-<slug>.mdx`. */
function lessonFile(path: string): string | undefined {
  const m = /^\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(path);
  if (!m) return undefined;
  const dir = `src/content/lessons/${m[1]}`;
  if (!existsSync(dir)) return undefined;
  const f = readdirSync(dir).find((x) => new RegExp(`^\\d\\d-${m[2]}\\.mdx$`).test(x));
  return f && `${dir}/${f}`;
}

describe('trace checks link to lesson sections', () => {
  it('maps every check code the simulator can emit', () => {
    expect(Object.keys(TRACE_LESSONS).sort()).toEqual([...TRACE_CHECKS].sort());
  });

  it.each([...TRACE_CHECKS])('%s points to an existing lesson, title and ## heading', (check) => {
    const { href, title } = traceLink(check);
    const [path = '', id = ''] = href.split('#');
    const file = lessonFile(path);
    expect(file, `no lesson file for ${path}`).toBeDefined();
    const mdx = readFileSync(file!, 'utf8');
    expect(mdx).toMatch(new RegExp(`^title: "?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?$`, 'm'));
    const ids = [...mdx.matchAll(/^##\s+(.+)$/gm)].map((m) => slug(m[1]!));
    expect(ids, `${file} has no heading with id ${id}`).toContain(id);
  });

  it('slugs headings the GitHub way', () => {
    expect(slug('Why 403, not 401?')).toBe('why-403-not-401');
    expect(slug('Missing scope: right token, wrong scope')).toBe('missing-scope-right-token-wrong-scope');
  });
});
