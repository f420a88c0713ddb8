import type { Payload, PayloadRequest, Where } from 'payload'

import type { Issue } from '@/lib/domain/issues'
import { findOne } from '@/lib/data/content/findOne'
import type { LegacyChapter } from '@/lib/import/legacy/publications'

import { lineOfKey } from '../detectKind'
import type { SourceFile } from '../importPage'
import { hashText, hashValue } from '../records/hashValue'
import { importRecordKey } from '../records/importRecords'
import type { ImportTracker } from '../records/syncDocument'
import { syncDocument } from '../records/syncDocument'
import { trackedImport } from '../records/trackedImport'
import type { FileOutcome } from '../types'

/**
 * What the files before this one in the same run import, or (in a dry run) would import; the
 * chapters by their owner's key (lib/import/checkChapterLinks.ts).
 */
export type ImportedInRun = {
  pdfs: Set<string>
  countries: Set<string>
  tasks: Set<number>
  chapters: Set<string>
}

type Context = { req: PayloadRequest; dryRun: boolean; warnings: Issue[] }
type Result = { outcome: FileOutcome; summary: string }

function ownerOf({ owner }: LegacyChapter) {
  if (owner.kind === 'country') {
    const where: Where = { slug: { equals: owner.slug } }
    return { collection: 'countries' as const, where, name: owner.name, record: `country-${owner.slug}` }
  }
  const where: Where = { number: { equals: owner.number } }
  return { collection: 'tasks' as const, where, name: `task ${owner.number}`, record: `task-${owner.number}` }
}

/** A chapter's country among the publication's countries: added, never removing an editor's. */
async function addCountry(tracker: ImportTracker, publication: number, country: number, name: string) {
  const { payload, req } = tracker
  const latest = await payload.findByID({
    collection: 'publications',
    id: publication,
    draft: true,
    depth: 0,
    req,
  })
  const countries = (latest.countries ?? []).map((item) => (typeof item === 'number' ? item : item.id))
  if (countries.includes(country)) return
  await syncDocument(tracker, {
    collection: 'publications',
    key: 'publication',
    where: { id: { equals: publication } },
    values: { countries: [...countries, country] },
    name: `publication "${latest.title}"`,
    line: 1,
    describe: () => ({ label: `its countries (${name} added)`, line: 1 }),
    publish: 'never',
  })
}

/**
 * Sets a country's or a task's chapter from a legacy chapter file: the publication whose PDF the
 * file names, from the page its `#page=` anchor gives; a country's chapter also adds the country
 * to the publication's countries. An unknown country, task or publication is a warning, and
 * nothing is written.
 */
export async function importChapter(
  payload: Payload,
  chapter: LegacyChapter,
  input: SourceFile,
  context: Context,
  run: ImportedInRun,
): Promise<Result> {
  const { req, dryRun, warnings } = context
  const owner = ownerOf(chapter)
  const ownerDoc = await findOne(payload, owner.collection, owner.where, req)
  const publication = await findOne(payload, 'publications', { legacyFileName: { equals: chapter.src } }, req)
  const lineOf = (key: string) => lineOfKey(input.source, key)
  const inRun =
    chapter.owner.kind === 'country'
      ? run.countries.has(chapter.owner.slug)
      : run.tasks.has(chapter.owner.number)
  const missing = [
    ownerDoc || (dryRun && inRun) ? null : `${owner.name} is not on the site`,
    publication || (dryRun && run.pdfs.has(chapter.src))
      ? null
      : `no publication has the PDF "${chapter.src}"`,
  ].filter((item) => item !== null)
  const summary = `chapter of ${owner.name}: ${chapter.src} from page ${chapter.page}`
  if (missing.length > 0) {
    const message = `${missing.join(', and ')}: this chapter was left out`
    warnings.push({ line: lineOf('src'), message, kind: 'publication' })
    return { outcome: 'skipped', summary: `(${summary})` }
  }
  if (!ownerDoc || !publication)
    return { outcome: 'updated', summary: `${summary}, once this run's files are imported` }

  const target = {
    collection: owner.collection,
    where: owner.where,
    recordKey: importRecordKey('chapters', owner.record),
    source: hashValue([hashText(input.source), publication.id]),
  }
  return trackedImport(payload, target, context, async (tracker) => {
    await syncDocument(tracker, {
      collection: owner.collection,
      key: 'chapter',
      where: owner.where,
      values: { chapter: { publication: publication.id, startPage: chapter.page } },
      name: owner.name,
      line: lineOf('src'),
      describe: () => ({ label: 'the chapter', line: lineOf('src') }),
      publish: 'never',
    })
    if (owner.collection === 'countries') await addCountry(tracker, publication.id, ownerDoc.id, owner.name)
    return { created: false, summary }
  })
}
