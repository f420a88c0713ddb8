import type { Issue, LegacyCountry } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'
import { isHttpUrl, slugify } from '@/lib/domain/text'
import { findOne } from '@/lib/data/content/findOne'
import type { Task } from '@/payload-types'

import { CONTACT_SLOTS } from './legacy/readContacts'
import { type ImportedId, type ImportTracker, isDryRunId, syncDocument } from './records/syncDocument'
import { linkContactToCountry, upsertContact } from './upsertContact'

type Options = {
  tracker: ImportTracker
  warnings: Issue[]
  /** The line of a front-matter key in the file. */
  lineOf: (key: string) => number
}

/** Each field the page sets: its name for an editor and the key it comes from. */
const COUNTRY_FIELDS: Record<string, { label: string; key: string }> = {
  name: { label: 'the name', key: 'name' },
  isoCode: { label: 'the ISO code', key: 'flag' },
  body: { label: 'the narrative', key: '' },
  delegates: { label: 'the delegates', key: 'contactName' },
  ongoingTasks: { label: 'the ongoing tasks', key: 'onGoings' },
  completedTasks: { label: 'the completed tasks', key: 'completedTasks' },
}

async function resolveTasks(numbers: number[], status: Task['status'], options: Options) {
  const { tracker, warnings, lineOf } = options
  const { payload, req, dryRun } = tracker
  const ids: ImportedId[] = []
  for (const number of numbers) {
    const existing = await findOne(payload, 'tasks', { number: { equals: number } }, req)
    if (existing) {
      ids.push(existing.id)
      continue
    }
    warnings.push({
      line: lineOf(status === 'ongoing' ? 'onGoings' : 'completedTasks'),
      message: `task ${number} does not exist yet: an unpublished placeholder task "Task ${number}" is created`,
      kind: 'placeholder task',
    })
    tracker.written += 1
    if (!dryRun) {
      const created = await payload.create({
        collection: 'tasks',
        data: { number, title: `Task ${number}`, status, placeholder: true },
        req,
      })
      ids.push(created.id)
    }
  }
  return ids
}

/**
 * Creates or updates a country from a legacy page: its tasks (placeholders for unknown
 * numbers), contacts (matched by e-mail), the country (matched by slug) with its converted
 * body, and its yearly statistics (matched by country and year). Only what the file changed
 * since its last import is written (lib/import/records/). Returns whether the country was created.
 */
export async function writeCountry(
  country: LegacyCountry,
  body: RichTextValue,
  options: Options,
): Promise<{ created: boolean; summary: string }> {
  const { tracker, lineOf } = options
  const slug = slugify(country.name)
  const ongoingTasks = await resolveTasks(country.ongoingTasks, 'ongoing', options)
  const completedTasks = await resolveTasks(country.completedTasks, 'completed', options)
  const contacts = country.contacts.map((contact, index) => ({
    contact,
    line: lineOf(`contactName${CONTACT_SLOTS[index] ?? ''}`),
  }))
  const delegates: ImportedId[] = []
  for (const { contact, line } of contacts) {
    delegates.push(await upsertContact(contact, 'delegate', line, tracker))
  }

  // A report elsewhere on the web has no field since reports became publications with chapters.
  if (country.publicationLink && isHttpUrl(country.publicationLink))
    options.warnings.push({
      line: lineOf('publicationLink'),
      message: `publicationLink "${country.publicationLink}" is not stored: a country's report is its chapter of a publication (upload the PDF as a publication in the admin and set the chapter)`,
      kind: 'publication link',
    })
  const saved = await syncDocument(tracker, {
    collection: 'countries',
    key: 'country',
    where: { slug: { equals: slug } },
    values: {
      name: country.name,
      isoCode: country.isoCode,
      body,
      delegates,
      ongoingTasks,
      completedTasks,
    },
    initial: { slug },
    name: country.name,
    line: lineOf('name'),
    describe: (field) => {
      const { label = field, key = '' } = COUNTRY_FIELDS[field] ?? {}
      return { label, line: key ? lineOf(key) : country.bodyStartLine }
    },
  })
  for (const [index, { contact, line }] of contacts.entries()) {
    const id = delegates[index]
    if (id !== undefined)
      await linkContactToCountry(contact, { contact: id, country: saved.id }, line, tracker)
  }

  const isNew = isDryRunId(saved.id)
  for (const row of country.statistics) {
    await syncDocument(tracker, {
      collection: 'ev-statistics',
      key: `statistics ${row.year}`,
      where: isNew ? null : { and: [{ country: { equals: saved.id } }, { year: { equals: row.year } }] },
      values: { bev: row.bev, phev: row.phev, hev: row.hev },
      initial: { year: row.year, country: saved.id },
      name: `${country.name}, ${row.year}`,
      line: lineOf('BEV'),
      describe: (field) => ({ label: field.toUpperCase(), line: lineOf(field.toUpperCase()) }),
    })
  }
  const summary = `country ${country.name}: ${country.statistics.length} years of statistics, ${country.contacts.length} contact(s), ${country.ongoingTasks.length + country.completedTasks.length} task link(s)`
  return { created: saved.created, summary }
}
