import { afterEach, describe, expect, it, vi } from 'vitest'

import { checkReadiness, ReadinessProblem } from '@/lib/platform/health/readiness'
import { beginShutdown } from '@/lib/platform/lifecycle'

const LIFECYCLE = Symbol.for('ev-country-profiles.lifecycle')

afterEach(() => {
  Reflect.deleteProperty(globalThis, LIFECYCLE)
  vi.restoreAllMocks()
})

const ok = () => Promise.resolve('ok')

describe('checkReadiness', () => {
  it('is ready when every part answers, saying how each is', async () => {
    const report = await checkReadiness({ database: ok, redis: () => Promise.resolve('not used') })
    expect(report).toEqual({ status: 'ready', failing: [], checks: { database: 'ok', redis: 'not used' } })
  })

  it('names the failing part, and never shows the reason of an unexpected error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const secret = 'mongodb://admin:hunter2@db.internal:27017/site'
    const report = await checkReadiness({
      database: () => Promise.reject(new Error(`connect ECONNREFUSED ${secret}`)),
      migrations: () => Promise.reject(new ReadinessProblem('2 not applied')),
      redis: ok,
    })
    expect(report.status).toBe('not ready')
    expect(report.failing).toEqual(['database', 'migrations'])
    expect(report.checks).toEqual({ database: 'unavailable', migrations: '2 not applied', redis: 'ok' })
    expect(JSON.stringify(report)).not.toContain('hunter2')
    // The operator reads the reason in the log.
    expect(errors.mock.calls.map((call) => String(call[0]))).toContainEqual(
      expect.stringContaining('Readiness: database fails: connect ECONNREFUSED'),
    )
  })

  it('gives up on a part that does not answer in time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const started = Date.now()
    const report = await checkReadiness({ database: () => new Promise(() => undefined), redis: ok }, 100)
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(report.failing).toEqual(['database'])
    expect(report.checks.database).toBe('no answer within 100 ms')
  })

  it('logs a failure once per change, and the recovery', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const down = () => Promise.reject(new Error('gone'))
    await checkReadiness({ redis: down })
    await checkReadiness({ redis: down })
    await checkReadiness({ redis: ok })
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
      'Readiness: redis fails: gone',
      'Readiness: redis answers again.',
    ])
  })

  it('answers "stopping" at once once the server is told to stop, asking no part', async () => {
    const database = vi.fn(ok)
    beginShutdown()
    const report = await checkReadiness({ database })
    expect(report).toEqual({
      status: 'stopping',
      failing: ['shutdown'],
      checks: { shutdown: 'the server is stopping' },
    })
    expect(database).not.toHaveBeenCalled()
  })
})
