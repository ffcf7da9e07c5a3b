/**
 * "Sources:" after an answered question: a link to each fact its answer key rests on, at
 * `/facts/#<id>`, so the reader can check the key against Okta's words. A contested or
 * unconfirmed fact says so in words beside its link, as lesson citations do.
 */
import type { JSX } from 'preact';
import type { FactLink } from '../../domain/quiz/types.ts';

/** What a fact that is not settled says beside its link. */
const NOTE: Partial<Record<FactLink['status'], string>> = {
  contested: 'contested',
  unconfirmed: 'not documented by Okta',
};

/** The question's facts as links, or nothing when it names none. */
export function FactLinks({ facts }: { facts?: FactLink[] | undefined }): JSX.Element | null {
  if (!facts || facts.length === 0) return null;
  return (
    <p class="fact-links">
      Sources:{' '}
      {facts.map((f, i) => (
        <>
          {i > 0 && ', '}
          <a href={`/facts/#${f.id}`}>{f.title}</a>
          {NOTE[f.status] && ` (${NOTE[f.status]})`}
        </>
      ))}
    </p>
  );
}
