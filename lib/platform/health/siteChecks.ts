import type { Payload } from 'payload'

import { pingRedis } from '../cache/stores.mjs'
import { chooseDatabase } from '../database/adapter'

import { CHECK_TIMEOUT_MS, ReadinessProblem, type ReadinessCheck } from './readiness'

/**
 * What the site needs to answer, as readiness checks: the database answers a query, the schema
 * has every migration this build ships (SQLite; MongoDB needs none), and Redis answers when
 * REDIS_URL shares the cache between instances.
 */
export function siteReadinessChecks(
  payload: Payload,
  shippedMigrations: readonly string[],
): Record<string, ReadinessCheck> {
  // One query serves both the database and the migrations, made only when asked.
  let applied: Promise<Set<string>> | undefined
  const readApplied = () =>
    (applied ??= payload
      .find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true } })
      .then(({ docs }) => new Set(docs.flatMap((doc) => doc.name ?? []))))
  return {
    database: async () => {
      await readApplied()
      return 'ok'
    },
    migrations: async () => {
      if (chooseDatabase().kind !== 'sqlite') return 'not used (MongoDB)'
      let names: Set<string>
      try {
        names = await readApplied()
      } catch {
        // The database check names that failure.
        return 'not checked (no database)'
      }
      const missing = shippedMigrations.filter((name) => !names.has(name))
      if (missing.length > 0) throw new ReadinessProblem(`${missing.length} not applied`)
      return 'ok'
    },
    redis: async () => ((await pingRedis(CHECK_TIMEOUT_MS)) ? 'ok' : 'not used (no REDIS_URL)'),
  }
}
