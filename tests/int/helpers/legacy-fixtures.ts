import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The front matter of a legacy country page, as strings written verbatim into the file. */
export type LegacyPage = {
  name: string
  flagCode: string
  /** JSON arrays of the values for 2020 down to 2010. */
  bev: string
  phev: string
  hev: string
  contactName: string
  contactAffiliation: string
  contactEmail: string
  onGoings: string
  completedTasks: string
  /** The former site's link to the country's report; absent when the page has none. */
  publicationLink?: string
}

/** Eleven values (2020 down to 2010) with the given figures by year, null elsewhere. */
export function series(byYear: Record<number, number>): string {
  const values = Array.from({ length: 11 }, (_, index) => byYear[2020 - index] ?? null)
  return JSON.stringify(values).replace(/,/g, ', ')
}

/** A legacy country page shaped like seed/000_717ca14df04e7b3c.txt, with the given Markdown body. */
export function legacyCountryPage(page: LegacyPage, body = defaultCountryBody(page.name)): string {
  return [
    '---',
    'layout: "layouts/country-layout.njk"',
    `name: "${page.name}"`,
    `flag: "https://lipis.github.io/flag-icon-css/flags/4x3/${page.flagCode}.svg"`,
    'tags: "countries"',
    `BEV: "${page.bev}"`,
    `PHEV: "${page.phev}"`,
    `HEV: "${page.hev}"`,
    `contactName: "${page.contactName}"`,
    `contactAffiliation: "${page.contactAffiliation}"`,
    `contactEmail: "${page.contactEmail}"`,
    'contactNameTwo: ""',
    'contactAffiliationTwo: ""',
    'contactEmailTwo: ""',
    `onGoings: ${page.onGoings}`,
    `completedTasks: ${page.completedTasks}`,
    ...(page.publicationLink === undefined ? [] : [`publicationLink: "${page.publicationLink}"`]),
    '',
    '---',
    body,
  ].join('\n')
}

function defaultCountryBody(name: string): string {
  return [
    '## Major Developments in 2020',
    `Electric mobility keeps growing in ${name}.`,
    '',
    '## Outlook',
    'More charging points are planned.',
    '',
  ].join('\n')
}

/** The front matter of a legacy task page (`tasks/<n>.md`), written verbatim into the file. */
export type LegacyTaskPage = {
  number: string
  title: string
  status: string
  timePeriod: string
  participants: string
  operator: [name: string, affiliation: string, email: string]
  contact: [name: string, affiliation: string, email: string]
}

/** A legacy task page in the format of the legacy site's `tasks/` folder. */
export function legacyTaskPage(page: LegacyTaskPage, body: string): string {
  return [
    '---',
    'layout: "layouts/task-layout.njk"',
    'tags: "tasks"',
    `number: "${page.number}"`,
    `title: "${page.title}"`,
    `status: "${page.status}"`,
    `timePeriod: "${page.timePeriod}"`,
    `Participants: ${page.participants}`,
    'shortDescription: "One sentence about the task."',
    `taskOperatorName: "${page.operator[0]}"`,
    `taskOperatorAffiliation: "${page.operator[1]}"`,
    `taskOperatorEmail: "${page.operator[2]}"`,
    `contactName: "${page.contact[0]}"`,
    `contactAffiliation: "${page.contact[1]}"`,
    `contactEmail: "${page.contact[2]}"`,
    `publicationLink: "/tasksChapters/${page.number}"`,
    '---',
    body,
  ].join('\n')
}

/** A policy article in Markdown with front matter. */
export function articleMarkdown(front: {
  title: string
  slug: string
  country: string
  topic: string
}): string {
  return [
    '---',
    `title: ${front.title}`,
    `slug: ${front.slug}`,
    `country: ${front.country}`,
    `topic: ${front.topic}`,
    'summary: A short test article.',
    '---',
    '',
    '## Incentives',
    '',
    'Purchase premiums for company cars end in 2026.',
    '',
    '### Charging at work',
    '',
    '- Employers may deduct charging points.',
    '- Public chargers are mapped.',
    '',
  ].join('\n')
}

/** 1-based line of the first line starting with `key:`; fails loudly if the fixture has none. */
export function lineOf(source: string, key: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`))
  if (index < 0) throw new Error(`fixture has no "${key}:" line`)
  return index + 1
}

/** Writes the files (names may hold folders: `tasks/12.md`) into a new temporary folder and returns its path. */
export async function writeFixtureFolder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'evcp-import-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
  return dir
}
