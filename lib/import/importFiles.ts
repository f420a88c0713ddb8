import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'

import { slugify } from '@/lib/domain/text'
import { makeUniqueSlugs, slugFromFileName } from '@/lib/import/legacy/publications'
import type { Issue, LegacyCountry, LegacyTask } from '@/lib/import/legacy/types'

import { type ChapterLink, chapterOwnerKey, checkChapterLinks } from './checkChapterLinks'
import { checkParticipants } from './checkParticipants'
import type { CollectedFile } from './collectFiles'
import { detectKind, type ImportKind, lineOfKey } from './detectKind'
import { type ImportedFile, importSource, type SourceFile } from './importFile'
import type { ImportedInRun } from './publications/importChapter'
import type { FileReport } from './types'

/**
 * Tasks first (country pages link to them), then countries, then articles (they name a country),
 * publications (they name a task), and chapters (they name a country or task and a publication).
 */
const ORDER: Record<ImportKind, number> = {
  task: 0,
  country: 1,
  article: 2,
  publication: 3,
  chapter: 4,
  unknown: 5,
}

/**
 * Each publication file's slug, from its name, made unique among the files imported together in
 * the order of their paths ("Task 12 Report.md" and "Task_12_Report.md" get `task-12-report` and
 * `task-12-report-2`).
 */
function withUniqueSlugs(sources: SourceFile[]): SourceFile[] {
  const publications = sources.filter((source) => source.kind === 'publication')
  const byPath = [...publications].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const slugs = makeUniqueSlugs(byPath.map((source) => slugFromFileName(source.file)))
  const slugOf = new Map(byPath.map((source, index) => [source, slugs[index]]))
  return sources.map((source) => ({ ...source, slug: slugOf.get(source) }))
}

/** What the files imported so far hold: a dry run's chapters may point at them. */
function noteImported(run: ImportedInRun, result: ImportedFile): void {
  if (result.publication) run.pdfs.add(result.publication.src)
  if (result.country) run.countries.add(slugify(result.country.name))
  if (result.task) run.tasks.add(result.task.number)
  if (result.chapter) run.chapters.add(chapterOwnerKey(result.chapter.owner))
}

/** The pages imported that link their chapter by its former address, with the line of the link. */
function chapterLinksOf(imported: ImportedFile[], sources: SourceFile[]): ChapterLink[] {
  const textOf = new Map(sources.map((source) => [source.file, source.source]))
  return imported.flatMap((result): ChapterLink[] => {
    const link = result.country?.publicationLink ?? result.task?.publicationLink ?? null
    const text = textOf.get(result.report.file)
    if (!link || text === undefined) return []
    return [{ file: result.report.file, link, line: lineOfKey(text, 'publicationLink') }]
  })
}

type Options = {
  dryRun: boolean
  /** Called with each file's report as soon as it is known (for printing as the import goes). */
  onReport?: (report: FileReport) => void
}

/**
 * Imports files one transaction each, in dependency order. A file found in a folder that is no
 * legacy page (no front matter, or none of the keys that tell) is skipped; named on its own it is
 * refused. Finally each task page's `Participants` is compared with the countries, and each page
 * linking its chapter is checked for one (checkChapterLinks). Returns every report (those
 * warnings added to their page's) and, separately, those warnings, which are known only after
 * every file's report was passed to `onReport`.
 */
export async function importFiles(
  payload: Payload,
  files: readonly CollectedFile[],
  options: Options,
): Promise<{ reports: FileReport[]; lateWarnings: { file: string; warnings: Issue[] }[] }> {
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
  const run: ImportedInRun = { pdfs: new Set(), countries: new Set(), tasks: new Set(), chapters: new Set() }
  for (const source of withUniqueSlugs(sources)) {
    const result = await importSource(payload, source, options.dryRun, run)
    noteImported(run, result)
    imported.push(result)
    emit(result.report)
  }

  const tasks = imported.flatMap((result): LegacyTask[] => (result.task ? [result.task] : []))
  const countries = imported.flatMap((result): LegacyCountry[] => (result.country ? [result.country] : []))
  const differences = await checkParticipants(payload, tasks, countries)
  const chapterLinks = await checkChapterLinks(payload, chapterLinksOf(imported, sources), run.chapters)
  const lateWarnings: { file: string; warnings: Issue[] }[] = []
  for (const result of imported) {
    const { file } = result.report
    const warnings = [
      ...((result.task && differences.get(result.task)) || []),
      ...(chapterLinks.get(file) ?? []),
    ]
    if (!warnings.length) continue
    result.report.warnings.push(...warnings)
    lateWarnings.push({ file, warnings })
  }
  return { reports, lateWarnings }
}
