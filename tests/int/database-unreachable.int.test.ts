import { createServer, type Server, type Socket } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runStartServer, type StartResult } from './helpers/start-server-child'

const INIT_LIMIT_MS = 10_000
const STACK_LINE = /^\s{4}at /m

/** A loopback server that accepts connections and never answers: a blackholed MongoDB. */
let blackhole: Server
const held: Socket[] = []
const results = new Map<string, StartResult>()

// Port 1 on loopback refuses at once; the blackhole accepts and then stays silent.
const cases = {
  refused: { uri: () => 'mongodb://evcp:hunter2@127.0.0.1:1/evcp', hosts: () => '127.0.0.1:1' },
  blackholed: {
    uri: () => `mongodb://127.0.0.1:${blackholePort()}/evcp`,
    hosts: () => `127.0.0.1:${blackholePort()}`,
  },
}

function blackholePort(): number {
  const address = blackhole.address()
  if (address === null || typeof address === 'string')
    throw new Error('The blackhole server is not listening')
  return address.port
}

beforeAll(async () => {
  blackhole = createServer((socket) => void held.push(socket))
  await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve))
  // Both starts run at once: most of their time is spent waiting for MongoDB.
  await Promise.all(
    Object.entries(cases).map(async ([name, { uri }]) => {
      results.set(name, await runStartServer(uri(), 45_000))
    }),
  )
}, 60_000)
afterAll(async () => {
  for (const socket of held) socket.destroy()
  await new Promise((resolve) => blackhole.close(resolve))
})

function resultOf(name: string): StartResult {
  const result = results.get(name)
  if (!result) throw new Error(`No result for ${name}`)
  return result
}

it('really tried the blackholed server', () => {
  expect(held.length).toBeGreaterThan(0)
})

describe.each(Object.entries(cases))('an unreachable MongoDB (%s)', (name, { hosts }) => {
  it('stops the start with a non-zero exit code', () => {
    expect(resultOf(name).code).not.toBe(0)
    expect(resultOf(name).code).not.toBeNull() // null: killed because it hung
  })

  it(`fails Payload's init in under ${INIT_LIMIT_MS / 1000} s`, () => {
    const { initMs } = resultOf(name)
    expect(initMs).toBeDefined()
    expect(initMs).toBeLessThan(INIT_LIMIT_MS)
  })

  it('names MongoDB and the host in its message', () => {
    const { stderr } = resultOf(name)
    expect(stderr).toMatch(/MongoDB/)
    expect(stderr).toContain(hosts())
  })

  it('prints no stack trace', () => {
    const { stderr, stdout } = resultOf(name)
    expect(stderr).not.toMatch(STACK_LINE)
    expect(stdout).not.toMatch(STACK_LINE)
  })

  it('never prints the credentials from DATABASE_URI', () => {
    const { stderr, stdout } = resultOf(name)
    expect(`${stdout}\n${stderr}`).not.toContain('hunter2')
  })
})
