/** A configuration problem an operator can fix: printed as one line, never as a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Message of any thrown value, for user-facing output. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
