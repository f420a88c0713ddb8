import type { Payload, PayloadRequest, Where } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import type { Issue, LegacyCountry } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'
import { isHttpUrl, slugify } from '@/lib/domain/text'
import type { Contact, Task } from '@/payload-types'

import { upsertContact } from './upsertContact'

type Options = { payload: Payload; req: PayloadRequest; dryRun: boolean; warnings: Issue[]; taskLine: number }

async function resolveTasks(
  numbers: number[],
  status: Task['status'],
  options: Options,
): Promise<Task['id'][]> {
  const { payload, req, dryRun, warnings, taskLine } = options
  const ids: Task['id'][] = []
  for (const number of numbers) {
    const existing = await findOne(payload, 'tasks', { number: { equals: number } }, req)
    if (existing) {
      ids.push(existing.id)
      continue
    }
    warnings.push({
      line: taskLine,
      message: `task ${number} does not exist yet: an unpublished placeholder task "Task ${number}" is created`,
      kind: 'placeholder task',
    })
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

async function upsertDelegates(country: LegacyCountry, options: Options): Promise<Contact['id'][]> {
  const ids: Contact['id'][] = []
  for (const contact of country.contacts) {
    const id = await upsertContact(contact, 'delegate', options)
    if (id !== undefined) ids.push(id)
  }
  return ids
}

/**
 * Creates or updates a country from a legacy page: its tasks (placeholders for unknown
 * numbers), contacts (matched by e-mail), the country (matched by slug) with its converted
 * body, and its yearly statistics (matched by country and year). Returns whether the country
 * already existed.
 */
export async function writeCountry(
  country: LegacyCountry,
  body: RichTextValue,
  options: Options,
): Promise<{ existed: boolean; summary: string }> {
  const { payload, req, dryRun } = options
  const slug = slugify(country.name)
  const existing = await findOne(payload, 'countries', { slug: { equals: slug } }, req)
  const ongoingTasks = await resolveTasks(country.ongoingTasks, 'ongoing', options)
  const completedTasks = await resolveTasks(country.completedTasks, 'completed', options)
  const delegates = await upsertDelegates(country, options)
  const summary = `country ${country.name}: ${country.statistics.length} years of statistics, ${country.contacts.length} contact(s), ${country.ongoingTasks.length + country.completedTasks.length} task link(s)`
  if (dryRun) return { existed: Boolean(existing), summary }

  const reportUrl =
    country.publicationLink && isHttpUrl(country.publicationLink) ? country.publicationLink : undefined
  const data = {
    _status: 'published' as const,
    name: country.name,
    slug,
    isoCode: country.isoCode,
    body,
    delegates,
    ongoingTasks,
    completedTasks,
    ...(reportUrl ? { reportUrl } : {}),
  }
  const saved = existing
    ? await payload.update({ collection: 'countries', id: existing.id, data, req })
    : await payload.create({ collection: 'countries', data, req })
  for (const id of delegates)
    await payload.update({ collection: 'contacts', id, data: { country: saved.id }, req })

  for (const row of country.statistics) {
    const where: Where = { and: [{ country: { equals: saved.id } }, { year: { equals: row.year } }] }
    const found = await findOne(payload, 'ev-statistics', where, req)
    const values = { bev: row.bev, phev: row.phev, hev: row.hev }
    if (found) await payload.update({ collection: 'ev-statistics', id: found.id, data: values, req })
    else
      await payload.create({
        collection: 'ev-statistics',
        data: { ...values, year: row.year, country: saved.id },
        req,
      })
  }
  return { existed: Boolean(existing), summary }
}
