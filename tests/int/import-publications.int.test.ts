import { open, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectFiles } from '@/lib/import/collectFiles'
import { formatSummary } from '@/lib/import/formatReport'
import { importFiles } from '@/lib/import/importFiles'
import { SEED_FILES, seedDirectory } from '@/lib/import/seed/files'
import type { FileReport } from '@/lib/import/types'
import { MAX_PUBLICATION_BYTES } from '@/lib/platform/limits'
import { publicationsDirectory } from '@/lib/platform/uploadFolders'

import { buildTestPdf } from '../shared/pdfs'
import { buildPng } from './helpers/files'
import { legacyTaskPage, lineOf, writeFixtureFolder } from './helpers/legacy-fixtures'
import { legacyChapterFile, legacyPublicationFile } from './helpers/legacy-publications'
import { bootPayload, shutdownPayload } from './helpers/payload'

const task = (number: number) =>
  legacyTaskPage(
    {
      number: String(number),
      title: `Task ${number} title`,
      status: 'Completed',
      timePeriod: '2009 – 2014',
      participants: '[ Belgium ]',
      operator: [`Operator ${number}`, 'Agency', `operator${number}@example.org`],
      contact: ['', '', ''],
    },
    '## Objective\nA task.\n',
  )

const NON_ASCII = 'Årsrapport Straße 2019'

const PUBLICATIONS = {
  'src/publications/2021_annual_report.md': legacyPublicationFile({
    src: '2021_annual_report.pdf',
    title: 'Annual Report 2021',
    type: 'annualReport',
    thumbnailSrc: '2021_annual_report.png',
  }),
  // Its thumbnail is not on disk: the PDF job draws page 1.
  'src/publications/Task12_Final_Report.md': legacyPublicationFile({
    src: 'Task12_Final_Report.pdf',
    title: 'Task 12 Report',
    type: 'Task-Final-Report',
    thumbnailSrc: 'Task12_Final_Report.png',
    date: '2014-06-30',
  }),
  // The title names task 12, the file name task 26; the title repeats the one above.
  'src/publications/Task_26_Additional_Document_3.md': legacyPublicationFile({
    src: 'Task_26_Additional_Document_3.pdf',
    title: 'Task 12 Report',
    type: 'misc',
    date: '2015',
  }),
  [`src/publications/${NON_ASCII}.md`]: legacyPublicationFile({
    src: `${NON_ASCII}.pdf`,
    title: 'Newsletter 2019',
    type: 'Newsletter',
  }),
  // Its PDF is missing.
  'src/publications/Task 45 Brochure2.md': legacyPublicationFile({
    src: 'Task 45 Brochure2.pdf',
    title: 'Task 45 Brochure2',
    type: 'Misc',
    date: '2020-01-15',
  }),
}

const CHAPTERS = {
  'src/countriesChapters/belgium.md': legacyChapterFile('2021_annual_report.pdf', 'country', 2),
  'src/tasksChapters/12.md': legacyChapterFile('2021_annual_report.pdf', 'task', 3),
  'src/countriesChapters/atlantis.md': legacyChapterFile('2021_annual_report.pdf', 'country', 4),
  'src/tasksChapters/26.md': legacyChapterFile('2019_annual_report.pdf', 'task', 5),
}

let payload: Payload
let root: string

beforeAll(async () => {
  payload = await bootPayload()
  root = await writeFixtureFolder({
    'src/countries/belgium.md': await readFile(path.join(seedDirectory(), SEED_FILES.country), 'utf8'),
    'src/tasks/12.md': task(12),
    'src/tasks/26.md': task(26),
    ...PUBLICATIONS,
    ...CHAPTERS,
    'assets/pdfs/2021_annual_report.pdf': buildTestPdf([['Annual Report 2021'], ['Belgium'], ['Tasks']]),
    'assets/pdfs/Task12_Final_Report.pdf': buildTestPdf([['Task 12 final report']]),
    'assets/pdfs/Task_26_Additional_Document_3.pdf': buildTestPdf([['Additional document']]),
    // Written decomposed ("A" and a ring), as some disks store names: the file still matches.
    [`assets/pdfs/${NON_ASCII.normalize('NFD')}.pdf`]: buildTestPdf([['Newsletter']]),
    'assets/images/thumbnails/2021_annual_report.png': buildPng(),
  })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function importSite(): Promise<FileReport[]> {
  const { files } = await collectFiles([root])
  return (await importFiles(payload, files, { dryRun: false })).reports
}

const outcomes = (reports: FileReport[]) =>
  Object.fromEntries(reports.map((report) => [path.relative(root, report.file), report.outcome]))

const reportOf = (reports: FileReport[], file: string) => {
  const report = reports.find((item) => path.relative(root, item.file) === file)
  if (!report) throw new Error(`no report for ${file}`)
  return report
}

async function publication(slug: string) {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
  })
  const [found] = docs
  if (!found) throw new Error(`publication ${slug} is missing`)
  return found
}

async function idOf(collection: 'countries' | 'tasks', where: Record<string, { equals: unknown }>) {
  const { docs } = await payload.find({ collection, where, depth: 0 })
  const [found] = docs
  if (!found) throw new Error(`no ${collection} ${JSON.stringify(where)}`)
  return found
}

async function countEverything() {
  const versions = async (collection: 'countries' | 'tasks' | 'publications' | 'ev-statistics') =>
    (await payload.countVersions({ collection })).totalDocs
  return {
    countries: await versions('countries'),
    tasks: await versions('tasks'),
    publications: await versions('publications'),
    statistics: await versions('ev-statistics'),
    media: (await payload.count({ collection: 'media' })).totalDocs,
    pdfFiles: (await readdir(publicationsDirectory())).length,
  }
}

describe('importing a legacy site with publications and chapters', () => {
  let reports: FileReport[]

  beforeAll(async () => {
    reports = await importSite()
  })

  it('imports every file in one run, chapters after the publications and pages they name', () => {
    expect(outcomes(reports)).toEqual({
      'src/tasks/12.md': 'imported',
      'src/tasks/26.md': 'imported',
      'src/countries/belgium.md': 'imported',
      'src/publications/2021_annual_report.md': 'imported',
      'src/publications/Task12_Final_Report.md': 'imported',
      'src/publications/Task_26_Additional_Document_3.md': 'imported',
      [`src/publications/${NON_ASCII}.md`]: 'imported',
      'src/publications/Task 45 Brochure2.md': 'imported',
      'src/countriesChapters/belgium.md': 'updated',
      'src/tasksChapters/12.md': 'updated',
      'src/countriesChapters/atlantis.md': 'skipped',
      'src/tasksChapters/26.md': 'skipped',
    })
    expect(reports.flatMap((report) => report.errors)).toEqual([])
  })

  it('publishes a publication with its PDF, thumbnail, task and the countries its chapters name', async () => {
    const annual = await publication('2021-annual-report')
    const belgium = await idOf('countries', { slug: { equals: 'belgium' } })
    expect(annual).toMatchObject({
      _status: 'published',
      title: 'Annual Report 2021',
      type: 'annual-report',
      year: 2021,
      legacyFileName: '2021_annual_report.pdf',
      countries: [belgium.id],
    })
    expect(annual.filename).toMatch(/^2021_annual_report(-\d+)?\.pdf$/)
    expect(typeof annual.thumbnail).toBe('number')

    const task12 = await idOf('tasks', { number: { equals: 12 } })
    const report = await publication('task12-final-report')
    expect(report).toMatchObject({
      _status: 'published',
      type: 'task-report',
      year: 2014,
      tasks: [task12.id],
    })
    expect(report.thumbnail ?? null).toBeNull()
    const source = PUBLICATIONS['src/publications/Task12_Final_Report.md']
    expect(reportOf(reports, 'src/publications/Task12_Final_Report.md').warnings).toEqual([
      {
        line: lineOf(source, 'thumbnailSrc'),
        kind: 'publication',
        message:
          'the thumbnail assets/images/thumbnails/Task12_Final_Report.png is missing: page 1 of the PDF is shown instead',
      },
    ])
  })

  it('puts a publication whose title and file name name different tasks under the title’s, with a warning', async () => {
    const task12 = await idOf('tasks', { number: { equals: 12 } })
    const repeated = await publication('task-26-additional-document-3')
    expect(repeated).toMatchObject({
      _status: 'published',
      title: 'Task 12 Report',
      tasks: [task12.id],
      year: 2015,
    })
    const warnings = reportOf(reports, 'src/publications/Task_26_Additional_Document_3.md').warnings
    expect(warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/task 12.*task 26/),
    )
  })

  it('folds a non-ASCII file name with spaces into the slug and finds its PDF', async () => {
    const newsletter = await publication('arsrapport-strasse-2019')
    expect(newsletter).toMatchObject({ _status: 'published', type: 'newsletter', year: 2019 })
    expect(newsletter.legacyFileName).toBe(`${NON_ASCII}.pdf`)
    expect(newsletter.filename).toMatch(/\.pdf$/)
  })

  it('keeps a publication whose PDF is missing as a draft nobody outside sees, with a warning', async () => {
    const brochure = await publication('task-45-brochure2')
    expect(brochure).toMatchObject({ _status: 'draft', type: 'brochure', year: 2020 })
    expect(brochure.filename ?? null).toBeNull()
    const source = PUBLICATIONS['src/publications/Task 45 Brochure2.md']
    expect(reportOf(reports, 'src/publications/Task 45 Brochure2.md').warnings).toContainEqual({
      line: lineOf(source, 'src'),
      kind: 'publication',
      message:
        'the PDF assets/pdfs/Task 45 Brochure2.pdf is missing: the publication is saved as a draft, listed on the dashboard, until an editor attaches its PDF',
    })
    const visible = await payload.find({
      collection: 'publications',
      where: { slug: { equals: 'task-45-brochure2' } },
      overrideAccess: false,
    })
    expect(visible.totalDocs).toBe(0)
  })

  it('sets the chapters of Belgium and of task 12, and leaves out those of an unknown country or PDF', async () => {
    const annual = await publication('2021-annual-report')
    const belgium = await idOf('countries', { slug: { equals: 'belgium' } })
    const task12 = await idOf('tasks', { number: { equals: 12 } })
    expect(belgium.chapter).toEqual({ publication: annual.id, startPage: 2 })
    expect(task12.chapter).toEqual({ publication: annual.id, startPage: 3 })
    expect(reportOf(reports, 'src/countriesChapters/atlantis.md').warnings).toEqual([
      { line: 2, kind: 'publication', message: 'atlantis is not on the site: this chapter was left out' },
    ])
    expect(reportOf(reports, 'src/tasksChapters/26.md').warnings).toEqual([
      {
        line: 2,
        kind: 'publication',
        message: 'no publication has the PDF "2019_annual_report.pdf": this chapter was left out',
      },
    ])
    // The seeded page links its chapter: read from the chapter file, not dropped with a warning.
    const belgiumPage = reportOf(reports, 'src/countries/belgium.md')
    expect(belgiumPage.warnings.filter((warning) => warning.kind === 'publication link')).toEqual([])
  })

  it('writes nothing on a second import of the same tree: no version, no upload, nothing counted as changed', async () => {
    const before = await countEverything()
    const again = await importSite()
    expect(await countEverything()).toEqual(before)
    const changed = again.filter((report) => ['imported', 'updated', 'rejected'].includes(report.outcome))
    expect(changed).toEqual([])
    expect(formatSummary(again)).toMatch(/^imported 0, updated 0, rejected 0, /)
    expect(before.pdfFiles).toBe(4)
  })

  it('uploads a PDF replaced on disk again, for that publication only', async () => {
    const before = await countEverything()
    const old = await publication('task12-final-report')
    await writeFile(
      path.join(root, 'assets/pdfs/Task12_Final_Report.pdf'),
      buildTestPdf([['Revised'], ['Two']]),
    )
    const again = await importSite()
    expect(again.filter((report) => report.outcome !== 'unchanged' && report.outcome !== 'skipped')).toEqual([
      expect.objectContaining({
        file: path.join(root, 'src/publications/Task12_Final_Report.md'),
        outcome: 'updated',
      }),
    ])
    const revised = await publication('task12-final-report')
    expect(revised.filename).not.toBe(old.filename)
    expect(revised._status).toBe('published')
    // Payload removes the replaced file from disk: the folder holds as many PDFs as before.
    expect(await countEverything()).toEqual({ ...before, publications: before.publications + 1 })
    expect(await readdir(publicationsDirectory())).toContain(revised.filename)
  })

  it('refuses a PDF over the publications’ size limit at its src line, writing nothing for that file', async () => {
    const source = legacyPublicationFile({ src: 'huge.pdf', title: 'Huge Report 2020', type: 'Misc' })
    await writeFile(path.join(root, 'src/publications/huge.md'), source)
    // Sparse: as large as the limit allows plus one byte, without writing 200 MB.
    const handle = await open(path.join(root, 'assets/pdfs/huge.pdf'), 'w')
    await handle.truncate(MAX_PUBLICATION_BYTES + 1)
    await handle.close()
    const report = reportOf(await importSite(), 'src/publications/huge.md')
    expect(report.outcome).toBe('rejected')
    expect(report.errors).toEqual([
      {
        line: lineOf(source, 'src'),
        message: 'the PDF "huge.pdf" is 200 MB; a publication\'s PDF may be up to 200 MB',
      },
    ])
    const { totalDocs } = await payload.count({
      collection: 'publications',
      where: { slug: { equals: 'huge' } },
    })
    expect(totalDocs).toBe(0)
  })
})
