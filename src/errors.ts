/**
 * The error class of reform and the exit-code table.
 * User errors (bad input, missing browser) are expected and printed plainly;
 * anything else is a bug in reform and is reported as such.
 */
import type { MessageKey, Params } from './messages/index.js';

/** Exit codes of every command (documented in the README). */
export const ExitCode = {
  ok: 0,
  /** Bad input: invalid data, missing files, no browser for PDF. */
  userError: 1,
  /** Wrong command line: unknown command or option, bad option value. */
  usage: 2,
  /** A bug in reform: the message asks to report it. */
  internal: 3,
} as const;

/**
 * An error the user can fix. It carries a message key and parameters; the CLI renders it in the
 * user's language (src/messages/) without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly exitCode: number = ExitCode.userError;
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

/** A wrong command line found after parsing (an unknown value of an option): printed like a UserError, exit 2. */
export class UsageError extends UserError {
  override name = 'UsageError';
  override readonly exitCode: number = ExitCode.usage;
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
