import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { formatFileSize } from '@/lib/domain/format'
import { splitCitation } from '@/lib/domain/open-data/citation'
import { describeChapter, readStartPage } from '@/lib/domain/publications/chapter'
import { inlineDisposition } from '@/lib/domain/publications/contentDisposition'
import { buildPublicationsFeed } from '@/lib/domain/publications/feed'
import {
  filterPublications,
  listFilterOptions,
  normalisePublicationQuery,
  toPublicationFilters,
} from '@/lib/domain/publications/filters'
import { findMatchingPage } from '@/lib/domain/publications/findMatchingPage'
import { buildPublicationJsonLd } from '@/lib/domain/publications/jsonLd'
import { compareNewestFirst, type PublicationSummary } from '@/lib/domain/publications/types'
import { pdfAtPage, publicationFilePath } from '@/lib/domain/urls'

const publication = (overrides: Partial<PublicationSummary>): PublicationSummary => ({
  id: 1,
  title: 'Annual Report 2021',
  slug: 'annual-report-2021',
  type: 'annual-report',
  year: 2021,
  date: null,
  description: null,
  fileUrl: '/api/publications/file/2021_annual_report.pdf',
  filename: '2021_annual_report.pdf',
  fileSize: 12_000_000,
  pageCount: 250,
  thumbnailUrl: null,
  tasks: [],
  countries: [],
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
})

describe('inlineDisposition', () => {
  it('names the file in ASCII for every browser and exactly in UTF-8 for those that read it', () => {
    expect(inlineDisposition('2021_annual_report.pdf')).toBe(
      `inline; filename="2021_annual_report.pdf"; filename*=UTF-8''2021_annual_report.pdf`,
    )
    expect(inlineDisposition('Rapport énergie "final" 100%.pdf')).toBe(
      `inline; filename="Rapport _nergie _final_ 100_.pdf"; filename*=UTF-8''Rapport%20%C3%A9nergie%20%22final%22%20100%25.pdf`,
    )
  })

  it('cannot be broken out of by a name with quotes, line breaks or apostrophes', () => {
    const header = inlineDisposition('a";\r\nSet-Cookie: x=1 d\'o.pdf')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toMatch(/^inline; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]*$/)
  })
})

describe('findMatchingPage', () => {
  const pages = ['Cover', 'Belgium: charging points', 'Belgium and Norway: charging and taxes', '']

  it('finds the first page holding the most of the words, ignoring case', () => {
    expect(findMatchingPage(pages, ['charging'])).toEqual({ page: 2, text: pages[1] })
    expect(findMatchingPage(pages, ['charging', 'norway'])).toEqual({ page: 3, text: pages[2] })
    expect(findMatchingPage(pages, ['BELGIUM'])?.page).toBe(2)
  })

  it('finds nothing when no page holds any of the words', () => {
    expect(findMatchingPage(pages, ['hydrogen'])).toBeUndefined()
    expect(findMatchingPage([], ['charging'])).toBeUndefined()
  })
})

describe('the library’s filters', () => {
  const query = (search: string) => {
    const params = new URLSearchParams(search)
    return normalisePublicationQuery((name) => params.getAll(name))
  }

  it('keep what the form sends and drop anything else', () => {
    expect(query('type=annual-report&year=2021&task=27&country=Belgium&utm=x')).toEqual({
      type: 'annual-report',
      year: '2021',
      task: '27',
      country: 'belgium',
    })
    expect(query('type=poster&year=21&task=0&country=../etc')).toEqual({
      type: '?',
      year: '',
      task: '',
      country: '',
    })
    expect(query('')).toEqual({ type: '', year: '', task: '', country: '' })
  })

  it('select the publications matching every filter, and offer only values some publication has', () => {
    const list = [
      publication({ slug: 'ar-2021', countries: [{ name: 'Belgium', slug: 'belgium' }] }),
      publication({ slug: 'ar-2020', year: 2020 }),
      publication({ slug: 't27', type: 'task-report', tasks: [{ number: 27, title: 'Fuels' }] }),
    ]
    const pick = (search: string) =>
      filterPublications(list, toPublicationFilters(query(search)).filters).map((item) => item.slug)
    expect(pick('')).toEqual(['ar-2021', 'ar-2020', 't27'])
    expect(pick('year=2021')).toEqual(['ar-2021', 't27'])
    expect(pick('type=annual-report&year=2021')).toEqual(['ar-2021'])
    expect(pick('task=27')).toEqual(['t27'])
    expect(pick('country=belgium')).toEqual(['ar-2021'])
    expect(pick('country=norway')).toEqual([])
    expect(toPublicationFilters(query('type=poster'))).toEqual({ filters: {}, isTypeUnknown: true })
    expect(listFilterOptions(list)).toEqual({
      types: ['annual-report', 'task-report'],
      years: [2021, 2020],
      tasks: [{ number: 27, title: 'Fuels' }],
      countries: [{ name: 'Belgium', slug: 'belgium' }],
    })
  })

  it('sort newest first: by day where known, else by year', () => {
    const list = [
      publication({ slug: 'a', year: 2020 }),
      publication({ slug: 'b', year: 2021, date: '2021-03-01' }),
      publication({ slug: 'c', year: 2021, date: '2021-11-30' }),
      publication({ slug: 'd', year: 2021 }),
    ]
    expect([...list].sort(compareNewestFirst).map((item) => item.slug)).toEqual(['c', 'b', 'd', 'a'])
  })
})

describe('chapters', () => {
  it('say where the chapter begins and open the PDF at that page', () => {
    expect(describeChapter('Belgium', { publicationTitle: 'Annual Report 2021', startPage: 107 })).toBe(
      'Belgium in the Annual Report 2021, from page 107',
    )
    expect(describeChapter('Task 27', { publicationTitle: 'Task 27 Report', startPage: 1 })).toBe(
      'Task 27 in the Task 27 Report',
    )
    const file = publicationFilePath('2021 annual report.pdf')
    expect(file).toBe('/api/publications/file/2021%20annual%20report.pdf')
    expect(pdfAtPage(file, 107)).toBe('/api/publications/file/2021%20annual%20report.pdf#page=107')
    expect(pdfAtPage(`${file}#page=3`, 9)).toBe(`${file}#page=9`)
  })

  it('read a missing or invalid start page as page 1', () => {
    expect([readStartPage(107), readStartPage(null), readStartPage(0), readStartPage(2.5)]).toEqual([
      107, 1, 1, 1,
    ])
  })
})

describe('a publication’s markup, citation and feed', () => {
  const options = {
    siteUrl: 'https://ev.example.org',
    pagePath: '/publications/annual-report-2021',
    publisher: { name: 'EV Country Profiles', url: 'https://ev.example.org' },
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  }

  it('is a Report (a paper a ScholarlyArticle) with absolute addresses and its PDF', () => {
    const markup = buildPublicationJsonLd(
      publication({ date: '2021-06-08', countries: [{ name: 'Belgium', slug: 'belgium' }] }),
      options,
    )
    expect(markup).toMatchObject({
      '@type': 'Report',
      name: 'Annual Report 2021',
      url: 'https://ev.example.org/publications/annual-report-2021',
      datePublished: '2021-06-08',
      about: [{ '@type': 'Place', name: 'Belgium' }],
      encoding: {
        contentUrl: 'https://ev.example.org/api/publications/file/2021_annual_report.pdf',
        encodingFormat: 'application/pdf',
      },
    })
    expect(buildPublicationJsonLd(publication({ type: 'paper' }), options)['@type']).toBe('ScholarlyArticle')
    expect(buildPublicationJsonLd(publication({}), options).datePublished).toBe('2021')
  })

  it('is cited as what it is', () => {
    const citation = {
      publisher: 'EV Country Profiles',
      year: 2021,
      title: 'Annual Report 2021',
      url: 'https://ev.example.org/publications/annual-report-2021',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    }
    expect(splitCitation({ ...citation, medium: 'Annual report' }).lead).toBe(
      'EV Country Profiles (2021). Annual Report 2021 [Annual report].',
    )
    expect(splitCitation(citation).lead).toContain('[Data set]')
  })

  it('lists publications newest first in a valid Atom feed, each with its PDF as enclosure', () => {
    const xml = buildPublicationsFeed(
      [publication({ id: 2, title: 'Old & <small>', year: 2019 }), publication({ id: 3 })],
      { siteUrl: options.siteUrl, publisher: options.publisher, now: '2026-12-01T00:00:00.000Z' },
    )
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { entry: { title: string; link: { '@_rel': string; '@_href': string; '@_length'?: string }[] }[] }
    }
    expect(feed.feed.entry.map((entry) => entry.title)).toEqual(['Annual Report 2021', 'Old & <small>'])
    expect(feed.feed.entry[0]?.link).toContainEqual({
      '@_rel': 'enclosure',
      '@_type': 'application/pdf',
      '@_length': '12000000',
      '@_href': 'https://ev.example.org/api/publications/file/2021_annual_report.pdf',
    })
  })
})

describe('formatFileSize', () => {
  it('reads as people say it', () => {
    expect([formatFileSize(300), formatFileSize(850 * 1024), formatFileSize(12.44 * 1024 * 1024)]).toEqual([
      '1 KB',
      '850 KB',
      '12.4 MB',
    ])
  })
})
