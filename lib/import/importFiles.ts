import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'

import type { Issue, LegacyCountry, LegacyTask } from '@/lib/import/legacy/types'

import { checkParticipants } from './checkParticipants'
import type { CollectedFile } from './collectFiles'
import { detectKind, type ImportKind } from './detectKind'
import { type ImportedFile, importSource, type SourceFile } from './importFile'
import type { FileReport } from './types'

/** Tasks first (country pages link to them), then countries, then articles (they name a country). */
const ORDER: Record<ImportKind, number> = {
  task: 0,
  country: 1,
  article: 2,
  publication: 3,
  chapter: 3,
  unknown: 4,
}

type Options = {
  dryRun: boolean
  /** Called with each file's report as soon as it is known (for printing as the import goes). */
  onReport?: (report: FileReport) => void
}

/**
 * Imports files one transaction each, in dependency order. A file found in a folder that is no
 * legacy page (no front matter, or none of the keys that tell) is skipped; named on its own it is
 * refused. Finally each task page's `Participants` is compared with the countries. Returns every
 * report (the participation warnings added to their task's) and, separately, those warnings,
 * which are known only after every file's report was passed to `onReport`.
 */
export async function importFiles(
  payload: Payload,
  files: readonly CollectedFile[],
  options: Options,
): Promise<{ reports: FileReport[]; participation: { file: string; warnings: Issue[] }[] }> {
  const sources: SourceFile[] = []
  const reports: FileReport[] = []
  const emit = (report: FileReport) => {
    reports.push(report)
    options.onReport?.(report)
  }
  for (const entry of files) {
    const source = await readFile(entry.path, 'utf8')
    const kind = detectKind(source)
    if (kind === 'unknown' && !entry.explicit) {
      emit({ file: entry.path, outcome: 'skipped', summary: '(not a legacy page)', errors: [], warnings: [] })
    } else {
      sources.push({ file: entry.path, root: entry.root, source, kind })
    }
  }
  sources.sort((a, b) => ORDER[a.kind] - ORDER[b.kind])

  const imported: ImportedFile[] = []
  for (const source of sources) {
    const result = await importSource(payload, source, options.dryRun)
    imported.push(result)
    emit(result.report)
  }

  const tasks = imported.flatMap((result): LegacyTask[] => (result.task ? [result.task] : []))
  const countries = imported.flatMap((result): LegacyCountry[] => (result.country ? [result.country] : []))
  const differences = await checkParticipants(payload, tasks, countries)
  const participation: { file: string; warnings: Issue[] }[] = []
  for (const result of imported) {
    const warnings = result.task ? differences.get(result.task) : undefined
    if (!warnings?.length) continue
    result.report.warnings.push(...warnings)
    participation.push({ file: result.report.file, warnings })
  }
  return { reports, participation }
}
