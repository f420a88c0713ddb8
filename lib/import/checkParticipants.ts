import type { Payload } from 'payload'

import type { Issue, LegacyCountry, LegacyTask } from '@/lib/import/legacy/types'
import { slugify } from '@/lib/domain/text'

/** A country and the numbers of the tasks it lists (ongoing or completed). */
type CountryTasks = { name: string; tasks: Set<number> }

/** Every country's task numbers as stored, by slug. */
async function readCountryTasks(payload: Payload): Promise<Map<string, CountryTasks>> {
  const [{ docs: tasks }, { docs: countries }] = await Promise.all([
    payload.find({ collection: 'tasks', select: { number: true }, depth: 0, pagination: false }),
    payload.find({
      collection: 'countries',
      select: { name: true, ongoingTasks: true, completedTasks: true },
      depth: 0,
      pagination: false,
    }),
  ])
  const numberOf = new Map(tasks.map((task) => [String(task.id), task.number]))
  const byId = (refs: unknown[] | null | undefined) =>
    (refs ?? []).flatMap(
      (ref) => numberOf.get(String(typeof ref === 'object' && ref && 'id' in ref ? ref.id : ref)) ?? [],
    )
  const listed = new Map<string, CountryTasks>()
  for (const country of countries) {
    // An unfinished draft may have no name yet.
    if (typeof country.name !== 'string' || country.name === '') continue
    listed.set(slugify(country.name), {
      name: country.name,
      tasks: new Set([...byId(country.ongoingTasks), ...byId(country.completedTasks)]),
    })
  }
  return listed
}

/** The differences between one task page's `Participants` and the countries that list the task. */
function compare(task: LegacyTask, countries: Map<string, CountryTasks>): Issue[] {
  const issues: Issue[] = []
  const named = new Set((task.participants ?? []).map((participant) => slugify(participant.name)))
  for (const participant of task.participants ?? []) {
    const country = countries.get(slugify(participant.name))
    if (country?.tasks.has(task.number)) continue
    const message = country
      ? `task ${task.number}: Participants names ${country.name}, but the country page of ${country.name} does not list task ${task.number}`
      : `task ${task.number}: Participants names "${participant.name}", which is not a country on this site`
    issues.push({ line: participant.line, message, kind: 'participants' })
  }
  for (const [slug, country] of countries) {
    if (!country.tasks.has(task.number) || named.has(slug)) continue
    const message = `task ${task.number}: ${country.name} lists this task, but Participants does not name ${country.name}`
    issues.push({ line: task.participantsLine, message, kind: 'participants' })
  }
  return issues
}

/**
 * Compares each task page's `Participants` with the countries that list the task, after the
 * run's countries were imported (or, in a dry run, as they would be). Participation stays
 * derived from the countries: a difference is only reported, as a warning naming the task and
 * the country.
 */
export async function checkParticipants(
  payload: Payload,
  tasks: readonly LegacyTask[],
  importedCountries: readonly LegacyCountry[],
): Promise<Map<LegacyTask, Issue[]>> {
  const withList = tasks.filter((task) => task.participants !== null)
  const differences = new Map<LegacyTask, Issue[]>()
  if (withList.length === 0) return differences
  const countries = await readCountryTasks(payload)
  for (const country of importedCountries) {
    const tasksOfCountry = new Set([...country.ongoingTasks, ...country.completedTasks])
    countries.set(slugify(country.name), { name: country.name, tasks: tasksOfCountry })
  }
  for (const task of withList) differences.set(task, compare(task, countries))
  return differences
}
