/** A JSON body as highlighted text: spans with classes, never HTML strings. */
import { tokenizeJson } from '../../domain/playground/json-tokens.ts';

export function JsonView({ text, label }: { text: string; label: string }) {
  return (
    <pre class="pg-json" tabIndex={0} aria-label={label}>
      <code>
        {tokenizeJson(text).map((t) => (t.kind === 'plain' ? t.text : <span class={`j-${t.kind}`}>{t.text}</span>))}
      </code>
    </pre>
  );
}
