/**
 * The ONE module that owns the running practice exam in the browser, so a reload (or Back, or a
 * trip to a lesson link) resumes it instead of dropping it.
 *
 * Storage: `sessionStorage["tokenlab:exam:v1"]`, the JSON `SavedExam` shape documented in
 * `src/domain/quiz/exam-saved.ts` (the questions by key, the reader's answers, the question on
 * screen, the flags, the start and the deadline). Session storage, because an exam belongs to
 * the tab it runs in: a second tab starts its own.
 *
 * Policy: written after every change while the exam runs, removed when it finishes or the reader
 * starts over. On read the value is checked against the course (`restoreExam`); a value that does
 * not fit exactly (corrupted, hand-edited, from an older course) is removed and reported as
 * `corrupt`, so the page can say so once and start fresh. A new version of the shape gets a new
 * key; an old key is simply not read (an exam lasts minutes, not releases).
 */
import { restoreExam, saveExam } from '../domain/quiz/exam-saved.ts';
import type { ExamSession } from '../domain/quiz/exam-session.ts';
import type { Quiz } from '../domain/quiz/types.ts';
import * as storage from './storage.ts';

const EXAM_KEY = 'tokenlab:exam:v1';
/** Far above any real saved exam; a longer value is not ours and is not parsed. */
const MAX_CHARS = 100_000;

export type LoadedExam = { found: 'none' } | { found: 'corrupt' } | { found: 'exam'; exam: ExamSession };

/** The running exam saved in this tab, if any, checked against `quizzes`. */
export function loadExam(quizzes: readonly Quiz[]): LoadedExam {
  const raw = storage.readSession(EXAM_KEY);
  if (raw === null) return { found: 'none' };
  let exam: ExamSession | null;
  try {
    exam = raw.length > MAX_CHARS ? null : restoreExam(JSON.parse(raw), quizzes);
  } catch {
    exam = null;
  }
  if (exam) return { found: 'exam', exam };
  storage.removeSession(EXAM_KEY);
  return { found: 'corrupt' };
}

/** Saves the running exam. Returns false when storage refuses (the exam goes on in memory). */
export function storeExam(exam: ExamSession): boolean {
  return storage.writeSession(EXAM_KEY, JSON.stringify(saveExam(exam)));
}

/** Forgets the saved exam (finished, or started over). */
export function clearExam(): void {
  storage.removeSession(EXAM_KEY);
}
