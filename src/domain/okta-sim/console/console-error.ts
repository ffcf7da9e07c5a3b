/** Errors thrown by Admin Console actions, with a stable `code` for program logic. */
import { CodedError } from '../../coded-error.ts';

export type ConsoleErrorCode = 'not-found' | 'not-allowed' | 'invalid' | 'duplicate';

/**
 * A console action the real Admin Console would refuse (or an argument no console could
 * produce). `message` is written for a lesson author; match on `code`.
 */
export class ConsoleError extends CodedError<ConsoleErrorCode> {
  override readonly name = 'ConsoleError';
}
