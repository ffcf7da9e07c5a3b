/** A visible label above its control: the one pattern every form field uses. */
import type { ComponentChildren } from 'preact';

export function Field({
  id,
  label,
  children,
  hint,
}: {
  id: string;
  label: string;
  children: ComponentChildren;
  hint?: string | undefined;
}) {
  return (
    <div class="pg-field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="pg-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
