import type { LegacyTask } from '@/lib/import/legacy/types'
import type { RichTextValue } from '@/lib/domain/richtext/build'

import { type ImportedId, type ImportTracker, syncDocument } from './records/syncDocument'
import { upsertContact } from './upsertContact'

type Options = {
  tracker: ImportTracker
  /** The line of a front-matter key in the file. */
  lineOf: (key: string) => number
}

/** Each field the page sets: its name for an editor and the key it comes from. */
const TASK_FIELDS: Record<string, { label: string; key: string }> = {
  title: { label: 'the title', key: 'title' },
  status: { label: 'the status', key: 'status' },
  summary: { label: 'the summary', key: 'shortDescription' },
  description: { label: 'the description', key: '' },
  contacts: { label: 'the contacts', key: 'taskOperatorName' },
  periodNote: { label: 'the period as written', key: 'timePeriod' },
  startYear: { label: 'the start year', key: 'timePeriod' },
  endYear: { label: 'the end year', key: 'timePeriod' },
}

/** The period for the import report: "2009–2014", "since 2019", or what became of it. */
function describePeriod({ startYear, endYear, periodNote }: LegacyTask): string {
  if (periodNote !== null) return 'period kept as a note'
  if (startYear !== null && endYear !== null) return `${startYear}–${endYear}`
  if (startYear !== null) return `since ${startYear}`
  return endYear !== null ? `until ${endYear}` : 'no period'
}

async function upsertTaskContacts(task: LegacyTask, { tracker, lineOf }: Options): Promise<ImportedId[]> {
  const ids: ImportedId[] = []
  const people = [
    { contact: task.operator, role: 'task-operating-agent' as const, key: 'taskOperatorName' },
    { contact: task.contact, role: 'other' as const, key: 'contactName' },
  ]
  for (const { contact, role, key } of people) {
    if (!contact) continue
    const id = await upsertContact(contact, role, lineOf(key), tracker)
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

/**
 * Creates or updates a task (matched by number) from its legacy page; a task never imported
 * before is published, which also fills in a placeholder created earlier from a country page.
 * Years that could not be read from the period leave the stored years as they are; the text is
 * kept as a note instead. Only what the file changed since its last import is written.
 */
export async function writeTask(
  task: LegacyTask,
  description: RichTextValue | null,
  options: Options,
): Promise<{ created: boolean; summary: string }> {
  const { tracker, lineOf } = options
  const contacts = await upsertTaskContacts(task, options)
  const saved = await syncDocument(tracker, {
    collection: 'tasks',
    key: 'task',
    where: { number: { equals: task.number } },
    values: {
      title: task.title,
      status: task.status,
      summary: task.summary,
      description,
      contacts,
      periodNote: task.periodNote,
      ...(task.periodNote === null ? { startYear: task.startYear, endYear: task.endYear } : {}),
    },
    initial: { number: task.number },
    name: `task ${task.number}`,
    line: lineOf('number'),
    describe: (field) => {
      const { label = field, key = '' } = TASK_FIELDS[field] ?? {}
      return { label, line: key ? lineOf(key) : task.bodyStartLine }
    },
  })
  const people = [task.operator, task.contact].filter(Boolean).length
  const summary = `task ${task.number} "${task.title}": ${task.status}, ${describePeriod(task)}, ${people} contact(s)`
  return { created: saved.created, summary }
}
