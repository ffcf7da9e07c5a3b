/** Copies text to the clipboard; resolves to false when the browser refuses (no permission, insecure context). */
export function copyText(text: string): Promise<boolean> {
  return Promise.resolve()
    .then(() => navigator.clipboard.writeText(text))
    .then(
      () => true,
      () => false,
    );
}
