import { describe, expect, it } from 'vitest'

import {
  findReleaseFile,
  malformedVersionMessage,
  readReleaseSegment,
} from '@/lib/domain/open-data/releaseRoutes'

describe('release addresses', () => {
  it('name exactly the three frozen files', () => {
    expect(findReleaseFile('ev-statistics.csv')).toBe('csv')
    expect(findReleaseFile('ev-statistics.json')).toBe('json')
    expect(findReleaseFile('datapackage.json')).toBe('dataPackage')
    for (const name of ['csv', 'dataPackage', 'EV-STATISTICS.CSV', 'ev-statistics.csv.bak', '']) {
      expect(findReleaseFile(name)).toBeNull()
    }
  })

  it('tell a numbered version, latest and a malformed segment apart', () => {
    expect(readReleaseSegment('2026.1')).toEqual({ kind: 'version', version: '2026.1' })
    expect(readReleaseSegment('latest')).toEqual({ kind: 'latest' })
    for (const segment of ['2026', '2026.01', '2026.1.1', 'Latest', '../2026.1', ' 2026.1']) {
      expect(readReleaseSegment(segment)).toEqual({ kind: 'malformed' })
    }
  })

  it('say what a version looks like, quoting at most 40 characters of the bad one', () => {
    const message = malformedVersionMessage(`2026.x${'y'.repeat(100)}`)
    expect(message).toMatch(/^"2026\.xy{34}" is not a release version\. .*2026\.1.*"latest"/)
  })
})
