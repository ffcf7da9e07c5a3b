/**
 * Finds fact citations in lesson MDX: `<Cite id="token-sliding-window" />`. Plain text
 * scanning, shared by the lesson page (its Sources list), the Cite component (the line of an
 * unknown id) and the unit tests, so all three read citations the same way.
 */

/** One `<Cite id="…">` and the line it is on (1-based, in the text given). */
export interface CitationRef {
  id: string;
  line: number;
}

/** A `##` section of a lesson: its heading text, the heading's line, and its citations. */
export interface LessonSection {
  heading: string;
  line: number;
  citations: CitationRef[];
}

const CITE_TAG = /<Cite\b[^>]*>/g;
const CITE_ID = /\bid="([^"]*)"/;

/** Lines outside fenced code blocks, with their 1-based numbers: code may show `<Cite>` as text. */
function proseLines(text: string): { text: string; line: number }[] {
  let fenced = false;
  const lines: { text: string; line: number }[] = [];
  text.split('\n').forEach((t, i) => {
    if (/^\s*(```|~~~)/.test(t)) fenced = !fenced;
    else if (!fenced) lines.push({ text: t, line: i + 1 });
  });
  return lines;
}

/**
 * Every `<Cite id="…">` in `text`, in order. A tag whose id is not a plain quoted string is
 * returned with `id: ''`, so checks can reject it instead of silently skipping it.
 *
 * @example
 * findCitations('Tokens expire.<Cite id="token-sliding-window" />') // [{ id: 'token-sliding-window', line: 1 }]
 */
export function findCitations(text: string): CitationRef[] {
  return proseLines(text).flatMap(({ text: t, line }) =>
    [...t.matchAll(CITE_TAG)].map((m) => ({ id: CITE_ID.exec(m[0])?.[1] ?? '', line })),
  );
}

/** The ids cited in `text`, each once, in order of first citation. */
export function citedIds(text: string): string[] {
  return [...new Set(findCitations(text).map((c) => c.id))].filter(Boolean);
}

/**
 * The `##` sections of a lesson, each with the citations between its heading and the next `##`
 * heading. Text before the first `##` belongs to no section.
 */
function lessonSections(text: string): LessonSection[] {
  const sections: LessonSection[] = [];
  for (const { text: t, line } of proseLines(text)) {
    const heading = /^## (.+)$/.exec(t);
    if (heading) sections.push({ heading: heading[1]!.trim(), line, citations: [] });
    else
      sections
        .at(-1)
        ?.citations.push(...[...t.matchAll(CITE_TAG)].map((m) => ({ id: CITE_ID.exec(m[0])?.[1] ?? '', line })));
  }
  return sections;
}

/**
 * Problems with the citations in one lesson file: ids that name no fact, and `<Cite>` tags without
 * a plain `id="…"`. Each message starts with `file:line`.
 */
export function citationProblems(file: string, text: string, known: ReadonlySet<string>): string[] {
  return findCitations(text).flatMap(({ id, line }) =>
    !id
      ? [`${file}:${line}: <Cite> needs a plain id="<fact-id>" attribute`]
      : known.has(id)
        ? []
        : [`${file}:${line}: <Cite id="${id}" /> names no fact; use an id from src/content/facts/*.yaml`],
  );
}

/** `##` sections other than the Recap that cite no fact, as `file:line: ## Heading` messages. */
export function uncitedSections(file: string, text: string): string[] {
  return lessonSections(text)
    .filter((s) => s.heading !== 'Recap' && s.citations.length === 0)
    .map((s) => `${file}:${s.line}: ## ${s.heading} cites no fact`);
}

/** Quiz questions whose `facts` name an unknown fact, as `file: question "id": …` messages. */
export function quizFactProblems(
  file: string,
  quiz: { questions: readonly { id: string; facts?: readonly string[] | undefined }[] },
  known: ReadonlySet<string>,
): string[] {
  return quiz.questions.flatMap((q) =>
    (q.facts ?? [])
      .filter((id) => !known.has(id))
      .map((id) => `${file}: question "${q.id}": fact "${id}" does not exist; use an id from src/content/facts/*.yaml`),
  );
}
