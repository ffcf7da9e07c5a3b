/** Small checks on reader text, shared by the parsers. */

/**
 * True if text has a control character (C0 or DEL). Tab is always allowed; line breaks
 * (`\n`, `\r`) only when `multiline`.
 */
export function hasControlChar(text: string, multiline = false): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return (multiline ? /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/ : /[\x00-\x08\x0a-\x1f\x7f]/).test(text);
}
