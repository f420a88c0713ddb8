import { describe, expect, it } from 'vitest'

import { processSettings, SETTINGS_APPLIED } from '@/lib/platform/server/processSettings'

describe('processSettings', () => {
  it('sizes the heap and the malloc arenas of a server started without settings', () => {
    expect(processSettings([], { NODE_ENV: 'production', PORT: '3000' })).toEqual({
      flags: ['--max-old-space-size=256', '--max-semi-space-size=16'],
      env: { MALLOC_ARENA_MAX: '2', NODE_ENV: 'production', PORT: '3000', [SETTINGS_APPLIED]: '1' },
    })
  })

  it('leaves every setting the operator gave as it is', () => {
    const settings = processSettings(['--max-old-space-size=1024'], {
      NODE_ENV: 'production',
      NODE_OPTIONS: '--inspect --max-semi-space-size=64',
      MALLOC_ARENA_MAX: '8',
    })
    expect(settings?.flags).toEqual([])
    expect(settings?.env).toMatchObject({
      MALLOC_ARENA_MAX: '8',
      NODE_OPTIONS: '--inspect --max-semi-space-size=64',
    })
  })

  it('does nothing in the process it started', () => {
    expect(processSettings([], { NODE_ENV: 'production', [SETTINGS_APPLIED]: '1' })).toBeNull()
  })
})
