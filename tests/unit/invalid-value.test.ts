import { describe, expect, it } from 'vitest'

import { isUnbindableValue } from '@/hooks/reportInvalidValue'

const nan = () => new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')

describe('isUnbindableValue', () => {
  it('finds libsql refusing a NaN parameter, however deeply Payload and Drizzle wrap it', () => {
    expect(isUnbindableValue(nan())).toBe(true)
    expect(isUnbindableValue(new Error('Failed query: select …', { cause: nan() }))).toBe(true)
    const apiError = Object.assign(new Error('Something went wrong.'), {
      originalError: new Error('Failed query', { cause: nan() }),
    })
    expect(isUnbindableValue(apiError)).toBe(true)
  })

  it('finds a value of the wrong type that could not be bound', () => {
    const unbindable = new TypeError('SQLite3 can only bind numbers, strings, bigints, buffers, and null')
    expect(isUnbindableValue(new Error('Failed query', { cause: unbindable }))).toBe(true)
  })

  it('leaves every other error alone', () => {
    expect(isUnbindableValue(new RangeError('Invalid array length'))).toBe(false)
    // Drizzle's wrapper quotes the query's parameters, i.e. user input: only its cause decides.
    const quoting = Object.assign(
      new Error('Failed query, params: Only finite numbers (not Infinity or NaN) can be passed as arguments'),
      {
        query: 'select 1',
      },
    )
    expect(isUnbindableValue(quoting)).toBe(false)
    expect(isUnbindableValue('Only finite numbers')).toBe(false)
    expect(isUnbindableValue(null)).toBe(false)
    const loop: { cause?: unknown } = {}
    loop.cause = loop
    expect(isUnbindableValue(loop)).toBe(false)
  })
})
