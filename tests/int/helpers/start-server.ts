/**
 * Child-process entry for database-unreachable.int.test.ts: starts the app the way the server
 * does (lib/platform/startup.ts: import the Payload config, then getPayload) with the DATABASE_URI the
 * parent gives it. Exits 0 only if the database was reachable.
 */
import { startServer } from '@/lib/platform/startup'

import { INIT_MARKER } from './start-server-child'

// Load the config first so the parent can time Payload's init apart from TypeScript loading.
await import('@payload-config')
console.log(INIT_MARKER)
await startServer({
  loadConfig: async () => (await import('@payload-config')).default,
  prepareDevelopmentDatabase: async () => {},
})
process.exit(0)
