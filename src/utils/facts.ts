import { getCollection, type CollectionEntry } from 'astro:content';
import type { Citation, Fact, FactStatus } from '../schemas/fact.ts';
import type { Source } from '../schemas/source.ts';
import { citedIds } from './citations.ts';
import { getCourse } from './course.ts';

/** A citation with its source document looked up. */
export interface ResolvedCitation extends Citation {
  doc: Source;
}

/** A fact ready to show: its citations (and its sides' citations) resolved. */
export interface FactView extends Omit<Fact, 'sources' | 'sides'> {
  sources: ResolvedCitation[];
  sides?: { claim: string; sources: ResolvedCitation[] }[];
}

/** The words a status badge shows; never colour alone. */
export const STATUS_LABEL: Record<FactStatus, string> = {
  confirmed: 'Confirmed',
  observed: 'Observed',
  contested: 'Contested',
  unconfirmed: 'Not documented by Okta',
};

/** The short marker a citation shows in lesson text, by status. */
export const CITE_MARKER: Record<FactStatus, string> = {
  confirmed: 'source',
  observed: 'observed',
  contested: 'contested',
  unconfirmed: 'not documented by Okta',
};

let cached: Promise<Map<string, FactView>> | undefined;

/**
 * Every fact by id, with its sources resolved from `src/content/sources.yaml`. Built once per
 * build. Throws (failing the build) when a fact cites a source id that does not exist.
 */
export function getFacts(): Promise<Map<string, FactView>> {
  cached ??= (async () => {
    const docs = new Map((await getCollection('sources')).map((s) => [s.data.id, s.data]));
    const problems: string[] = [];
    const resolve = (fact: CollectionEntry<'facts'>, list: Citation[]): ResolvedCitation[] =>
      list.flatMap((c) => {
        const doc = docs.get(c.source);
        if (!doc) problems.push(`${fact.filePath ?? 'src/content/facts'} #${fact.id}: unknown source "${c.source}"`);
        return doc ? [{ ...c, doc }] : [];
      });
    const facts = new Map<string, FactView>();
    for (const entry of await getCollection('facts')) {
      const { sources, sides, ...rest } = entry.data;
      facts.set(entry.id, {
        ...rest,
        sources: resolve(entry, sources),
        ...(sides ? { sides: sides.map((s) => ({ claim: s.claim, sources: resolve(entry, s.sources) })) } : {}),
      });
    }
    if (problems.length > 0) throw new Error(`Facts cite unknown sources:\n${problems.join('\n')}`);
    return facts;
  })();
  return cached;
}

/** The facts in course order: one group per chapter, in each group the order of its file. */
export async function getFactGroups(): Promise<{ slug: string; title: string; order: number; facts: FactView[] }[]> {
  const [facts, course] = await Promise.all([getFacts(), getCourse()]);
  const chapters = course.chapters.map((c) => c.slug);
  const stray = [...facts.values()].filter((f) => !chapters.includes(f.group));
  if (stray.length > 0) {
    throw new Error(`Fact groups must be chapter slugs: ${stray.map((f) => `${f.group} (#${f.id})`).join(', ')}`);
  }
  return course.chapters.map((c) => ({
    slug: c.slug,
    title: c.entry.data.title,
    order: c.entry.data.order,
    facts: [...facts.values()].filter((f) => f.group === c.slug),
  }));
}

/**
 * A lesson's Sources list: the documents behind the facts it cites, in order of first citation,
 * then its frontmatter `sources`; each URL once.
 */
export async function lessonSources(lesson: CollectionEntry<'lessons'>): Promise<{ title: string; url: string }[]> {
  const facts = await getFacts();
  const list = citedIds(lesson.body ?? '').flatMap((id) => {
    const fact = facts.get(id);
    return fact ? [...fact.sources, ...(fact.sides ?? []).flatMap((s) => s.sources)].map((c) => c.doc) : [];
  });
  const seen = new Set<string>();
  return [...list, ...lesson.data.sources]
    .filter((s) => !seen.has(s.url) && seen.add(s.url))
    .map(({ title, url }) => ({ title, url }));
}
