// `npm run import -- [--dry-run] <file-or-folder>…`: imports legacy country pages, task pages and
// policy-article Markdown (a whole legacy site at once: its root or its `src` folder). Exits 1
// when any file was refused.
import { getPayload } from 'payload'

import { requestSiteRevalidation } from '../lib/platform/cache/requestSiteRevalidation'
import { describeError } from '../lib/platform/errors'
import { collectFiles } from '../lib/import/collectFiles'
import { formatFileReport, formatIssues, formatSummary } from '../lib/import/formatReport'
import { importFiles } from '../lib/import/importFiles'
import config from '../payload.config'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const inputs = args.filter((arg) => arg !== '--dry-run')

if (inputs.length === 0) {
  console.error('Usage: npm run import -- [--dry-run] <file-or-folder>…')
  process.exit(2)
}

try {
  const { files, missing } = await collectFiles(inputs)
  for (const entry of missing) console.error(`${entry}: no such file or folder`)
  const payload = await getPayload({ config })
  const { reports, lateWarnings } = await importFiles(payload, files, {
    dryRun,
    onReport: (report) => {
      for (const line of formatFileReport(report, dryRun)) console.log(line)
    },
  })
  for (const { file, warnings } of lateWarnings) {
    for (const line of formatIssues(file, warnings, 'warning: ')) console.log(line)
  }
  const wrote =
    !dryRun && reports.some((report) => report.outcome === 'imported' || report.outcome === 'updated')
  if (wrote) console.log(await requestSiteRevalidation())
  console.log(formatSummary(reports))
  await payload.destroy()
  process.exit(reports.some((report) => report.outcome === 'rejected') || missing.length > 0 ? 1 : 0)
} catch (error) {
  console.error(`Import failed: ${describeError(error)}`)
  process.exit(1)
}
