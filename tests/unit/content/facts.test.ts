import { describe, expect, it } from 'vitest';
import { factSchema } from '../../../src/schemas/fact.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { readFacts, readSources, readYamlFolder } from './load-content.ts';

/**
 * The facts collection is the course's evidence. These tests hold it to its own rules, with the
 * same messages the build gives: every fact and source passes its schema, every cited source
 * exists, and every group is a chapter.
 */
const facts = readFacts();
const sources = readSources();
const sourceIds = new Set(sources.map((s) => (s as { id: string }).id));
const chapters = new Set(readYamlFolder('chapters').map((c) => c.name));

describe('the facts collection', () => {
  it.each(facts.map((f) => [`${f.file} #${f.id}`, f] as const))('%s is a valid fact', (_name, f) => {
    const result = factSchema.safeParse(f.data);
    expect(result.success ? '' : formatIssues(`${f.file} #${f.id}`, result.error)).toBe('');
  });

  it('lists every source once, each valid', () => {
    const problems = sources.flatMap((s) => {
      const r = sourceSchema.safeParse(s);
      return r.success ? [] : [formatIssues(`src/content/sources.yaml #${(s as { id?: string }).id}`, r.error)];
    });
    expect(problems).toEqual([]);
    expect(sourceIds.size, 'two sources share an id').toBe(sources.length);
  });

  it('cites only sources that exist in src/content/sources.yaml', () => {
    const unknown = facts.flatMap((f) => {
      const data = f.data as { sources?: { source: string }[]; sides?: { sources: { source: string }[] }[] };
      const cited = [...(data.sources ?? []), ...(data.sides ?? []).flatMap((s) => s.sources)];
      return cited
        .filter((c) => !sourceIds.has(c.source))
        .map((c) => `${f.file} #${f.id}: unknown source "${c.source}"`);
    });
    expect(unknown).toEqual([]);
  });

  it('names each group file after a chapter', () => {
    for (const f of facts)
      expect(chapters.has(f.data['group'] as string), `${f.file}: no chapter of that name`).toBe(true);
  });

  it('uses every source at least once', () => {
    const used = new Set(
      facts.flatMap((f) => {
        const data = f.data as { sources?: { source: string }[]; sides?: { sources: { source: string }[] }[] };
        return [...(data.sources ?? []), ...(data.sides ?? []).flatMap((s) => s.sources)].map((c) => c.source);
      }),
    );
    expect([...sourceIds].filter((id) => !used.has(id))).toEqual([]);
  });
});
