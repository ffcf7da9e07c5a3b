/** Copies text to the clipboard and says whether it worked. */
import { copyText } from './copy';

export function CopyButton({ text, label, onDone }: { text: string; label: string; onDone: (msg: string) => void }) {
  return (
    <button
      type="button"
      class="btn"
      onClick={() =>
        void copyText(text).then((ok) =>
          onDone(
            ok
              ? 'Copied to the clipboard.'
              : 'Copying was blocked by the browser: select the text and copy it yourself.',
          ),
        )
      }
    >
      {label}
    </button>
  );
}
