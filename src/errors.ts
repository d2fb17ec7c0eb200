/**
 * The few error classes of reform and the exit-code table.
 * User errors (bad input, missing browser) are expected and printed plainly;
 * anything else is a bug in reform and is reported as such.
 */
export const ExitCode = {
  ok: 0,
  /** Bad input: invalid data, missing files, no browser for PDF. */
  userError: 1,
  /** Wrong command line, or an internal error (a bug). */
  usage: 2,
  internal: 2,
} as const;

/**
 * An error the user can fix. It carries a message key and parameters; the CLI renders it in the
 * user's language (see i18n.ts) without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly exitCode: number = ExitCode.userError;
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

/** The command line itself is wrong (unknown option, bad value). */
export class UsageError extends UserError {
  override name = 'UsageError';
  override readonly exitCode: number = ExitCode.usage;
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
