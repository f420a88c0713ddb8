import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectFiles } from '@/lib/import/collectFiles'
import { formatSummary } from '@/lib/import/formatReport'
import { importFiles } from '@/lib/import/importFiles'
import { type ImportRecord, importRecordKey } from '@/lib/import/records/importRecords'
import { seedDatabase } from '@/lib/import/seed/seedDatabase'
import { SEED_FILES, seedDirectory } from '@/lib/import/seed/files'
import type { FileReport } from '@/lib/import/types'
import type { User } from '@/payload-types'

import {
  articleMarkdown,
  type LegacyPage,
  legacyCountryPage,
  legacyTaskPage,
  lineOf,
  series,
  writeFixtureFolder,
} from './helpers/legacy-fixtures'
import { richTextParagraph } from './helpers/lexical'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

const AUSTRIA: LegacyPage = {
  name: 'Austria',
  flagCode: 'at',
  bev: series({ 2019: 9000, 2018: 6000 }),
  phev: series({ 2018: 2000 }),
  hev: series({}),
  contactName: 'Anna Beispiel',
  contactAffiliation: 'AustriaTech',
  contactEmail: 'anna@example.at',
  onGoings: '[1, 12]',
  completedTasks: '[]',
}

const TASK_12 = legacyTaskPage(
  {
    number: '12',
    title: 'Heavy-Duty Hybrid Vehicles',
    status: 'Ongoing',
    timePeriod: '2009 – 2014',
    participants: '[ Austria, Belgium ]',
    operator: ['Olga Operator', 'Test Agency', 'olga@example.org'],
    contact: ['', '', ''],
  },
  '## Objective of Task\nHybrid trucks.\n',
)

const ARTICLE = articleMarkdown({
  title: 'Charging in Austria',
  slug: 'austria-charging',
  country: 'Austria',
  topic: 'Infrastructure',
})

let payload: Payload
let editor: User
let root: string
const fileOf = (name: string) => path.join(root, 'src', name)

beforeAll(async () => {
  payload = await bootPayload()
  // As a new operator would: the site is seeded first, so Belgium and its article exist.
  await seedDatabase(payload)
  editor = await createUser(payload, 'editor')
  const seed = (name: string) => readFile(path.join(seedDirectory(), name), 'utf8')
  root = await writeFixtureFolder({
    'src/countries/belgium.md': await seed(SEED_FILES.country),
    'src/countries/austria.md': legacyCountryPage(AUSTRIA),
    'src/tasks/12.md': TASK_12,
    'src/articles/belgium-digital-economy.md': await seed(SEED_FILES.article),
    'src/articles/austria-charging.md': ARTICLE,
  })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function importTree(): Promise<FileReport[]> {
  const { files } = await collectFiles([path.join(root, 'src')])
  return (await importFiles(payload, files, { dryRun: false })).reports
}

const outcomes = (reports: FileReport[]) =>
  Object.fromEntries(
    reports.map((report) => [path.relative(path.join(root, 'src'), report.file), report.outcome]),
  )

/** How many versions each versioned collection holds, counted through Payload's versions API. */
async function countVersions() {
  const count = async (collection: 'countries' | 'tasks' | 'policy-articles' | 'ev-statistics') =>
    (await payload.countVersions({ collection })).totalDocs
  return {
    countries: await count('countries'),
    tasks: await count('tasks'),
    'policy-articles': await count('policy-articles'),
    'ev-statistics': await count('ev-statistics'),
  }
}

/** When each contact and media file was last written (they keep no versions). */
async function lastWrites() {
  const contacts = await payload.find({ collection: 'contacts', depth: 0, sort: 'id', pagination: false })
  const media = await payload.find({ collection: 'media', depth: 0, sort: 'id', pagination: false })
  return [...contacts.docs, ...media.docs].map(({ id, updatedAt }) => ({ id, updatedAt }))
}

async function austria() {
  const { docs } = await payload.find({
    collection: 'countries',
    where: { slug: { equals: 'austria' } },
    depth: 0,
  })
  const [found] = docs
  if (!found) throw new Error('Austria is missing')
  return found
}

async function statistic(year: number) {
  const { id } = await austria()
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { and: [{ country: { equals: id } }, { year: { equals: year } }] },
    depth: 0,
  })
  const [found] = docs
  if (!found) throw new Error(`Austria's statistics for ${year} are missing`)
  return found
}

describe('importing a legacy tree on a seeded site', () => {
  let reports: FileReport[]
  let before: Awaited<ReturnType<typeof countVersions>>

  beforeAll(async () => {
    before = await countVersions()
    reports = await importTree()
  })

  it('imports what is new and leaves the seeded Belgium and its article as they are', async () => {
    expect(outcomes(reports)).toEqual({
      'tasks/12.md': 'updated',
      'countries/austria.md': 'imported',
      'countries/belgium.md': 'unchanged',
      'articles/austria-charging.md': 'imported',
      'articles/belgium-digital-economy.md': 'unchanged',
    })
    const after = await countVersions()
    // Austria and its article are new; task 12 (seeded) is filled in; Austria has two years.
    expect(after).toEqual({
      countries: before.countries + 1,
      tasks: before.tasks + 1,
      'policy-articles': before['policy-articles'] + 1,
      'ev-statistics': before['ev-statistics'] + 2,
    })
  })

  it('remembers what it wrote in Payload’s key-value store', async () => {
    const record = await payload.kv.get<ImportRecord>(importRecordKey('countries', 'austria'))
    expect(record?.format).toBe(1)
    expect(record?.source).toMatch(/^[0-9a-f]{32}$/)
    expect(Object.keys(record?.documents ?? {}).sort()).toEqual([
      'contact anna@example.at',
      'country',
      'statistics 2018',
      'statistics 2019',
    ])
  })
})

describe('importing the same tree again', () => {
  it('writes no new version of any document and says so', async () => {
    const versions = await countVersions()
    const writes = await lastWrites()
    const reports = await importTree()
    expect(Object.values(outcomes(reports))).toEqual(Array.from({ length: 5 }, () => 'unchanged'))
    expect(formatSummary(reports)).toMatch(/^imported 0, updated 0, rejected 0, warnings \d+.*, unchanged 5$/)
    expect(await countVersions()).toEqual(versions)
    expect(await lastWrites()).toEqual(writes)
  })
})

describe('an editor’s change and an unchanged file', () => {
  it('keeps the editor’s change: the file is not written again', async () => {
    const { id } = await austria()
    const body = richTextParagraph('Rewritten by an editor.')
    await payload.update({ collection: 'countries', id, data: { body }, user: editor, overrideAccess: false })
    const figure = await statistic(2019)
    await payload.update({
      collection: 'ev-statistics',
      id: figure.id,
      data: { bev: 9100 },
      user: editor,
      overrideAccess: false,
    })
    const versions = await countVersions()

    const reports = await importTree()
    expect(outcomes(reports)['countries/austria.md']).toBe('unchanged')
    expect((await austria()).body).toEqual(body)
    expect((await statistic(2019)).bev).toBe(9100)
    expect(await countVersions()).toEqual(versions)
  })
})

describe('a changed file', () => {
  let report: FileReport | undefined
  let versions: Awaited<ReturnType<typeof countVersions>>
  let changed: string

  beforeAll(async () => {
    versions = await countVersions()
    // The file now says 9500 for BEV 2019 (which the editor set to 9100) and 2500 for PHEV 2018.
    changed = legacyCountryPage({
      ...AUSTRIA,
      bev: series({ 2019: 9500, 2018: 6000 }),
      phev: series({ 2018: 2500 }),
    })
    await writeFile(fileOf('countries/austria.md'), changed, 'utf8')
    report = (await importTree()).find((each) => each.file === fileOf('countries/austria.md'))
  })

  it('writes only the fields it changed: the two figures, not the country', async () => {
    expect(report?.outcome).toBe('updated')
    expect(await statistic(2019)).toMatchObject({ bev: 9500, phev: null })
    expect(await statistic(2018)).toMatchObject({ bev: 6000, phev: 2500 })
    expect((await austria()).body).toEqual(richTextParagraph('Rewritten by an editor.'))
    expect(await countVersions()).toEqual({ ...versions, 'ev-statistics': versions['ev-statistics'] + 2 })
  })

  it('warns, at its line, about the field an editor had changed too', () => {
    expect(report?.warnings.filter((warning) => warning.kind === 'editor change')).toEqual([
      {
        line: lineOf(changed, 'BEV'),
        kind: 'editor change',
        message:
          "Austria, 2019: an editor changed BEV since the last import, and the file changes it too: the file's value replaces the editor's (the editor's value stays in the version history)",
      },
    ])
  })
})

describe('a changed file and an editor’s unpublished draft', () => {
  it('adds the file’s change to the draft instead of publishing the editor’s work', async () => {
    const { docs } = await payload.find({
      collection: 'policy-articles',
      where: { slug: { equals: 'austria-charging' } },
      depth: 0,
    })
    const [article] = docs
    if (!article) throw new Error('the article is missing')
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { summary: 'An editor’s unfinished summary.' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await writeFile(
      fileOf('articles/austria-charging.md'),
      ARTICLE.replace('Infrastructure', 'Charging'),
      'utf8',
    )

    const reports = await importTree()
    const report = reports.find((each) => each.file === fileOf('articles/austria-charging.md'))
    expect(report?.outcome).toBe('updated')
    expect(report?.warnings.map((warning) => warning.kind)).toEqual(['draft'])
    const published = await payload.findByID({ collection: 'policy-articles', id: article.id, depth: 0 })
    expect(published).toMatchObject({ topic: 'Infrastructure', summary: 'A short test article.' })
    const draft = await payload.findByID({
      collection: 'policy-articles',
      id: article.id,
      depth: 0,
      draft: true,
    })
    expect(draft).toMatchObject({
      topic: 'Charging',
      summary: 'An editor’s unfinished summary.',
      _status: 'draft',
    })
  })
})
