import type { AfterErrorHook } from 'payload'

/** What the API answers when a request puts a value of the wrong kind into a query. */
export const INVALID_VALUE_MESSAGE =
  'A value in the request is not a valid id or number, or has the wrong type (for example `/api/countries/abc`, a relationship filter with a name instead of an id, or an object where text belongs).'

// On SQLite, ids and relationships are integers: Payload turns `abc` into NaN, and libsql
// refuses to bind it; an object smuggled into a filter (`where[slug][equals][$gt]=`) cannot be
// bound either. Payload would answer both with a 500.
const UNBINDABLE = [
  /Only finite numbers \(not Infinity or NaN\) can be passed as arguments/,
  /SQLite3 can only bind numbers, strings, bigints, buffers, and null/,
]

/** True when the error, or any error it wraps, is the database driver refusing a parameter. */
export function isUnbindableValue(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  if (error instanceof Error && !('query' in error) && UNBINDABLE.some((text) => text.test(error.message))) {
    return true
  }
  const cause = 'cause' in error ? error.cause : undefined
  const original = 'originalError' in error ? error.originalError : undefined
  return (
    (cause !== error && isUnbindableValue(cause, depth + 1)) ||
    (original !== error && isUnbindableValue(original, depth + 1))
  )
}

/** Answers a value the database cannot take with 400 and a message instead of a 500. */
export const reportInvalidValue: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isUnbindableValue(error)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: INVALID_VALUE_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'InvalidValue', statusCode: 400 },
      },
    }
  }
  return { status: 400, response: { errors: [{ name: 'InvalidValue', message: INVALID_VALUE_MESSAGE }] } }
}
