import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/platform/database/unavailable'

function clientStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status = 'status' in error ? error.status : undefined
  if (typeof status === 'number' && status < 500) return status
  const original = 'originalError' in error ? error.originalError : undefined
  return original === error ? undefined : clientStatusOf(original)
}

/**
 * Answers 503 with a message naming the database when it cannot be reached, instead of
 * Payload's "Something went wrong." with 500, so clients and monitors can tell an outage
 * (retry later) from a bug. REST and GraphQL alike; errors with a client status (4xx) are
 * left alone.
 */
export const reportDatabaseUnavailable: AfterErrorHook = ({ error, graphqlResult }) => {
  if (clientStatusOf(error) !== undefined || !isDatabaseUnavailable(error)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'DatabaseUnavailable', statusCode: 503 },
      },
    }
  }
  return {
    status: 503,
    response: { errors: [{ name: 'DatabaseUnavailable', message: DATABASE_UNAVAILABLE_MESSAGE }] },
  }
}
