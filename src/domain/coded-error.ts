/**
 * The one shape of the domain's own errors: a stable `code` from a closed set, for program logic,
 * and a `message` written for a person. Callers match on `code`, never on the message text.
 */

/**
 * An error with a stable code. Each kind of failure subclasses it with its own code union and
 * sets `name` to a literal, because a minifier may rename the class itself.
 *
 * @example
 * class ShelfError extends CodedError<'empty' | 'full'> {
 *   override readonly name = 'ShelfError';
 * }
 * new ShelfError('full', 'No room for another book.').code // 'full'
 */
export class CodedError<Code extends string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string) {
    super(message);
    this.code = code;
  }
}
