import type { AfterErrorHook } from 'payload'

/** What the API answers when a request puts text where an id or number belongs. */
export const INVALID_NUMBER_MESSAGE =
  'A value in the request is not a valid id or number (for example `/api/countries/abc`, or a relationship filter with a name instead of an id).'

// On SQLite, ids and relationships are integers: Payload turns `abc` into NaN, and libsql
// refuses to bind it with this RangeError, which Payload would answer with a 500.
const NAN_BINDING = /Only finite numbers \(not Infinity or NaN\) can be passed as arguments/

/** True when the error, or any error it wraps, is libsql refusing a NaN parameter. */
export function isNanBinding(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  if (error instanceof RangeError && NAN_BINDING.test(error.message)) return true
  const cause = 'cause' in error ? error.cause : undefined
  const original = 'originalError' in error ? error.originalError : undefined
  return (
    (cause !== error && isNanBinding(cause, depth + 1)) ||
    (original !== error && isNanBinding(original, depth + 1))
  )
}

/** Answers text in place of an id or number with 400 and a message instead of a 500. */
export const reportInvalidNumber: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isNanBinding(error)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: INVALID_NUMBER_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'InvalidNumber', statusCode: 400 },
      },
    }
  }
  return { status: 400, response: { errors: [{ name: 'InvalidNumber', message: INVALID_NUMBER_MESSAGE }] } }
}
