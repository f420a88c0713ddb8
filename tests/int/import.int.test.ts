import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectFiles } from '@/lib/import/collectFiles'
import { formatFileReport, formatSummary } from '@/lib/import/formatReport'
import { importFile } from '@/lib/import/importFile'
import { importFiles } from '@/lib/import/importFiles'
import type { FileReport } from '@/lib/import/types'
import type { Issue } from '@/lib/import/legacy/types'
import { seedDatabase } from '@/lib/import/seed/seedDatabase'
import type { Task } from '@/payload-types'

import {
  articleMarkdown,
  type LegacyPage,
  legacyCountryPage,
  lineOf,
  series,
  writeFixtureFolder,
} from './helpers/legacy-fixtures'
import { bootPayload, shutdownPayload } from './helpers/payload'

const AUSTRIA: LegacyPage = {
  name: 'Austria',
  flagCode: 'at',
  bev: series({ 2018: 12001, 2017: 7001 }),
  phev: series({ 2018: 2001 }),
  hev: series({ 2018: 15001, 2017: 9001 }),
  contactName: 'Anna Beispiel',
  contactAffiliation: 'AustriaTech',
  contactEmail: 'Anna.Beispiel@example.at',
  onGoings: '[1, 23]',
  completedTasks: '[7]',
}

/** Each page differs in name, ISO code and e-mail, so nothing of one can be mistaken for another. */
const FILES = {
  'a-austria.txt': legacyCountryPage(AUSTRIA),
  'b-bad-series.txt': legacyCountryPage({
    ...AUSTRIA,
    name: 'Croatia',
    flagCode: 'hr',
    bev: JSON.stringify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    contactEmail: 'croatia@example.hr',
    onGoings: '[1, 98]',
  }),
  'c-bad-email.txt': legacyCountryPage({
    ...AUSTRIA,
    name: 'Denmark',
    flagCode: 'dk',
    contactEmail: 'denmark at example.dk',
    onGoings: '[98]',
  }),
  'd-unknown-task.txt': legacyCountryPage({
    ...AUSTRIA,
    name: 'Estonia',
    flagCode: 'ee',
    bev: series({ 2019: 401 }),
    phev: series({}),
    hev: series({}),
    contactEmail: 'estonia@example.ee',
    onGoings: '[1, 99]',
  }),
  'e-zero-width.txt': legacyCountryPage({
    ...AUSTRIA,
    name: 'Fin\u200Bland\u200B ',
    flagCode: 'fi',
    contactName: 'Fiona\u200B Example ',
    contactEmail: 'finland@example.fi',
    publicationLink: '/countriesChapters/finland',
  }),
  'f-article.md': articleMarkdown({
    title: 'Company Car Taxation',
    slug: 'belgium-company-cars',
    country: 'Belgium',
    topic: 'Taxation',
  }),
  'g-article-unknown-country.md': articleMarkdown({
    title: 'Atlantean Charging',
    slug: 'atlantis-charging',
    country: 'Atlantis',
    topic: 'Infrastructure',
  }),
  'notes.json': '{"not": "imported: only .md, .markdown and .txt files in folders are"}',
}

type Name = keyof typeof FILES

let payload: Payload
let dir: string
const fileOf = (name: Name) => path.join(dir, name)

beforeAll(async () => {
  payload = await bootPayload()
  await seedDatabase(payload)
  dir = await writeFixtureFolder(FILES)
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function countAll() {
  const count = async (collection: CollectionSlug) => (await payload.count({ collection })).totalDocs
  return {
    countries: await count('countries'),
    contacts: await count('contacts'),
    tasks: await count('tasks'),
    'ev-statistics': await count('ev-statistics'),
    'policy-articles': await count('policy-articles'),
    media: await count('media'),
    users: await count('users'),
  }
}

/** Imports a folder the way scripts/import.ts does, keyed by file name in the order of the reports. */
async function importFolder(folder: string, dryRun = false): Promise<Map<string, FileReport>> {
  const { files, missing } = await collectFiles([folder])
  expect(missing).toEqual([])
  const { reports } = await importFiles(payload, files, { dryRun })
  return new Map(reports.map((report) => [path.basename(report.file), report]))
}

function reportOf(reports: Map<string, FileReport>, name: string): FileReport {
  const report = reports.get(name)
  if (!report) throw new Error(`no report for ${name}`)
  return report
}

/** Asserts the issues, in order: each at its line, its message matching. */
function expectIssues(
  issues: readonly Issue[],
  expected: readonly { line: number; message: RegExp }[],
): void {
  expect(issues.map((issue) => issue.line)).toEqual(expected.map((issue) => issue.line))
  expected.forEach((issue, index) => expect(issues[index]?.message).toMatch(issue.message))
}

async function countryBySlug(slug: string) {
  const { docs } = await payload.find({
    collection: 'countries',
    where: { slug: { equals: slug } },
    depth: 0,
  })
  return docs[0]
}

async function taskNumbers(refs: readonly (number | Task)[] | null | undefined): Promise<number[]> {
  const numbers: number[] = []
  for (const ref of refs ?? []) {
    numbers.push(
      typeof ref === 'object'
        ? ref.number
        : (await payload.findByID({ collection: 'tasks', id: ref, depth: 0 })).number,
    )
  }
  return numbers
}

async function statisticsOf(countryId: number) {
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { country: { equals: countryId } },
    sort: 'year',
    depth: 0,
  })
  return docs.map(({ year, bev, phev, hev }) => ({ year, bev, phev, hev }))
}

async function taskExists(number: number): Promise<boolean> {
  return (await payload.count({ collection: 'tasks', where: { number: { equals: number } } })).totalDocs > 0
}

async function contactExists(email: string): Promise<boolean> {
  return (await payload.count({ collection: 'contacts', where: { email: { equals: email } } })).totalDocs > 0
}

describe('importing a folder', () => {
  let reports: Map<string, FileReport>
  let before: Awaited<ReturnType<typeof countAll>>

  beforeAll(async () => {
    before = await countAll()
    reports = await importFolder(dir)
  })

  it('takes the .txt and .md files only and reports an outcome for each', () => {
    expect([...reports.keys()]).toEqual([
      'a-austria.txt',
      'b-bad-series.txt',
      'c-bad-email.txt',
      'd-unknown-task.txt',
      'e-zero-width.txt',
      'f-article.md',
      'g-article-unknown-country.md',
    ])
    expect(Object.fromEntries([...reports].map(([name, report]) => [name, report.outcome]))).toEqual({
      'a-austria.txt': 'imported',
      'b-bad-series.txt': 'rejected',
      'c-bad-email.txt': 'rejected',
      'd-unknown-task.txt': 'imported',
      'e-zero-width.txt': 'imported',
      'f-article.md': 'imported',
      'g-article-unknown-country.md': 'rejected',
    })
    expect(formatSummary([...reports.values()])).toBe(
      'imported 4, updated 0, rejected 3, warnings 2 (placeholder task 1, publication link 1)',
    )
  })

  it('reports each refused file at the line of the problem', () => {
    const series = reportOf(reports, 'b-bad-series.txt')
    expectIssues(series.errors, [
      { line: lineOf(FILES['b-bad-series.txt'], 'BEV'), message: /^BEV has 10 values; expected 11/ },
    ])
    expect(formatFileReport(series, false)).toContain(
      `${fileOf('b-bad-series.txt')}:${lineOf(FILES['b-bad-series.txt'], 'BEV')}: ${series.errors[0]?.message}`,
    )
    expectIssues(reportOf(reports, 'c-bad-email.txt').errors, [
      {
        line: lineOf(FILES['c-bad-email.txt'], 'contactEmail'),
        message: /"denmark at example\.dk" is not a valid e-mail address/,
      },
    ])
    expectIssues(reportOf(reports, 'g-article-unknown-country.md').errors, [
      {
        line: lineOf(FILES['g-article-unknown-country.md'], 'country'),
        message: /unknown country "Atlantis"/,
      },
    ])
  })

  it('writes exactly the good files: refused ones leave no country, contact, statistic or task', async () => {
    const after = await countAll()
    // Austria: 2 years, Estonia: 1 year, Finland (same figures as Austria): 2 years.
    expect(after).toEqual({
      ...before,
      countries: before.countries + 3,
      contacts: before.contacts + 3,
      tasks: before.tasks + 1,
      'ev-statistics': before['ev-statistics'] + 5,
      'policy-articles': before['policy-articles'] + 1,
    })
    for (const iso of ['HR', 'DK']) {
      expect(
        (await payload.count({ collection: 'countries', where: { isoCode: { equals: iso } } })).totalDocs,
      ).toBe(0)
    }
    expect(await contactExists('croatia@example.hr')).toBe(false)
    expect(await contactExists('denmark at example.dk')).toBe(false)
    expect(await taskExists(98)).toBe(false)
    expect(
      (
        await payload.count({
          collection: 'policy-articles',
          where: { slug: { equals: 'atlantis-charging' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('stores a good country with its tasks, delegate and figures (null where missing)', async () => {
    const austria = await countryBySlug('austria')
    expect(austria).toMatchObject({ name: 'Austria', isoCode: 'AT' })
    if (!austria) return
    expect(await taskNumbers(austria.ongoingTasks)).toEqual([1, 23])
    expect(await taskNumbers(austria.completedTasks)).toEqual([7])
    const { docs: delegates } = await payload.find({
      collection: 'contacts',
      where: { country: { equals: austria.id } },
      depth: 0,
    })
    expect(delegates.map(({ name, affiliation, email }) => ({ name, affiliation, email }))).toEqual([
      { name: 'Anna Beispiel', affiliation: 'AustriaTech', email: 'anna.beispiel@example.at' },
    ])
    expect(austria.delegates).toEqual(delegates.map((contact) => contact.id))
    expect(await statisticsOf(austria.id)).toEqual([
      { year: 2017, bev: 7001, phev: null, hev: 9001 },
      { year: 2018, bev: 12001, phev: 2001, hev: 15001 },
    ])
  })

  it('creates a placeholder "Task 99" for an unknown task number, with a warning at its line', async () => {
    const report = reportOf(reports, 'd-unknown-task.txt')
    expectIssues(report.warnings, [
      { line: lineOf(FILES['d-unknown-task.txt'], 'onGoings'), message: /"Task 99"/ },
    ])
    const { docs } = await payload.find({ collection: 'tasks', where: { number: { equals: 99 } }, depth: 0 })
    expect(
      docs.map(({ title, status, placeholder, _status }) => ({ title, status, placeholder, _status })),
    ).toEqual([{ title: 'Task 99', status: 'ongoing', placeholder: true, _status: 'draft' }])
    const estonia = await countryBySlug('estonia')
    expect(await taskNumbers(estonia?.ongoingTasks)).toEqual([1, 99])
  })

  it('cleans zero-width spaces from names, and warns that the chapter its publicationLink names was not imported', async () => {
    const finland = await countryBySlug('finland')
    expect(finland).toMatchObject({ name: 'Finland', isoCode: 'FI' })
    expect(finland?.chapter?.publication ?? null).toBeNull()
    expect(await contactExists('finland@example.fi')).toBe(true)
    const { docs } = await payload.find({
      collection: 'contacts',
      where: { email: { equals: 'finland@example.fi' } },
      depth: 0,
    })
    expect(docs.map((contact) => contact.name)).toEqual(['Fiona Example'])
    expectIssues(reportOf(reports, 'e-zero-width.txt').warnings, [
      {
        line: lineOf(FILES['e-zero-width.txt'], 'publicationLink'),
        message: /publicationLink "\/countriesChapters\/finland" names a chapter, but no chapter file/,
      },
    ])
  })

  it('stores an article for an existing country with its sections as headings', async () => {
    const { docs } = await payload.find({
      collection: 'policy-articles',
      where: { slug: { equals: 'belgium-company-cars' } },
      depth: 0,
    })
    const belgium = await countryBySlug('belgium')
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ title: 'Company Car Taxation', topic: 'Taxation', country: belgium?.id })
    const headings = (docs[0]?.body?.root.children ?? [])
      .filter((node) => node.type === 'heading')
      .map((node) => node.tag)
    expect(headings).toEqual(['h2', 'h3'])
    expect(JSON.stringify(docs[0]?.body)).toContain('Employers may deduct charging points.')
  })
})

describe('a dry run', () => {
  it('reports what it would do and writes nothing at all', async () => {
    const greece = legacyCountryPage({
      ...AUSTRIA,
      name: 'Greece',
      flagCode: 'gr',
      contactEmail: 'greece@example.gr',
      onGoings: '[1, 100]',
    })
    const folder = await writeFixtureFolder({
      'austria.txt': legacyCountryPage({ ...AUSTRIA, bev: series({ 2018: 55555, 2017: 7001 }) }),
      'greece.txt': greece,
      'greece-article.md': articleMarkdown({
        title: 'Greek Islands',
        slug: 'austria-dry-run',
        country: 'Austria',
        topic: 'Islands',
      }),
    })
    const before = await countAll()
    const reports = await importFolder(folder, true)
    expect(Object.fromEntries([...reports].map(([name, report]) => [name, report.outcome]))).toEqual({
      'austria.txt': 'updated',
      'greece-article.md': 'imported',
      'greece.txt': 'imported',
    })
    expectIssues(reportOf(reports, 'greece.txt').warnings, [
      { line: lineOf(greece, 'onGoings'), message: /"Task 100"/ },
    ])
    expect(formatFileReport(reportOf(reports, 'greece.txt'), true)[0]).toMatch(/: would import /)

    expect(await countAll()).toEqual(before)
    expect(await taskExists(100)).toBe(false)
    expect(await contactExists('greece@example.gr')).toBe(false)
    expect(await countryBySlug('greece')).toBeUndefined()
    const austria = await countryBySlug('austria')
    expect((await statisticsOf(austria?.id ?? -1)).find((row) => row.year === 2018)?.bev).toBe(12001)
  })
})

describe('importing again', () => {
  it('writes nothing: every good file is "unchanged" and the counts stay the same', async () => {
    const before = await countAll()
    const reports = await importFolder(dir)
    expect(Object.fromEntries([...reports].map(([name, report]) => [name, report.outcome]))).toEqual({
      'a-austria.txt': 'unchanged',
      'b-bad-series.txt': 'rejected',
      'c-bad-email.txt': 'rejected',
      'd-unknown-task.txt': 'unchanged',
      'e-zero-width.txt': 'unchanged',
      'f-article.md': 'unchanged',
      'g-article-unknown-country.md': 'rejected',
    })
    // Task 99 exists now, so only Finland's relative link is still worth a warning.
    expect(formatSummary([...reports.values()])).toBe(
      'imported 0, updated 0, rejected 3, warnings 1 (publication link 1), unchanged 4',
    )
    expect(await countAll()).toEqual(before)
  })

  it('updates a changed figure in place', async () => {
    const before = await countAll()
    const changed = legacyCountryPage({ ...AUSTRIA, bev: series({ 2018: 12345, 2017: 7001 }) })
    await writeFile(fileOf('a-austria.txt'), changed, 'utf8')
    const report = await importFile(payload, fileOf('a-austria.txt'), false)
    expect(report).toMatchObject({ outcome: 'updated', errors: [], warnings: [] })
    const austria = await countryBySlug('austria')
    expect((await statisticsOf(austria?.id ?? -1)).find((row) => row.year === 2018)).toEqual({
      year: 2018,
      bev: 12345,
      phev: 2001,
      hev: 15001,
    })
    expect(await countAll()).toEqual(before)
  })
})

describe('a report elsewhere on the web', () => {
  it('is not stored, with a warning at its line saying where a report goes now', async () => {
    const source = legacyCountryPage({ ...AUSTRIA, publicationLink: 'https://example.org/austria-2020.pdf' })
    const file = path.join(dir, 'a-austria.txt')
    await writeFile(file, source, 'utf8')
    const report = await importFile(payload, file, false)
    expect(report.errors).toEqual([])
    expectIssues(report.warnings, [
      {
        line: lineOf(source, 'publicationLink'),
        message: /publicationLink "https:\/\/example\.org\/austria-2020\.pdf" is not stored: .*chapter/,
      },
    ])
    expect((await countryBySlug('austria'))?.chapter?.publication ?? null).toBeNull()
  })
})

describe('a file that fails while it is being written', () => {
  it('leaves nothing behind: its new contact and placeholder task are rolled back', async () => {
    // Belgium exists; AT belongs to Austria. Tasks and contacts are written before the country
    // update, which then breaks the unique ISO code.
    const source = legacyCountryPage({
      ...AUSTRIA,
      name: 'Belgium',
      flagCode: 'at',
      contactName: 'New Person',
      contactEmail: 'new.person@example.be',
      onGoings: '[1, 97]',
    })
    const file = path.join(dir, 'z-collision.txt')
    await writeFile(file, source, 'utf8')
    const before = await countAll()

    const report = await importFile(payload, file, false)
    expect(report.outcome).toBe('rejected')
    expect(report.errors.map((issue) => issue.message).join('\n')).toMatch(/isoCode/i)

    expect(await countAll()).toEqual(before)
    expect(await contactExists('new.person@example.be')).toBe(false)
    expect(await taskExists(97)).toBe(false)
    expect(await countryBySlug('belgium')).toMatchObject({ name: 'Belgium', isoCode: 'BE' })
  })
})
