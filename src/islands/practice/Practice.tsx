/**
 * /practice/: one seeded "predict the response" item at a time. The reader picks a response,
 * checks it, and reads which check decided it and the fact behind that; "New variant" draws a
 * fresh seed and puts it in the URL, so the address bar is always a link to the item shown.
 * State lives in the framework-free store (src/domain/practice/store.ts); this view renders it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normaliseSeed, seedOf } from '../../domain/practice/seed.ts';
import { chosenOption, createPracticeStore, type PracticeState } from '../../domain/practice/store.ts';
import { TEMPLATES } from '../../domain/practice/templates.ts';
import { PracticeFeedback } from './PracticeFeedback.tsx';
import '../quiz/quiz.css';
import './practice.css';

interface Props {
  children?: ComponentChildren;
}

/** A fresh seed: of the chosen template, or of one picked at random. Seeds need not be secret. */
function freshSeed(templateId: string): string {
  const id = templateId || TEMPLATES[Math.floor(Math.random() * TEMPLATES.length)]!.id;
  return seedOf(id, Math.floor(Math.random() * 100_000));
}

/** Puts the seed in the address bar without a new history entry: the URL is the share link. */
function showInUrl(seed: string): void {
  const url = new URL(location.href);
  url.searchParams.set('seed', seed);
  history.replaceState(history.state, '', url);
}

export default function Practice({ children }: Props): JSX.Element {
  // The generator pulls in the simulator, so it loads when the first item is asked for.
  const store = useMemo(
    () => createPracticeStore(async (seed) => (await import('../../domain/practice/item.ts')).generateItem(seed)),
    [],
  );
  const [state, setState] = useState<PracticeState>(store.get());
  const [templateId, setTemplateId] = useState('');
  const feedback = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const stop = store.subscribe(setState);
    // An empty `?seed=` is no seed at all; anything else is normalised or replaced, and said so.
    const raw = new URL(location.href).searchParams.get('seed') || null;
    const given = raw === null ? null : normaliseSeed(raw);
    const seed = given?.seed ?? freshSeed('');
    const note =
      raw !== null && given === null
        ? `"${raw.slice(0, 40)}" cannot be a seed: seeds use letters, digits, "-" and "_". Here is a new variant instead.`
        : (given?.note ?? null);
    if (seed !== raw) showInUrl(seed);
    void store.show(seed, note);
    return stop;
  }, [store]);

  // Focus follows the result, as in the quizzes, so the reader lands on the explanation.
  useEffect(() => {
    if (state.checked) feedback.current?.focus();
  }, [state.checked]);

  const newVariant = (id = templateId): void => {
    const seed = freshSeed(id);
    showInUrl(seed);
    void store.show(seed);
  };

  const { item } = state;
  if (!state.seed) return <>{children}</>;
  const chosen = chosenOption(state);
  return (
    <div class="quiz practice">
      <p class="practice-pick">
        <label for="practice-template">Template for new variants</label>
        <select
          id="practice-template"
          value={templateId}
          onChange={(e) => {
            const id = e.currentTarget.value;
            setTemplateId(id);
            newVariant(id);
          }}
        >
          <option value="">Any template</option>
          {TEMPLATES.map((t) => (
            <option value={t.id}>{t.title}</option>
          ))}
        </select>
      </p>
      {state.note && <p class="callout callout-note">{state.note}</p>}
      <form
        class="question"
        aria-busy={item === null}
        onSubmit={(e) => {
          e.preventDefault();
          store.check();
        }}
      >
        <h2 class="question-label">
          Seed <code>{state.seed}</code>
          {item && <>: {item.template.title}</>}
        </h2>
        {item === null ? (
          <p aria-live="polite">Setting up the org for this variant…</p>
        ) : (
          <>
            <ul class="practice-context">
              {item.context.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
            <p class="practice-request-label">The request:</p>
            <pre class="practice-request">
              <code>{item.request.join('\n')}</code>
            </pre>
            <fieldset>
              <legend>{item.question}</legend>
              <ul class="options">
                {item.options.map((o) => (
                  <li key={o.key}>
                    <label class="option">
                      <input
                        type="radio"
                        name="practice-option"
                        value={o.key}
                        checked={state.chosen === o.key}
                        disabled={state.checked}
                        onChange={() => store.choose(o.key)}
                      />
                      <span>
                        {o.response}; {o.decidedBy}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </>
        )}
        <p class="actions">
          <button type="submit" class="btn btn-primary" disabled={item === null || state.checked}>
            Check answer
          </button>
          <button type="button" class="btn" onClick={() => newVariant()}>
            New variant
          </button>
          <a href={`?seed=${encodeURIComponent(state.seed)}`}>Link to this variant</a>
          <span class="hint" aria-live="polite">
            {state.hint}
          </span>
        </p>
        <div class="feedback" ref={feedback} tabIndex={-1} aria-live="polite">
          {item && state.checked && chosen && <PracticeFeedback item={item} chosen={chosen} />}
        </div>
      </form>
    </div>
  );
}
