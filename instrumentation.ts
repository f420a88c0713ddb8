/**
 * Runs once when the server starts: checks the configuration and opens the database, so a
 * missing secret or an unreachable database stops the server at once with a clear message
 * instead of failing on the first request. An empty development database is seeded.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startServer } = await import('./lib/platform/startup')
  await startServer({
    loadConfig: async () => (await import('@payload-config')).default,
    prepareDevelopmentDatabase: async (payload) => {
      const { seedIfEmpty } = await import('./lib/import/seed/seedIfEmpty')
      await seedIfEmpty(payload)
    },
  })
}
