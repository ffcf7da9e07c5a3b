/**
 * One DOMC item on screen: the question, the one option being asked about, and Yes / No buttons
 * (also the Y and N keys, except while focus is in a text field). The flow and its rules are
 * `domain/quiz/domc.ts`; this card only shows the option the flow asks about and reports the
 * reader's answer. What was said is announced in the card's live region by the caller (`status`).
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { currentOption } from '../../domain/quiz/domc.ts';
import type { DomcItem } from '../../domain/quiz/domc-session.ts';
import type { DomcFlow } from '../../domain/quiz/domc.ts';
import { viewOptions } from '../../domain/quiz/options.ts';

interface Props {
  item: DomcItem;
  flow: DomcFlow;
  /** "Item 2 of 10". */
  label: string;
  /** What the live region says after the last answer. */
  status: string;
  onSay: (yes: boolean) => void;
  /** Shown once the item is over (practice: the verdict and "Next item"); replaces the buttons. */
  after?: ComponentChildren;
  /** More controls beside Yes and No (the exam's "Mark for review"). */
  actions?: ComponentChildren;
  /** Moves focus to the item's heading when it appears (not on the first item). */
  focusOnMount: boolean;
}

/** Whether a key press belongs to a text field (typing a "y" there is not an answer). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function DomcItemCard({ item, flow, label, status, onSay, after, actions, focusOnMount }: Props): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  const q = item.question;
  const option = currentOption(flow);
  const text = option === undefined ? undefined : viewOptions(q)[option]!.text;

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);

  // Y and N answer from anywhere on the page while an option is on screen.
  useEffect(() => {
    if (option === undefined) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key !== 'y' && key !== 'n') return;
      e.preventDefault();
      onSay(key === 'y');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [option, onSay]);

  return (
    <section class="question domc" aria-labelledby="domc-item">
      <h2 id="domc-item" class="question-label" tabIndex={-1} ref={heading}>
        {label}
      </h2>
      <p class="domc-prompt">{q.prompt}</p>
      {text !== undefined && (
        <>
          <p class="hint">
            {q.type === 'truefalse'
              ? 'Is this statement true?'
              : q.type === 'multiple'
                ? 'More than one option may be right. Is this option one of the right answers?'
                : 'Is this option the right answer?'}
          </p>
          <p class="domc-option">
            <span class="domc-option-label">Option:</span> <span class="domc-option-text">{text}</span>
          </p>
          <p class="actions">
            <button type="button" class="btn btn-primary" aria-keyshortcuts="Y" onClick={() => onSay(true)}>
              Yes
            </button>
            <button type="button" class="btn btn-primary" aria-keyshortcuts="N" onClick={() => onSay(false)}>
              No
            </button>
            {actions}
          </p>
          <p class="hint">Keys: Y for Yes, N for No. Once answered, an option cannot be changed.</p>
        </>
      )}
      {after}
      <p class="domc-status" role="status">
        {status}
      </p>
    </section>
  );
}
