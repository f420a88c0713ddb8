import { createConnection } from 'node:net'
import path from 'node:path'

import { requireProgram, type Server, startServer, whenReady } from './processes'

const REDIS_SERVER = '/usr/bin/redis-server'

/** A throwaway Redis (no persistence) on 127.0.0.1:`port`; resolves once it accepts connections. */
export async function startRedis(port: number, logDir: string): Promise<{ server: Server; url: string }> {
  requireProgram(REDIS_SERVER, 'redis-server')
  const server = startServer(
    `redis on port ${port}`,
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { logFile: path.join(logDir, `redis-${port}.log`) },
  )
  await whenReady(server, waitForRedis(port, server))
  return { server, url: `redis://127.0.0.1:${port}` }
}

/** Redis speaks no HTTP: wait for its TCP port instead. */
async function waitForRedis(port: number, server: Server): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`redis exited: see ${server.logFile}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`redis did not accept connections on port ${port} within 10 s: see ${server.logFile}`)
}
