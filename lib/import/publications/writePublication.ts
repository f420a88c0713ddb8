import type { Issue, IssueKind } from '@/lib/domain/issues'
import { findOne } from '@/lib/data/content/findOne'
import type { LegacyPublication } from '@/lib/import/legacy/publications'
import { MAX_PUBLICATION_BYTES } from '@/lib/platform/limits'

import { type ImportedId, type ImportTracker, isDryRunId, syncDocument } from '../records/syncDocument'
import { ImportError } from '../types'
import type { PublicationAssets } from './locateAssets'
import { planPdf, storedFileMark } from './planPdf'
import { uploadThumbnail } from './uploadThumbnail'

type Options = {
  tracker: ImportTracker
  /** The line of a front-matter key in the file. */
  lineOf: (key: string) => number
  /** The slug, unique among the publication files imported together. */
  slug: string
  assets: PublicationAssets
}

/** The publication's name in its import record. */
const KEY = 'publication'

const FIELDS: Record<string, { label: string; key: string }> = {
  title: { label: 'the title', key: 'title' },
  description: { label: 'the description', key: 'description' },
  type: { label: 'the type', key: 'type' },
  year: { label: 'the year', key: 'Date' },
  date: { label: 'the date', key: 'Date' },
  tasks: { label: 'the tasks', key: 'title' },
  legacyFileName: { label: 'the file name on the former site', key: 'src' },
  thumbnail: { label: 'the thumbnail', key: 'thumbnailSrc' },
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** The publication as it stands (an editor's draft included), found by its slug. */
async function findLatest({ payload, req }: ImportTracker, slug: string) {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]
}

async function resolveTask(number: number | null, options: Options, warn: (message: string) => void) {
  if (number === null) return []
  const task = await findOne(
    options.tracker.payload,
    'tasks',
    { number: { equals: number } },
    options.tracker.req,
  )
  if (!task) warn(`task ${number} does not exist: the publication is not linked to a task`)
  return task ? [task.id] : []
}

/**
 * Creates or updates a publication (matched by slug) from its legacy file, with its PDF
 * (uploaded once: see planPdf) and thumbnail. Without its PDF it is saved as a draft, which the
 * dashboard lists; it is published on its first import, or once the import attaches its PDF.
 */
export async function writePublication(
  publication: LegacyPublication,
  options: Options,
): Promise<{ created: boolean; summary: string }> {
  const { tracker, lineOf, slug, assets } = options
  const { pdf } = assets
  const warn = (key: string, message: string, kind: IssueKind = 'publication') =>
    tracker.warnings.push({ line: lineOf(key), message, kind })
  const src = publication.src
  if (pdf && pdf.size > MAX_PUBLICATION_BYTES) {
    const message = `the PDF "${src}" is ${megabytes(pdf.size)}; a publication's PDF may be up to ${megabytes(MAX_PUBLICATION_BYTES)}`
    throw new ImportError(lineOf('src'), message)
  }
  const current = await findLatest(tracker, slug)
  const plan = pdf ? await planPdf(tracker, KEY, current, pdf, src) : { upload: false, editorReplaced: false }
  if (plan.editorReplaced)
    warn(
      'src',
      `${publication.title}: an editor replaced the PDF since the last import, and assets/pdfs/${src} changed too: the file's PDF replaces the editor's`,
      'editor change',
    )
  const hasFile = plan.upload || Boolean(current?.filename)
  if (!pdf) {
    const kept = current?.filename
      ? 'the publication keeps the PDF it has'
      : 'the publication is saved as a draft, listed on the dashboard, until an editor attaches its PDF'
    warn('src', `the PDF assets/pdfs/${src} is missing: ${kept}`)
  }

  const year = publication.year ?? pdf?.creationYear ?? null
  if (publication.year === null && year !== null)
    warn(
      'title',
      `neither Date nor the title gives a year: ${year}, the PDF's creation date, is used; check it`,
    )
  const hasYear = year !== null || Boolean(current?.year)
  if (!hasYear)
    warn(
      'title',
      'neither Date, the title nor the PDF gives a year: saved as a draft until an editor gives it',
    )

  const thumbnailIssue = (message: string): Issue => ({
    line: lineOf('thumbnailSrc'),
    message,
    kind: 'publication',
  })
  const thumbnail = assets.thumbnail
    ? await uploadThumbnail(assets.thumbnail, publication.title, tracker, thumbnailIssue)
    : null
  if (publication.thumbnailSrc && !assets.thumbnail)
    warn(
      'thumbnailSrc',
      `the thumbnail assets/images/thumbnails/${publication.thumbnailSrc} is missing: page 1 of the PDF is shown instead`,
    )
  const tasks: ImportedId[] = await resolveTask(publication.task, options, (message) =>
    warn('title', message, 'task'),
  )

  const saved = await syncDocument(tracker, {
    collection: 'publications',
    key: KEY,
    where: current ? { id: { equals: current.id } } : null,
    values: {
      title: publication.title,
      description: publication.description,
      type: publication.type,
      ...(year !== null ? { year } : {}),
      ...(publication.date ? { date: `${publication.date}T00:00:00.000Z` } : {}),
      tasks,
      legacyFileName: src,
      ...(thumbnail !== null && !isDryRunId(thumbnail) ? { thumbnail } : {}),
    },
    initial: { slug },
    name: `publication "${publication.title}"`,
    line: lineOf('title'),
    describe: (field) => {
      const { label = field, key = 'title' } = FIELDS[field] ?? {}
      return { label, line: lineOf(key) }
    },
    publish: !hasFile || !hasYear ? 'never' : plan.upload && !current?.filename ? 'now' : 'first-import',
    ...(plan.upload && pdf ? { filePath: pdf.path } : {}),
  })
  if (pdf) {
    const kept = tracker.previous?.[KEY]?.file
    const after = plan.upload && !tracker.dryRun ? await findLatest(tracker, slug) : current
    const stored = !plan.upload && kept?.written === pdf.hash ? kept.stored : storedFileMark(after)
    tracker.next[KEY] = { ...tracker.next[KEY], file: { written: pdf.hash, stored } }
  }
  const file = pdf ? `PDF ${megabytes(pdf.size)}${plan.upload ? '' : ' (already there)'}` : 'no PDF: draft'
  const extras = [
    file,
    thumbnail !== null ? 'thumbnail' : null,
    tasks.length ? `task ${publication.task}` : null,
  ]
  const summary = `publication "${publication.title}" (${slug}): ${extras.filter(Boolean).join(', ')}`
  return { created: saved.created, summary }
}
