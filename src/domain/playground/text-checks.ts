/** Small checks on reader text, shared by the parsers. */

/**
 * True if text has a control character (C0 or DEL). Tab is always allowed; line breaks
 * (`\n`, `\r`) only when `multiline`.
 */
export function hasControlChar(text: string, multiline = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || (multiline && (c === 10 || c === 13))) continue;
    if (c < 32 || c === 127) return true;
  }
  return false;
}
