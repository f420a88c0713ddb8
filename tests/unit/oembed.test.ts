import { describe, expect, it } from 'vitest'

import { describeEmbed } from '@/lib/domain/embed/describe'
import { oembedDiscovery } from '@/lib/domain/embed/discovery'
import { buildOembedAnswer } from '@/lib/domain/embed/oembed'
import { readOembedRequest } from '@/lib/domain/embed/oembedRequest'
import { recogniseEmbedTarget, type EmbedTarget } from '@/lib/domain/embed/target'

const SITE = 'https://ev.example.org'
/** Years of BEV registrations, with 1,000 PHEV and no HEV known, and new cars 20 times BEV. */
const bevRows = (values: Record<number, number>) =>
  Object.entries(values).map(([year, bev]) => ({
    year: Number(year),
    bev,
    phev: 1_000,
    hev: null,
    totalNewCars: bev * 20,
  }))
const PUBLISHED = [
  { slug: 'belgium', name: 'Belgium', rows: bevRows({ 2019: 9_000, 2020: 15_000 }) },
  { slug: 'france', name: 'France', rows: bevRows({ 2019: 40_000, 2020: 110_000 }) },
  { slug: 'cote-d-ivoire', name: 'Côte d’Ivoire & "Friends" <b>', rows: [] },
]
const BELGIUM_TITLE =
  'EV adoption in Belgium by year: BEV registrations in Belgium rose every year from 9,000 in 2019 to 15,000 in 2020.'

const recognise = (url: string) => recogniseEmbedTarget(new URL(url), SITE)

/** The embed an oEmbed request for `url` answers with, as the route builds it. */
function answerFor(url: string, limits: { maxWidth?: number; maxHeight?: number } = {}) {
  const target = recognise(url)
  const embed = target && describeEmbed(target, PUBLISHED)
  if (!embed) throw new Error(`${url} is embeddable`)
  return buildOembedAnswer({
    ...embed,
    siteUrl: SITE,
    publisher: { name: 'EV TCP', url: 'https://tcp.example.org/' },
    maxWidth: limits.maxWidth ?? null,
    maxHeight: limits.maxHeight ?? null,
  })
}

/** The attributes of the one <iframe> an answer's html holds, unescaped as a browser reads them. */
function iframeOf(html: string): Record<string, string> {
  expect(html).toMatch(/^<iframe [^<>]*><\/iframe>$/)
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  const attributes: Record<string, string> = {}
  for (const [, name, value] of html.matchAll(/ ([a-z]+)="([^"]*)"/g))
    if (name !== undefined) attributes[name] = unescape(value ?? '')
  return attributes
}

describe('recogniseEmbedTarget', () => {
  it('recognises a country page, with or without a trailing slash, on either scheme', () => {
    const expected: EmbedTarget = {
      kind: 'country',
      slug: 'belgium',
      pagePath: '/countries/belgium',
      embedPath: '/embed/countries/belgium',
    }
    expect(recognise('https://ev.example.org/countries/belgium')).toEqual(expected)
    expect(recognise('https://ev.example.org/countries/belgium/')).toEqual(expected)
    expect(recognise('http://EV.example.org/countries/belgium?utm_source=x#adoption')).toEqual(expected)
  })

  it('recognises a comparison with its query, normalised as the compare page reads it', () => {
    expect(
      recognise('https://ev.example.org/compare?countries=Belgium,france&measure=share&scale=log'),
    ).toEqual({
      kind: 'compare',
      choice: { countries: ['belgium', 'france'], measure: 'share', scale: 'log' },
      pagePath: '/compare?countries=belgium,france&measure=share&scale=log',
      embedPath: '/embed/compare?countries=belgium,france&measure=share&scale=log',
    })
    expect(recognise('https://ev.example.org/compare/?countries=belgium&measure=nonsense')?.embedPath).toBe(
      '/embed/compare?countries=belgium',
    )
  })

  it('refuses other sites, other paths and a comparison of nothing', () => {
    for (const url of [
      'https://evil.example.com/countries/belgium',
      'https://ev.example.org.evil.example.com/countries/belgium',
      'https://ev.example.org:8443/countries/belgium',
      'ftp://ev.example.org/countries/belgium',
      'https://ev.example.org/',
      'https://ev.example.org/countries',
      'https://ev.example.org/countries/Belgium',
      'https://ev.example.org/countries/belgium/ev-statistics.csv',
      'https://ev.example.org/countries/..%2Fadmin',
      'https://ev.example.org/policies/belgium-digital-economy',
      'https://ev.example.org/compare',
      'https://ev.example.org/compare?countries=../etc',
      'https://ev.example.org/embed/countries/belgium',
    ])
      expect(recognise(url), url).toBeNull()
  })
})

describe('describeEmbed', () => {
  it('finds nothing to embed for a country that is not published', () => {
    const target = recognise('https://ev.example.org/countries/atlantis')
    expect(target).not.toBeNull()
    expect(target && describeEmbed(target, PUBLISHED)).toBeNull()
  })

  it('keeps the published countries of a comparison, and nothing when none is', () => {
    const some = recognise('https://ev.example.org/compare?countries=atlantis,france')
    expect(some && describeEmbed(some, PUBLISHED)?.target.embedPath).toBe('/embed/compare?countries=france')
    const none = recognise('https://ev.example.org/compare?countries=atlantis')
    expect(none && describeEmbed(none, PUBLISHED)).toBeNull()
  })
})

describe('buildOembedAnswer', () => {
  it('answers a rich type with every field the spec requires, framing the embed', () => {
    const answer = answerFor('https://ev.example.org/countries/belgium')
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: BELGIUM_TITLE,
      provider_name: 'EV Country Profiles',
      provider_url: 'https://ev.example.org/',
      author_name: 'EV TCP',
      author_url: 'https://tcp.example.org/',
    })
    expect(answer.width).toBeGreaterThan(300)
    expect(answer.height).toBeGreaterThan(300)
    const iframe = iframeOf(answer.html)
    expect(iframe).toMatchObject({
      src: 'https://ev.example.org/embed/countries/belgium',
      width: String(answer.width),
      height: String(answer.height),
      title: BELGIUM_TITLE,
      loading: 'lazy',
    })
  })

  it('frames a comparison with its query, taller than a country: it has a chart per part', () => {
    const share = answerFor('https://ev.example.org/compare?countries=belgium,france&measure=share')
    const registrations = answerFor('https://ev.example.org/compare?countries=belgium,france')
    // Its title says what the first chart (the plug-in share) shows.
    expect(share.title).toBe(
      'Belgium and France compared by share of new cars: Plug-in share of new cars in Belgium fell every year from 5.6% in 2019 to 5.3% in 2020.',
    )
    expect(iframeOf(share.html).src).toBe(
      'https://ev.example.org/embed/compare?countries=belgium,france&measure=share',
    )
    expect(registrations.height).toBeGreaterThan(answerFor('https://ev.example.org/countries/belgium').height)
  })

  it('never exceeds maxwidth or maxheight, in the numbers and in the html', () => {
    const answer = answerFor('https://ev.example.org/countries/belgium', { maxWidth: 320, maxHeight: 240 })
    expect([answer.width, answer.height]).toEqual([320, 240])
    expect(iframeOf(answer.html)).toMatchObject({ width: '320', height: '240' })
    const roomy = answerFor('https://ev.example.org/countries/belgium', { maxWidth: 5000, maxHeight: 9000 })
    expect(roomy.width).toBeLessThan(5000)
    expect(roomy.height).toBeLessThan(9000)
  })

  it('escapes names in the html so they cannot break out of the attribute', () => {
    const answer = answerFor('https://ev.example.org/countries/cote-d-ivoire')
    expect(answer.html).not.toContain('<b>')
    expect(answer.html).toContain('&amp; &quot;Friends&quot; &lt;b&gt;')
    expect(iframeOf(answer.html).title).toBe(
      'EV adoption in Côte d’Ivoire & "Friends" <b> by year: No figures are known yet.',
    )
  })
})

describe('readOembedRequest', () => {
  const read = (query: string) => readOembedRequest(new URLSearchParams(query))
  /** A refusal as "<status> <message>", or "accepted". */
  const refusalOf = (asked: ReturnType<typeof read>) =>
    'status' in asked ? `${asked.status} ${asked.message}` : 'accepted'

  it('reads the page address and the size limits', () => {
    const asked = read('url=https%3A%2F%2Fev.example.org%2Fcountries%2Fbelgium&format=json&maxwidth=400')
    expect(asked).toEqual({
      url: new URL('https://ev.example.org/countries/belgium'),
      maxWidth: 400,
      maxHeight: null,
    })
    expect(read('url=https://ev.example.org/countries/belgium')).toMatchObject({ maxWidth: null })
  })

  it('refuses a format other than JSON with 501', () => {
    expect(read('url=https://ev.example.org/countries/belgium&format=xml')).toEqual({
      status: 501,
      message: 'Only format=json is offered.',
    })
    expect(read('url=https://ev.example.org/countries/belgium&format=JSONP')).toMatchObject({ status: 501 })
  })

  it('refuses a missing or malformed url with 400 naming it', () => {
    for (const query of ['', 'url=', 'url=/countries/belgium', 'url=javascript:alert(1)', 'url=a&url=b'])
      expect(refusalOf(read(query)), query).toMatch(/^400 .*"url"/)
    expect(read(`url=https://ev.example.org/${'x'.repeat(2100)}`)).toMatchObject({ status: 400 })
  })

  it('refuses a size that is not a whole number of pixels from 1 with 400 naming it', () => {
    for (const value of ['0', '-5', '12.5', 'wide', '', '99999'])
      expect(refusalOf(read(`url=https://ev.example.org/&maxheight=${value}`)), value).toMatch(
        /^400 "maxheight" must be a whole number/,
      )
  })
})

describe('oembedDiscovery', () => {
  it('points at the oEmbed answer for the page’s full address', () => {
    const types = oembedDiscovery(SITE, '/compare?countries=belgium,france&measure=share')
    const href = types['application/json+oembed']
    const url = new URL(href, SITE)
    expect(url.pathname).toBe('/oembed')
    expect(url.searchParams.get('format')).toBe('json')
    expect(url.searchParams.get('url')).toBe(
      'https://ev.example.org/compare?countries=belgium,france&measure=share',
    )
    expect(recognise(url.searchParams.get('url') ?? '')?.kind).toBe('compare')
  })
})
