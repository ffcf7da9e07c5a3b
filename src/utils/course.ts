import { getCollection, type CollectionEntry } from 'astro:content';

export interface LessonRef {
  entry: CollectionEntry<'lessons'>;
  /** URL segment, the file name without its `NN-` prefix. */
  slug: string;
  url: string;
  chapter: ChapterRef;
  /** Position in the whole course, from 0. */
  index: number;
}

export interface ChapterRef {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  url: string;
  quizUrl: string;
  lessons: LessonRef[];
}

export interface Course {
  chapters: ChapterRef[];
  /** Every lesson in reading order. */
  lessons: LessonRef[];
}

/** The lesson's URL segment: the file name without the `NN-` ordering prefix. */
function lessonSlug(id: string): string {
  return (id.split('/').pop() ?? id).replace(/^\d+-/, '');
}

let cached: Promise<Course> | undefined;

/**
 * The course outline: chapters by `order`, lessons by `order` inside each chapter. Built once per
 * build and shared by every page. Throws (failing the build) if a lesson names a chapter that
 * does not exist or two lessons share a slug in a chapter.
 */
export function getCourse(): Promise<Course> {
  cached ??= (async () => {
    const chapterEntries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
    const lessonEntries = await getCollection('lessons');
    const chapters: ChapterRef[] = chapterEntries.map((entry) => ({
      entry,
      slug: entry.data.slug,
      url: `/learn/${entry.data.slug}/`,
      quizUrl: `/learn/${entry.data.slug}/quiz/`,
      lessons: [],
    }));
    const bySlug = new Map(chapters.map((c) => [c.slug, c]));
    for (const entry of lessonEntries) {
      const chapter = bySlug.get(entry.data.chapter);
      if (!chapter) {
        throw new Error(
          `${entry.filePath ?? entry.id}: chapter "${entry.data.chapter}" does not exist; use one of ${[...bySlug.keys()].join(', ')}`,
        );
      }
      const slug = lessonSlug(entry.id);
      if (slug === 'quiz') throw new Error(`${entry.filePath ?? entry.id}: a lesson cannot be named "quiz"`);
      if (chapter.lessons.some((l) => l.slug === slug)) {
        throw new Error(`${entry.filePath ?? entry.id}: another lesson in ${chapter.slug} is already called "${slug}"`);
      }
      chapter.lessons.push({ entry, slug, url: `${chapter.url}${slug}/`, chapter, index: 0 });
    }
    const lessons: LessonRef[] = [];
    for (const c of chapters) {
      c.lessons.sort((a, b) => a.entry.data.order - b.entry.data.order);
      for (const l of c.lessons) {
        l.index = lessons.length;
        lessons.push(l);
      }
    }
    return { chapters, lessons };
  })();
  return cached;
}

/** Reading time in minutes from the MDX source (about 200 words a minute, code included). */
export function readingMinutes(body: string | undefined): number {
  const words = (body ?? '')
    .replace(/^import .*$/gm, '')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}

/** `getStaticPaths` for a page per chapter (`/learn/[chapter]/…`): the chapter as its prop. */
export async function chapterPaths(): Promise<{ params: { chapter: string }; props: { chapter: ChapterRef } }[]> {
  const course = await getCourse();
  return course.chapters.map((chapter) => ({ params: { chapter: chapter.slug }, props: { chapter } }));
}
