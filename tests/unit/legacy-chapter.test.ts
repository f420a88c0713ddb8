import { describe, expect, it } from 'vitest'

import { type LegacyChapter, parseLegacyChapter } from '@/lib/import/legacy/publications'
import type { Issue, ParseResult } from '@/lib/import/legacy/types'

/** A chapter file as the legacy site wrote them (`src/countriesChapters/belgium.md`). */
function chapterFile({
  src = 'src: "2021_annual_report.pdf"',
  tags = 'tags: "countryChapter"',
  embed = '<embed src="/assets/pdfs/{{ src }}#page=107" type="application/pdf" width="100%" height="800px">',
}: { src?: string | null; tags?: string | null; embed?: string } = {}): string {
  return ['---', src, tags, '---', embed, ''].filter((line) => line !== null).join('\n')
}

function valueOf(result: ParseResult<LegacyChapter>): LegacyChapter {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

function errorsOf(result: ParseResult<LegacyChapter>): Issue[] {
  if (result.ok) throw new Error('expected errors, got ok')
  return result.errors
}

describe('parseLegacyChapter', () => {
  it('reads a country’s chapter: the publication’s PDF and the page it starts on', () => {
    const result = parseLegacyChapter(chapterFile(), 'src/countriesChapters/belgium.md')
    expect(valueOf(result)).toEqual({
      owner: { kind: 'country', slug: 'belgium', name: 'belgium' },
      src: '2021_annual_report.pdf',
      page: 107,
    })
    expect(result.warnings).toEqual([])
  })

  it('reads a task’s chapter, numbered by its file', () => {
    const source = chapterFile({
      tags: 'tags: "taskChapter"',
      embed: '<embed src="/assets/pdfs/{{src}}#page=12">',
    })
    expect(valueOf(parseLegacyChapter(source, 'src/tasksChapters/12.md'))).toEqual({
      owner: { kind: 'task', number: 12 },
      src: '2021_annual_report.pdf',
      page: 12,
    })
    expect(valueOf(parseLegacyChapter(source, 'Task40.md')).owner).toEqual({ kind: 'task', number: 40 })
  })

  it.each([
    ['#page=107&zoom=80', 107],
    ['#zoom=80&page=9', 9],
    ['#PAGE=3', 3],
  ])('reads the page from the anchor %s', (anchor, page) => {
    const embed = `<embed src="/assets/pdfs/{{ src }}${anchor}" type="application/pdf">`
    expect(valueOf(parseLegacyChapter(chapterFile({ embed }), 'belgium.md')).page).toBe(page)
  })

  it('reads an <embed> written over several lines, and one naming the PDF itself', () => {
    const embed = 'Chapter:\n<embed\n  type="application/pdf"\n  src="/assets/pdfs/2020%20report.pdf#page=5">'
    const result = parseLegacyChapter(chapterFile({ src: null, embed }), 'belgium.md')
    expect(valueOf(result)).toMatchObject({ src: '2020 report.pdf', page: 5 })
  })

  it('starts at page 1, with a warning at the <embed>, when the anchor is missing', () => {
    const result = parseLegacyChapter(
      chapterFile({ embed: '<embed src="/assets/pdfs/{{ src }}">' }),
      'belgium.md',
    )
    expect(valueOf(result).page).toBe(1)
    expect(result.warnings).toEqual([
      {
        line: 5,
        kind: 'publication',
        message: 'the <embed> has no #page= anchor: the chapter starts on page 1',
      },
    ])
  })

  it('refuses a page that is no page number, at the <embed>’s line', () => {
    for (const anchor of ['#page=abc', '#page=0', '#page=']) {
      const embed = `\n<embed src="/assets/pdfs/{{ src }}${anchor}">`
      expect(errorsOf(parseLegacyChapter(chapterFile({ embed }), 'belgium.md'))).toEqual([
        { line: 6, message: `${anchor} is not a page number (1 or more)` },
      ])
    }
  })

  it('refuses a chapter without an <embed> of a PDF', () => {
    expect(errorsOf(parseLegacyChapter(chapterFile({ embed: 'See page 107.' }), 'belgium.md'))).toEqual([
      { line: 5, message: 'no <embed src="/assets/pdfs/…#page=…"> giving the page the chapter starts on' },
    ])
  })

  it('tells whose chapter by its folder when the tags do not say', () => {
    const source = chapterFile({ tags: null })
    expect(valueOf(parseLegacyChapter(source, 'src/tasksChapters/7.md')).owner).toEqual({
      kind: 'task',
      number: 7,
    })
    expect(
      valueOf(parseLegacyChapter(source, 'site/src/countriesChapters/The Netherlands.md')).owner,
    ).toEqual({
      kind: 'country',
      slug: 'the-netherlands',
      name: 'The Netherlands',
    })
    expect(errorsOf(parseLegacyChapter(source, 'notes/belgium.md'))).toEqual([
      {
        line: 1,
        message: 'cannot tell whose chapter this is: tags is neither "countryChapter" nor "taskChapter"',
      },
    ])
  })

  it('folds a country’s file name to its slug', () => {
    const owner = valueOf(parseLegacyChapter(chapterFile(), 'Österreich.md')).owner
    expect(owner).toEqual({ kind: 'country', slug: 'oesterreich', name: 'Österreich' })
  })

  it('refuses a task chapter whose file name gives no number, and one without src or embedded PDF', () => {
    const task = chapterFile({ tags: 'tags: [taskChapter]' })
    expect(errorsOf(parseLegacyChapter(task, 'tasksChapters/hybrid.md'))).toEqual([
      { line: 1, message: 'the file name "hybrid" gives no task number (expected e.g. 12.md)' },
    ])
    expect(errorsOf(parseLegacyChapter(chapterFile({ src: null }), 'belgium.md'))).toEqual([
      { line: 1, message: 'missing src: the name of the PDF in assets/pdfs/' },
    ])
  })
})
