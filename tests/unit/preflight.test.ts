import { describe, expect, it } from 'vitest'

import { describeUnsupportedNode } from '@/scripts/preflight.mjs'

describe('the Node version check before every command', () => {
  it('stops Node 20 and early 22 with one line saying to install Node 24', () => {
    for (const version of ['20.20.2', '22.17.1', '18.0.0']) {
      const message = describeUnsupportedNode(version)
      expect(message).toContain(`this is Node ${version}`)
      expect(message).toContain('Install Node 24')
      expect(message?.split('\n')).toHaveLength(1)
    }
  })

  it('lets Node 22.18 and later through, the pinned 24 and 26 included', () => {
    for (const version of ['22.18.0', '24.22.3', '26.1.0'])
      expect(describeUnsupportedNode(version)).toBeNull()
  })
})
