import type { Issue } from '@/lib/legacy/types'

import type { FileReport } from './types'

const issueLines = (file: string, issues: Issue[], prefix = '') =>
  issues.map((issue) => `${file}:${issue.line}: ${prefix}${issue.message}`)

/** The lines printed for one file: its outcome, then `file:line: message` for each problem. */
export function formatFileReport(report: FileReport, dryRun: boolean): string[] {
  const verb = dryRun ? { imported: 'would import', updated: 'would update', rejected: 'rejected' } : null
  const outcome = verb ? verb[report.outcome] : report.outcome
  const head = `${report.file}: ${outcome}${report.summary ? ` ${report.summary}` : ''}`
  return [
    head,
    ...issueLines(report.file, report.errors),
    ...issueLines(report.file, report.warnings, 'warning: '),
  ]
}

/** Exactly one closing line: `imported N, updated M, rejected K, warnings W`. */
export function formatSummary(reports: readonly FileReport[]): string {
  const count = (outcome: FileReport['outcome']) =>
    reports.filter((report) => report.outcome === outcome).length
  const warnings = reports.reduce((total, report) => total + report.warnings.length, 0)
  return `imported ${count('imported')}, updated ${count('updated')}, rejected ${count('rejected')}, warnings ${warnings}`
}
