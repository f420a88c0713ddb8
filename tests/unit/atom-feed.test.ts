import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import {
  buildUpdatesFeed,
  escapeXml,
  FEED_ENTRY_LIMIT,
  type UpdatesFeedOptions,
} from '@/lib/domain/open-data/atomFeed'
import type { DataUpdate } from '@/lib/domain/open-data/revisions'

const OPTIONS: UpdatesFeedOptions = {
  siteUrl: 'https://ev.example.org',
  publisher: { name: 'EV & Co <Data>', url: 'https://ev.example.org' },
  countries: new Map([
    ['1', { name: 'Belgium', slug: 'belgium' }],
    ['2', { name: 'Côte "d’Ivoire" & <Co>', slug: 'cote-divoire' }],
  ]),
  now: '2026-12-01T00:00:00.000Z',
}

const update = (overrides: Partial<DataUpdate>): DataUpdate => ({
  kind: 'revision',
  id: '10',
  countryId: '1',
  year: 2018,
  date: '2026-11-30T10:00:00.000Z',
  source: 'national registry',
  note: null,
  changes: [{ figure: 'bev', label: 'BEV', from: 3733, to: 3800 }],
  ...overrides,
})

type Entry = {
  id: string
  title: string
  updated: string
  summary: { '#text': string }
  link: { '@_href': string }
}
type Feed = {
  feed: {
    id: string
    title: string
    updated: string
    author: { name: string; uri: string }
    link: { '@_rel': string; '@_href': string; '@_type': string }[]
    entry?: Entry[]
  }
}

/** Parses the feed as a feed reader would; fails the test on malformed XML. */
function parse(xml: string): Feed['feed'] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' })
  return (parser.parse(xml) as Feed).feed
}

describe('the updates feed', () => {
  it('has the elements RFC 4287 requires of a feed and of each entry', () => {
    const feed = parse(buildUpdatesFeed([update({})], OPTIONS))
    expect(feed.id).toBe('https://ev.example.org/data/updates.atom')
    expect(feed.title).toMatch(/revised figures/)
    expect(feed.updated).toBe('2026-11-30T10:00:00.000Z')
    expect(feed.author).toEqual({ name: 'EV & Co <Data>', uri: 'https://ev.example.org' })
    expect(feed.link).toEqual([
      {
        '@_rel': 'self',
        '@_type': 'application/atom+xml',
        '@_href': 'https://ev.example.org/data/updates.atom',
      },
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://ev.example.org/data' },
    ])
    const [entry] = feed.entry ?? []
    expect(entry).toMatchObject({
      id: 'tag:ev.example.org,2026:data-update:10',
      title: 'Belgium: 2018 BEV revised from 3,733 to 3,800',
      updated: '2026-11-30T10:00:00.000Z',
      link: { '@_href': 'https://ev.example.org/countries/belgium#revisions' },
    })
    expect(entry?.summary['#text']).toBe(
      'Belgium: 2018 BEV revised from 3,733 to 3,800. Source: national registry.',
    )
  })

  it('escapes names, sources and notes, and drops characters XML forbids', () => {
    const xml = buildUpdatesFeed(
      [update({ countryId: '2', source: 'A & B <registry>', note: 'say "hi"\u0007 it\'s fixed' })],
      OPTIONS,
    )
    expect(xml).not.toContain('<registry>')
    const [entry] = parse(xml).entry ?? []
    expect(entry?.title).toBe('Côte "d’Ivoire" & <Co>: 2018 BEV revised from 3,733 to 3,800')
    expect(entry?.summary['#text']).toContain('Source: A & B <registry>. Note: say "hi" it\'s fixed')
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })

  it('lists newest first, caps the entries and leaves out countries that are not published', () => {
    const updates = Array.from({ length: FEED_ENTRY_LIMIT + 5 }, (_, index) =>
      update({ id: String(index), date: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString() }),
    )
    const hidden = update({ id: 'hidden', countryId: '99', date: '2027-01-01T00:00:00.000Z' })
    const entries = parse(buildUpdatesFeed([...updates, hidden], OPTIONS)).entry ?? []
    expect(entries).toHaveLength(FEED_ENTRY_LIMIT)
    expect(entries[0]?.id).toMatch(/:data-update:104$/)
    const dates = entries.map((entry) => entry.updated)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(entries.map((entry) => entry.id)).not.toContain('tag:ev.example.org,2026:data-update:hidden')
  })

  it('names a new year with its figures, no data never as 0, and is still valid without entries', () => {
    const added = update({
      kind: 'new-year',
      year: 2019,
      source: null,
      changes: [
        { figure: 'bev', label: 'BEV', from: null, to: 5000 },
        { figure: 'phev', label: 'PHEV', from: null, to: null },
      ],
    })
    const [entry] = parse(buildUpdatesFeed([added], OPTIONS)).entry ?? []
    expect(entry?.title).toBe('Belgium: 2019 added: BEV 5,000, PHEV no data')
    const empty = parse(buildUpdatesFeed([], OPTIONS))
    expect(empty.entry).toBeUndefined()
    expect(empty.updated).toBe(OPTIONS.now)
  })
})
