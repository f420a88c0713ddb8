import type { Issue } from '@/lib/import/legacy/types'

import type { FileOutcome, FileReport } from './types'

/** `file:line: message` for each issue, warnings marked as such. */
export function formatIssues(file: string, issues: readonly Issue[], prefix = ''): string[] {
  return issues.map((issue) => `${file}:${issue.line}: ${prefix}${issue.message}`)
}

const DRY_RUN_VERBS: Record<FileOutcome, string> = {
  imported: 'would import',
  updated: 'would update',
  unchanged: 'unchanged',
  rejected: 'rejected',
  skipped: 'skipped',
}

/** The lines printed for one file: its outcome, then `file:line: message` for each problem. */
export function formatFileReport(report: FileReport, dryRun: boolean): string[] {
  const outcome = dryRun ? DRY_RUN_VERBS[report.outcome] : report.outcome
  const head = `${report.file}: ${outcome}${report.summary ? ` ${report.summary}` : ''}`
  return [
    head,
    ...formatIssues(report.file, report.errors),
    ...formatIssues(report.file, report.warnings, 'warning: '),
  ]
}

/** "heading level 3, participants 2": the number of warnings of each kind, most frequent first. */
function countKinds(warnings: readonly Issue[]): string {
  const counts = new Map<string, number>()
  for (const warning of warnings)
    counts.set(warning.kind ?? 'other', (counts.get(warning.kind ?? 'other') ?? 0) + 1)
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ')
}

/**
 * Exactly one closing line: `imported N, updated M, rejected K, warnings W`, then the warnings
 * per kind in brackets when there are any, and the numbers of unchanged and skipped files when
 * there are any. Only files that wrote something count as imported or updated.
 */
export function formatSummary(reports: readonly FileReport[]): string {
  const count = (outcome: FileOutcome) => reports.filter((report) => report.outcome === outcome).length
  const warnings = reports.flatMap((report) => report.warnings)
  const kinds = warnings.length > 0 ? ` (${countKinds(warnings)})` : ''
  const unchanged = count('unchanged') > 0 ? `, unchanged ${count('unchanged')}` : ''
  const skipped = count('skipped') > 0 ? `, skipped ${count('skipped')}` : ''
  return `imported ${count('imported')}, updated ${count('updated')}, rejected ${count('rejected')}, warnings ${warnings.length}${kinds}${unchanged}${skipped}`
}
