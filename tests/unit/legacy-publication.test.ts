import { describe, expect, it } from 'vitest'

import {
  type LegacyPublication,
  makeUniqueSlugs,
  parseLegacyPublication,
  slugFromFileName,
  taskNumberIn,
} from '@/lib/import/legacy/publications'
import type { Issue, ParseResult } from '@/lib/import/legacy/types'

/** A publication file as the legacy site wrote them; `overrides` replace whole front matter lines by key. */
function publicationFile(overrides: Record<string, string | null> = {}, body = EMBED): string {
  const lines: Record<string, string> = {
    src: 'src: "2021_annual_report.pdf"',
    description: 'description: "Annual Report 2021"',
    title: 'title: "Annual Report 2021"',
    type: 'type: "annualReport"',
    tags: 'tags: "publications"',
    thumbnailSrc: 'thumbnailSrc: "2021_annual_report.png"',
    id: 'id: 0',
  }
  for (const [key, line] of Object.entries(overrides)) {
    if (line === null) delete lines[key]
    else lines[key] = line
  }
  return ['---', ...Object.values(lines), '---', body].join('\n')
}

const EMBED = '<embed src="/assets/pdfs/{{ src }}" type="application/pdf" width="100%" height="800px">\n'

function valueOf(result: ParseResult<LegacyPublication>): LegacyPublication {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

function errorsOf(result: ParseResult<LegacyPublication>): Issue[] {
  if (result.ok) throw new Error('expected errors, got ok')
  return result.errors
}

const parse = (overrides: Record<string, string | null> = {}, fileName = '2021_annual_report.md') =>
  parseLegacyPublication(publicationFile(overrides), fileName)

describe('parseLegacyPublication', () => {
  it('reads the front matter as the legacy site wrote it', () => {
    const result = parse()
    expect(valueOf(result)).toEqual({
      slug: '2021-annual-report',
      title: 'Annual Report 2021',
      description: 'Annual Report 2021',
      type: 'annual-report',
      task: null,
      src: '2021_annual_report.pdf',
      thumbnailSrc: '2021_annual_report.png',
      tags: ['publications'],
      sortOrder: 0,
      date: null,
      year: 2021,
    })
    expect(result.warnings).toEqual([])
  })

  it.each([
    ['annualReport', 'Annual Report 2021', 'annual-report'],
    ['AnnualReport', 'Annual Report 2021', 'annual-report'],
    ['annual_report', 'Annual Report 2021', 'annual-report'],
    ['Task-Final-Report', 'Task 27 Report', 'task-report'],
    ['task final report', 'Task 27 Report', 'task-report'],
    ['TASKFINALREPORT', 'Task 27 Report', 'task-report'],
    ['newsletter', 'Newsletter 2019/1', 'newsletter'],
    ['News-Letter', 'Newsletter 2019/1', 'newsletter'],
    ['Misc', 'Task 45 Brochure2', 'brochure'],
    ['misc', 'HEV TCP brochure', 'brochure'],
    ['MISC', 'EVS35 paper on fleets', 'paper'],
    ['Misc', 'Paper: charging in cities', 'paper'],
    ['Misc', 'Task 26 Additional Document 3', 'other'],
    ['Misc', 'Newspaper clippings', 'other'],
  ])('maps type "%s" titled "%s" to %s', (type, title, expected) => {
    expect(valueOf(parse({ type: `type: "${type}"`, title: `title: "${title}"` })).type).toBe(expected)
  })

  it('refuses an unknown or missing type at its line', () => {
    expect(errorsOf(parse({ type: 'type: "Poster"' }))).toEqual([
      {
        line: 5,
        message: 'unknown type "Poster" (expected annualReport, Task-Final-Report, newsletter or Misc)',
      },
    ])
    expect(errorsOf(parse({ type: null }))).toEqual([
      { line: 1, message: 'missing type (expected annualReport, Task-Final-Report, newsletter or Misc)' },
    ])
  })

  it('takes the task from the title, else from the file name', () => {
    const task = (title: string, fileName: string) =>
      valueOf(parse({ type: 'type: "Misc"', title: `title: "${title}"` }, fileName)).task
    expect(task('Task 27 Report', 'report.md')).toBe(27)
    expect(task('Task 45 Brochure2', 'brochure.md')).toBe(45)
    expect(task('Additional Document 3', 'Task_26_Additional_Document_3.md')).toBe(26)
    expect(task('Final Report', 'Task12_Final_Report.md')).toBe(12)
    expect(task('Annual Report 2021', '2021_annual_report.md')).toBeNull()
  })

  it('puts it under the title’s task when title and file name differ, naming both', () => {
    const result = parse({ title: 'title: "Task 27 Report"' }, 'src/publications/Task_26_Final_Report.md')
    expect(valueOf(result).task).toBe(27)
    expect(result.warnings).toEqual([
      {
        line: 4,
        kind: 'task',
        message:
          "the title names task 27 and the file name task 26: the publication is put under task 27, the title's",
      },
    ])
  })

  it('makes the slug from the file name, folded to ASCII, whatever folders and Unicode form it has', () => {
    const slug = (fileName: string) => valueOf(parse({}, fileName)).slug
    expect(slug('src/publications/Task 12 Final Report (2).md')).toBe('task-12-final-report-2')
    expect(slug('Årsrapport Straße 2021.md')).toBe('arsrapport-strasse-2021')
    expect(slug('A\u030Arsrapport.md')).toBe(slug('\u00C5rsrapport.md'))
    expect(slug('Œuvre_Ørsted–Łódź.md')).toBe('oeuvre-orsted-lodz')
    expect(slug('報告.md')).toBe('publication')
  })

  it('keeps both publications of a repeated title, told apart by their file', () => {
    const first = valueOf(
      parse(
        { title: 'title: "Task 12 Report"', src: 'src: "Task12_Final_Report.pdf"' },
        'Task12_Final_Report.md',
      ),
    )
    const second = valueOf(
      parse({ title: 'title: "Task 12 Report"', src: 'src: "Task 12 Report 2009.pdf"' }, 'Task 12 Report.md'),
    )
    expect([first.title, second.title]).toEqual(['Task 12 Report', 'Task 12 Report'])
    expect([first.src, second.src]).toEqual(['Task12_Final_Report.pdf', 'Task 12 Report 2009.pdf'])
    expect(new Set([first.slug, second.slug]).size).toBe(2)
  })

  it('reads tags as a string or a YAML list, and leaves out anything else with a warning', () => {
    expect(valueOf(parse({ tags: 'tags: [publications, reports]' })).tags).toEqual([
      'publications',
      'reports',
    ])
    expect(valueOf(parse({ tags: 'tags:\n  - publications\n  - "annual "' })).tags).toEqual([
      'publications',
      'annual',
    ])
    expect(valueOf(parse({ tags: null })).tags).toEqual([])
    const mapped = parse({ tags: 'tags: { a: 1 }' })
    expect(valueOf(mapped).tags).toEqual([])
    expect(mapped.warnings.map(({ line, kind }) => ({ line, kind }))).toEqual([
      { line: 6, kind: 'publication' },
    ])
  })

  it('reads id as the old sort order, also as a string; an unreadable one is left out with a warning', () => {
    expect(valueOf(parse({ id: 'id: "17"' })).sortOrder).toBe(17)
    expect(valueOf(parse({ id: null })).sortOrder).toBeNull()
    const bad = parse({ id: 'id: "first"' })
    expect(valueOf(bad).sortOrder).toBeNull()
    expect(bad.warnings.map((warning) => warning.message)).toEqual([
      'id "first" is not a whole number: the old sort order is left out',
    ])
  })

  it('reads Date when a file has one; the year otherwise comes from the title', () => {
    expect(valueOf(parse({ Date: 'Date: 2020-06-15' }))).toMatchObject({ date: '2020-06-15', year: 2020 })
    expect(valueOf(parse({ Date: 'Date: "15.6.2020"' }))).toMatchObject({ date: '2020-06-15', year: 2020 })
    expect(valueOf(parse({ Date: 'Date: 2019' }))).toMatchObject({ date: null, year: 2019 })
    expect(valueOf(parse({ Date: 'date: "2018-03"' }))).toMatchObject({ date: null, year: 2018 })
    const unread = parse({ Date: 'Date: "spring"' })
    expect(valueOf(unread)).toMatchObject({ date: null, year: 2021 })
    expect(unread.warnings.map(({ line, kind }) => ({ line, kind }))).toEqual([
      { line: 9, kind: 'publication' },
    ])
    expect(valueOf(parse({ title: 'title: "Newsletter"' })).year).toBeNull()
  })

  it('copes with missing fields: title, description, thumbnail', () => {
    const result = parse(
      { title: null, thumbnailSrc: null, description: null },
      'Task_26_Additional_Document_3.md',
    )
    expect(valueOf(result)).toMatchObject({
      title: 'Task_26_Additional_Document_3',
      description: null,
      thumbnailSrc: null,
      task: 26,
    })
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'missing title: "Task_26_Additional_Document_3" is used until an editor gives one',
    ])
    expect(valueOf(parse({ title: null })).title).toBe('Annual Report 2021')
  })

  it('takes the PDF from the <embed> when src is missing, and refuses a file naming none', () => {
    const embedded = parseLegacyPublication(
      publicationFile(
        { src: null },
        '<embed src="/assets/pdfs/Task%2012%20Report.pdf" type="application/pdf">',
      ),
      'a.md',
    )
    expect(valueOf(embedded).src).toBe('Task 12 Report.pdf')
    expect(errorsOf(parse({ src: null }))).toEqual([
      { line: 1, message: 'missing src: the name of the PDF in assets/pdfs/' },
    ])
    expect(errorsOf(parse({ src: 'src: ""' }))).toEqual([
      { line: 2, message: 'missing src: the name of the PDF in assets/pdfs/' },
    ])
  })

  it('warns where the <embed> shows another PDF than src, and keeps src', () => {
    const source = publicationFile({}, 'Read it:\n\n<embed\n  src="/assets/pdfs/2020_annual_report.pdf">')
    const result = parseLegacyPublication(source, 'a.md')
    expect(valueOf(result).src).toBe('2021_annual_report.pdf')
    expect(result.warnings).toEqual([
      {
        line: 12,
        kind: 'publication',
        message:
          'the <embed> shows "2020_annual_report.pdf" but src names "2021_annual_report.pdf": src is used',
      },
    ])
  })

  it('refuses a PDF outside the assets folder and leaves out such a thumbnail', () => {
    expect(errorsOf(parse({ src: 'src: "../../secrets.pdf"' })).map((issue) => issue.line)).toEqual([2])
    expect(errorsOf(parse({ src: 'src: "https://example.org/a.pdf"' })).map((issue) => issue.line)).toEqual([
      2,
    ])
    expect(valueOf(parse({ src: 'src: "/assets/pdfs/2021_annual_report.pdf"' })).src).toBe(
      '2021_annual_report.pdf',
    )
    const thumbnail = parse({ thumbnailSrc: 'thumbnailSrc: "../x.png"' })
    expect(valueOf(thumbnail).thumbnailSrc).toBeNull()
    expect(thumbnail.warnings.map((warning) => warning.line)).toEqual([7])
  })

  it('cleans zero-width spaces and reads CRLF files; warns about unknown keys', () => {
    const source = publicationFile({
      title: 'title: "\u200BTask 27 Report "',
      type: 'type: "Task-Final-Report\u200B"',
      layout: 'layout: "publication.njk"',
      colour: 'colour: blue',
    }).replace(/\n/g, '\r\n')
    const result = parseLegacyPublication(source, 'Task27.md')
    expect(valueOf(result)).toMatchObject({ title: 'Task 27 Report', type: 'task-report', task: 27 })
    expect(result.warnings).toEqual([
      { line: 10, kind: 'unknown key', message: 'unknown key "colour" ignored' },
    ])
  })

  it('refuses a file without front matter or with invalid YAML, at the line', () => {
    expect(errorsOf(parseLegacyPublication('# Annual Report\n', 'a.md'))[0]?.line).toBe(1)
    expect(errorsOf(parse({ tags: 'tags: [publications' }))[0]?.line).toBeGreaterThanOrEqual(6)
  })
})

describe('taskNumberIn', () => {
  it.each([
    ['Task 27 Report', 27],
    ['Task 45 Brochure2', 45],
    ['Task_26_Additional_Document_3', 26],
    ['Task12_Final_Report', 12],
    ['HEV_Task-40_Summary', 40],
    ['Multitask 3 overview', null],
    ['Annual Report 2021', null],
  ])('%s → %s', (text, expected) => {
    expect(taskNumberIn(text)).toBe(expected)
  })
})

describe('slugs', () => {
  it('folds file names to ASCII slugs', () => {
    expect(slugFromFileName('src/publications/IEA HEV Annual Report 2021.md')).toBe(
      'iea-hev-annual-report-2021',
    )
  })

  it('makes repeated slugs unique across a set, in order, around those already taken', () => {
    expect(makeUniqueSlugs(['task-12-report', 'task-12-report', 'a', 'task-12-report'])).toEqual([
      'task-12-report',
      'task-12-report-2',
      'a',
      'task-12-report-3',
    ])
    expect(makeUniqueSlugs(['a', 'a'], ['a', 'a-2'])).toEqual(['a-3', 'a-4'])
    expect(makeUniqueSlugs(['a-2', 'a', 'a'])).toEqual(['a-2', 'a', 'a-3'])
  })
})
