/** Errors thrown by Admin Console actions, with a stable `code` for program logic. */

export type ConsoleErrorCode = 'not-found' | 'not-allowed' | 'invalid' | 'duplicate';

/**
 * A console action the real Admin Console would refuse (or an argument no console could
 * produce). `message` is written for a lesson author; match on `code`.
 */
export class ConsoleError extends Error {
  readonly code: ConsoleErrorCode;

  constructor(code: ConsoleErrorCode, message: string) {
    super(message);
    this.name = 'ConsoleError';
    this.code = code;
  }
}
