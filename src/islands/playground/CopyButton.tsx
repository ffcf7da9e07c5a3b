/** Copies text to the clipboard and says whether it worked. */
export function CopyButton({ text, label, onDone }: { text: string; label: string; onDone: (msg: string) => void }) {
  return (
    <button
      type="button"
      class="btn"
      onClick={() => {
        Promise.resolve()
          .then(() => navigator.clipboard.writeText(text))
          .then(
            () => onDone('Copied to the clipboard.'),
            () => onDone('Copying was blocked by the browser: select the text and copy it yourself.'),
          );
      }}
    >
      {label}
    </button>
  );
}
