import { describe, expect, it } from 'vitest'

import { isNanBinding } from '@/hooks/reportInvalidNumber'

const nan = () => new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')

describe('isNanBinding', () => {
  it('finds libsql refusing a NaN parameter, however deeply Payload and Drizzle wrap it', () => {
    expect(isNanBinding(nan())).toBe(true)
    expect(isNanBinding(new Error('Failed query: select …', { cause: nan() }))).toBe(true)
    const apiError = Object.assign(new Error('Something went wrong.'), {
      originalError: new Error('Failed query', { cause: nan() }),
    })
    expect(isNanBinding(apiError)).toBe(true)
  })

  it('leaves every other error alone', () => {
    expect(isNanBinding(new RangeError('Invalid array length'))).toBe(false)
    expect(
      isNanBinding(new Error('Only finite numbers (not Infinity or NaN) can be passed as arguments')),
    ).toBe(false)
    expect(isNanBinding('Only finite numbers')).toBe(false)
    expect(isNanBinding(null)).toBe(false)
    const loop: { cause?: unknown } = {}
    loop.cause = loop
    expect(isNanBinding(loop)).toBe(false)
  })
})
