import type { Payload, PayloadRequest } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import type { LegacyTask } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'
import type { Contact } from '@/payload-types'

import { upsertContact } from './upsertContact'

type Options = { payload: Payload; req: PayloadRequest; dryRun: boolean }

/** The period for the import report: "2009–2014", "since 2019", or what became of it. */
function describePeriod({ startYear, endYear, periodNote }: LegacyTask): string {
  if (periodNote !== null) return 'period kept as a note'
  if (startYear !== null && endYear !== null) return `${startYear}–${endYear}`
  if (startYear !== null) return `since ${startYear}`
  return endYear !== null ? `until ${endYear}` : 'no period'
}

async function upsertTaskContacts(task: LegacyTask, options: Options): Promise<Contact['id'][]> {
  const ids: Contact['id'][] = []
  const people = [
    { contact: task.operator, role: 'task-operating-agent' as const },
    { contact: task.contact, role: 'other' as const },
  ]
  for (const { contact, role } of people) {
    const id = contact ? await upsertContact(contact, role, options) : undefined
    if (id !== undefined && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/**
 * Creates or updates a task (matched by number) from its legacy page and publishes it, which
 * also fills in a placeholder created earlier from a country page. Years that could not be read
 * from the period leave the stored years as they are; the text is kept as a note instead.
 */
export async function writeTask(
  task: LegacyTask,
  description: RichTextValue | null,
  options: Options,
): Promise<{ existed: boolean; summary: string }> {
  const { payload, req, dryRun } = options
  const existing = await findOne(payload, 'tasks', { number: { equals: task.number } }, req)
  const contacts = await upsertTaskContacts(task, options)
  const people = [task.operator, task.contact].filter(Boolean).length
  const summary = `task ${task.number} "${task.title}": ${task.status}, ${describePeriod(task)}, ${people} contact(s)`
  if (dryRun) return { existed: Boolean(existing), summary }

  const data = {
    _status: 'published' as const,
    number: task.number,
    title: task.title,
    status: task.status,
    summary: task.summary,
    description,
    contacts,
    periodNote: task.periodNote,
    ...(task.periodNote === null ? { startYear: task.startYear, endYear: task.endYear } : {}),
  }
  if (existing) await payload.update({ collection: 'tasks', id: existing.id, data, req })
  else await payload.create({ collection: 'tasks', data, req })
  return { existed: Boolean(existing), summary }
}
