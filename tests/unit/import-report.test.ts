import { describe, expect, it } from 'vitest'

import { formatFileReport, formatSummary } from '@/lib/import/formatReport'
import type { FileReport } from '@/lib/import/types'

const report = (outcome: FileReport['outcome'], warnings: FileReport['warnings'] = []): FileReport => ({
  file: `/site/${outcome}.md`,
  outcome,
  summary: '',
  errors: [],
  warnings,
})

describe('formatSummary', () => {
  it('keeps the one line it always had when nothing was warned about or skipped', () => {
    expect(formatSummary([report('imported'), report('updated'), report('rejected')])).toBe(
      'imported 1, updated 1, rejected 1, warnings 0',
    )
  })

  it('counts the warnings of each kind, most frequent first, and the skipped files', () => {
    const heading = { line: 3, message: 'h', kind: 'heading level' as const }
    const html = { line: 4, message: 'x', kind: 'HTML' as const }
    const reports = [
      report('imported', [heading, html, heading]),
      report('updated', [html, heading, { line: 1, message: 'other' }]),
      report('skipped'),
    ]
    expect(formatSummary(reports)).toBe(
      'imported 1, updated 1, rejected 0, warnings 6 (heading level 3, HTML 2, other 1), skipped 1',
    )
  })
})

describe('formatSummary of a re-import', () => {
  it('counts the files that wrote nothing apart, after the warnings', () => {
    const reports = [report('unchanged'), report('unchanged'), report('updated'), report('skipped')]
    expect(formatSummary(reports)).toBe(
      'imported 0, updated 1, rejected 0, warnings 0, unchanged 2, skipped 1',
    )
  })
})

describe('formatFileReport', () => {
  it('says what a dry run would do, then each problem as file:line', () => {
    const lines = formatFileReport(
      { ...report('imported', [{ line: 9, message: 'heading shifted' }]), summary: 'task 12' },
      true,
    )
    expect(lines).toEqual([
      '/site/imported.md: would import task 12',
      '/site/imported.md:9: warning: heading shifted',
    ])
  })
})
