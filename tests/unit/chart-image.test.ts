import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { buildCountryChart, countryChartImage } from '@/lib/render/chart-images/countryChart'
import { formatChartCredit } from '@/lib/render/chart-images/credit'
import { buildProblemSvg } from '@/lib/render/chart-images/problemSvg'
import { buildStandaloneSvg } from '@/lib/render/charts/standaloneSvg'
import { wrapText } from '@/lib/render/charts/svgText'
import { escapeXml } from '@/lib/render/charts/xml'
import { DEFAULT_OPEN_DATA_SETTINGS } from '@/lib/domain/open-data/settings'

const SITE = 'https://ev.example.org'
type ChartCountry = Parameters<typeof buildCountryChart>[0]

const BELGIUM: ChartCountry = {
  name: 'Belgium',
  slug: 'belgium',
  figuresUpdatedAt: '2026-03-02T10:00:00.000Z',
  chartDescription: 'Figures for 2013–2017 are being checked.',
  statistics: [
    { year: 2011, bev: 0, phev: 120, hev: 4000, totalNewCars: 570_000 },
    { year: 2012, bev: 300, phev: 800, hev: null, totalNewCars: null },
    { year: 2018, bev: 3733, phev: 13_226, hev: null, totalNewCars: 549_000 },
  ],
}

type XmlNode = { [key: string]: XmlNode | XmlNode[] | string }

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false })

/** Parses the document, failing the test when it is not well-formed XML. */
function parseSvg(svg: string): XmlNode {
  expect(XMLValidator.validate(svg)).toBe(true)
  const doc: unknown = parser.parse(svg)
  if (typeof doc !== 'object' || doc === null || !('svg' in doc)) throw new Error('No <svg> root')
  return doc.svg as XmlNode
}

/** Every text node under `node`, in document order. */
function collectText(node: XmlNode | XmlNode[] | string | undefined): string[] {
  if (node === undefined) return []
  if (typeof node === 'string') return [node]
  if (Array.isArray(node)) return node.flatMap(collectText)
  return Object.entries(node).flatMap(([key, value]) => (key.startsWith('@') ? [] : collectText(value)))
}

/** The text of one element. */
const textOf = (node: XmlNode | XmlNode[] | string | undefined) => collectText(node).join('')

const svgOf = (country: ChartCountry) =>
  buildStandaloneSvg(buildCountryChart(country, DEFAULT_OPEN_DATA_SETTINGS, SITE))

describe('country chart image', () => {
  const root = parseSvg(svgOf(BELGIUM))
  const texts = collectText(root)

  it('is a standalone SVG document with its own size', () => {
    expect(root['@xmlns']).toBe('http://www.w3.org/2000/svg')
    expect(root['@width']).toBe('800')
    expect(root['@height']).toBe('420')
    expect(root['@viewBox']).toBe('0 0 800 420')
    expect(root['@font-family']).toMatch(/^DejaVu Sans\b/)
  })

  it('has a title and a description', () => {
    expect(textOf(root.title)).toBe('EV adoption in Belgium by year')
    // The editor's sentence, then the words generated from the figures.
    expect(textOf(root.desc)).toMatch(
      /^Figures for 2013–2017 are being checked\. BEV registrations in Belgium rose from 0 in 2011 to 3,733 in 2018; /,
    )
    expect(textOf(root.desc)).toContain('Figures for HEV are missing for 2012–2018.')
  })

  it('labels the legend, axes and a no-data series', () => {
    expect(texts).toEqual(expect.arrayContaining(['BEV', 'PHEV', 'HEV', 'New registrations', 'Year', '2018']))
    expect(texts).toContain('10,000')
    const statistics = BELGIUM.statistics.map((row) => ({ ...row, hev: null }))
    const withoutHev = collectText(parseSvg(svgOf({ ...BELGIUM, statistics })))
    expect(withoutHev).toContain('HEV (no data)')
    expect(withoutHev).not.toContain('HEV')
  })

  it('draws one line and one set of markers per series', () => {
    const svg = svgOf(BELGIUM)
    expect(svg.match(/fill="none" stroke="#0072B2"/g)).toHaveLength(1)
    expect(svg.match(/stroke-dasharray="8 4"/g)?.length).toBeGreaterThanOrEqual(2)
  })

  it('credits the publisher, the page and the licence in its footer', () => {
    const footer = texts.join(' ')
    expect(footer).toContain('Source: EV Country Profiles (2026). EV statistics: Belgium [Data set].')
    expect(footer).toContain('https://ev.example.org/countries/belgium')
    expect(footer).toContain('Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)')
  })

  it('escapes a hostile country name and drops characters XML cannot hold', () => {
    const name = `Bel<script>alert("x")</script> & 'gium'\u0000\u001b`
    const svg = svgOf({ ...BELGIUM, name })
    expect(svg).not.toContain('<script>')
    const hostile = parseSvg(svg)
    expect(textOf(hostile.title)).toBe(`EV adoption in Bel<script>alert("x")</script> & 'gium' by year`)
    expect(collectText(hostile).join(' ')).toContain(`EV statistics: Bel<script>alert("x")</script> & 'gium'`)
  })

  it('says "No statistics yet" for a country without statistics, title and credit kept', () => {
    const root = parseSvg(svgOf({ ...BELGIUM, statistics: [], figuresUpdatedAt: null }))
    const texts = collectText(root)
    expect(texts).toContain('No statistics yet')
    expect(texts).not.toContain('BEV')
    expect(textOf(root.title)).toBe('EV adoption in Belgium by year')
    expect(texts.join(' ')).toContain('Source: EV Country Profiles (n.d.). EV statistics: Belgium')
  })
})

describe('chart image helpers', () => {
  it('states a refusal as a well-formed SVG, its words escaped', () => {
    const root = parseSvg(buildProblemSvg('Not a country slug: "<b>&".'))
    expect(textOf(root.title)).toBe('Not a country slug: "<b>&".')
    expect(textOf(root.text)).toBe('Not a country slug: "<b>&".')
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
  })

  it('wraps text at spaces, a long word on its own line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('a https://example.org/very/long b', 10)).toEqual([
      'a',
      'https://example.org/very/long',
      'b',
    ])
  })

  it('names the citation without an access date', () => {
    const credit = formatChartCredit({
      publisher: 'IEA TCP',
      year: null,
      title: 'T',
      url: 'https://x.test/p',
      licence: { name: 'ODbL', url: 'https://l.test' },
    })
    expect(credit).toEqual([
      'Source: IEA TCP (n.d.). T [Data set]. https://x.test/p',
      'Licence: ODbL (https://l.test)',
    ])
  })

  it('describes the Open Graph image of a country', () => {
    expect(countryChartImage({ slug: 'belgium', name: 'Belgium' })).toEqual({
      url: '/countries/belgium/chart.png',
      width: 1200,
      height: 630,
      alt: 'Line chart of new BEV, PHEV and HEV passenger-car registrations in Belgium by year',
      type: 'image/png',
    })
  })
})
