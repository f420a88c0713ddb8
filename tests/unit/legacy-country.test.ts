import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { parseLegacyCountry } from '@/lib/import/legacy/parseLegacyCountry'
import type { Issue, LegacyCountry, ParseResult } from '@/lib/import/legacy/types'
import { extractHeadings } from '@/lib/domain/richtext/headings'
import { markdownToLexical } from '@/lib/import/markdown'

const seed = readFileSync(
  fileURLToPath(new URL('../../seed/000_717ca14df04e7b3c.txt', import.meta.url)),
  'utf8',
)

/** The seed with line `number` (1-based) replaced by `text`, which may span several lines. */
function replaceLine(source: string, number: number, text: string): string {
  const lines = source.split('\n')
  lines.splice(number - 1, 1, text)
  return lines.join('\n')
}

/** The parsed value, failing the test with the errors when parsing failed. */
function valueOf(result: ParseResult<LegacyCountry>): LegacyCountry {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

/** The errors, failing the test when parsing succeeded. */
function errorsOf(result: ParseResult<LegacyCountry>): Issue[] {
  if (result.ok) throw new Error('expected errors, got ok')
  return result.errors
}

describe('parseLegacyCountry on the Belgium seed', () => {
  const result = parseLegacyCountry(seed)
  const country = valueOf(result)

  it('reads the name, ISO code and the one filled-in contact', () => {
    expect(country.name).toBe('Belgium')
    expect(country.isoCode).toBe('BE')
    expect(country.contacts).toEqual([{ name: 'Carlo Mol', affiliation: 'VITO', email: 'carlo.mol@vito.be' }])
  })

  it('maps the 2020-down-to-2010 series onto years, keeping missing figures null', () => {
    expect(country.statistics.map((row) => row.year)).toEqual([2011, 2012, 2013, 2014, 2017, 2018])
    const byYear = new Map(country.statistics.map((row) => [row.year, row]))
    expect(byYear.get(2018)).toEqual({ year: 2018, bev: 3733, phev: 9704, hev: 13226 })
    expect(byYear.get(2017)).toEqual({ year: 2017, bev: 2705, phev: 11832, hev: 12235 })
    expect(byYear.get(2012)).toEqual({ year: 2012, bev: 568, phev: 340, hev: 5675 })
    // The seed's HEV series has 5675 in the 2012 slot and null for 2011.
    expect(byYear.get(2011)).toEqual({ year: 2011, bev: 263, phev: null, hev: null })
  })

  it('reads the task lists and keeps the link to its chapter without a warning (the chapter file gives the chapter)', () => {
    expect(country.ongoingTasks).toEqual([1, 23, 32, 39, 43])
    expect(country.completedTasks).toEqual([7, 10, 12, 15, 24, 28])
    expect(country.publicationLink).toBe('/countriesChapters/belgium')
    expect(result.warnings).toEqual([])
  })

  it('warns about a site-relative publication link that names no chapter', () => {
    const source = replaceLine(seed, 17, 'publicationLink: "/reports/belgium"')
    expect(parseLegacyCountry(source).warnings).toEqual([
      {
        line: 17,
        kind: 'publication link',
        message:
          'relative publicationLink "/reports/belgium" cannot be resolved on this site; it will not be shown',
      },
    ])
  })

  it('keeps the Markdown body and where it starts', () => {
    expect(country.bodyStartLine).toBe(20)
    expect(country.body.startsWith('## Major Developments in 2020 \n')).toBe(true)
    const { value, warnings } = markdownToLexical(country.body, { firstLine: country.bodyStartLine })
    expect(warnings).toEqual([])
    expect(extractHeadings(value).map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 2, text: 'Major Developments in 2020' },
      { level: 2, text: 'Outlook' },
    ])
  })
})

describe('parseLegacyCountry tolerates messy legacy files', () => {
  const seedCountry = valueOf(parseLegacyCountry(seed))

  it('strips zero-width characters and surrounding spaces from values', () => {
    let source = replaceLine(seed, 3, 'name: "\u200BBel\u200Dgium\uFEFF  "')
    source = replaceLine(source, 9, 'contactName: "  Carlo Mol "')
    source = replaceLine(source, 11, 'contactEmail: "carlo.mol@vito.be\u2060 "')
    const result = parseLegacyCountry(source)
    expect(valueOf(result).name).toBe('Belgium')
    expect(valueOf(result).contacts).toEqual(seedCountry.contacts)
    expect(result.warnings).toEqual([])
  })

  it('skips a whitespace-only second contact silently', () => {
    let source = replaceLine(seed, 12, 'contactNameTwo: "   "')
    source = replaceLine(source, 13, 'contactAffiliationTwo: " \u200B "')
    const result = parseLegacyCountry(source)
    expect(valueOf(result).contacts).toHaveLength(1)
    expect(result.warnings).toEqual([])
  })

  it('accepts a series written as a YAML list', () => {
    const items = ['null', 'null', '3733', '2705', '~', '', '1163', '507', '568', '263', 'null']
    const source = replaceLine(seed, 6, ['BEV:', ...items.map((item) => `  - ${item}`)].join('\n'))
    const result = parseLegacyCountry(source)
    expect(valueOf(result).statistics).toEqual(seedCountry.statistics)
    expect(result.warnings).toEqual([])
  })

  it('accepts numbers written as strings in series and task lists', () => {
    const bev = 'BEV: \'[null, null, "3733", "2705", null, null, " 1163", "507", "568", "263", null]\''
    let source = replaceLine(seed, 6, bev)
    source = replaceLine(source, 15, 'onGoings: ["1", "23", 32, "39 ", 43]')
    const result = parseLegacyCountry(source)
    expect(valueOf(result).statistics).toEqual(seedCountry.statistics)
    expect(valueOf(result).ongoingTasks).toEqual([1, 23, 32, 39, 43])
    expect(result.warnings).toEqual([])
  })

  it('warns about unknown keys but not about layout and tags', () => {
    const source = replaceLine(seed, 18, 'foo: "bar"')
    const result = parseLegacyCountry(source)
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([{ line: 18, message: 'unknown key "foo" ignored', kind: 'unknown key' }])
  })

  it('accepts an absolute publication link without warning', () => {
    const source = replaceLine(seed, 17, 'publicationLink: "https://ieahev.org/countries/belgium"')
    const result = parseLegacyCountry(source)
    expect(valueOf(result).publicationLink).toBe('https://ieahev.org/countries/belgium')
    expect(result.warnings).toEqual([])
  })
})

describe('parseLegacyCountry refuses broken files with the offending line', () => {
  // Nine valid values, so a series under test only needs its first two.
  const rest = '1, 1, 1, 1, 1, 1, 1, 1, 1'
  it.each<[string, number, string, RegExp]>([
    ['a YAML syntax error', 10, 'contactAffiliation: "VITO" extra', /invalid YAML/],
    ['an unclosed quote', 10, 'contactAffiliation: "VITO', /invalid YAML/],
    ['a 10-value series', 6, 'BEV: "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"', /BEV has 10 values/],
    ['a negative value', 7, `PHEV: "[null, -5, ${rest}]"`, /PHEV value for 2019 is negative/],
    ['a fractional value', 8, `HEV: "[null, 1.5, ${rest}]"`, /HEV value for 2019 is not a whole number/],
    ['a non-numeric value', 6, `BEV: '[null, "abc", ${rest}]'`, /BEV value for 2019 is not a number/],
    ['a non-numeric task', 16, 'completedTasks: [7, ten, 12]', /in completedTasks is not a number/],
    ['an empty name', 3, 'name: " \u200B "', /missing country name/],
    ['an invalid e-mail', 11, 'contactEmail: "carlo.mol(at)vito.be"', /not a valid e-mail/],
    ['a contact without name', 9, 'contactName: ""', /contactName is empty/],
    ['an unusable flag', 4, 'flag: "https://example.org/flags/zz.svg"', /ISO country code/],
  ])('%s on line %i', (_, line, text, message) => {
    const errors = errorsOf(parseLegacyCountry(replaceLine(seed, line, text)))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.line).toBe(line)
    expect(errors[0]?.message).toMatch(message)
  })

  it('reports a missing name key or missing front matter on line 1', () => {
    const withoutName = errorsOf(parseLegacyCountry(replaceLine(seed, 3, 'title: "Belgium"')))
    expect(withoutName).toEqual([{ line: 1, message: 'missing country name' }])
    const withoutFrontMatter = errorsOf(parseLegacyCountry(seed.split('\n').slice(1).join('\n')))
    expect(withoutFrontMatter).toEqual([
      { line: 1, message: 'missing front matter: the file must start with a "---" line' },
    ])
  })

  it('reports a bad item of a YAML-list series on the item line', () => {
    const items = ['1', '2', '-3', '4', '5', '6', '7', '8', '9', '10', '11']
    const source = replaceLine(seed, 6, ['BEV:', ...items.map((item) => `  - ${item}`)].join('\n'))
    expect(errorsOf(parseLegacyCountry(source))).toEqual([
      { line: 9, message: 'BEV value for 2018 is negative (-3)' },
    ])
  })

  it('collects every error instead of stopping at the first', () => {
    let source = replaceLine(seed, 3, 'name: ""')
    source = replaceLine(source, 7, 'PHEV: "[null, -5, 1, 1, 1, 1, 1, 1, 1, 1, 1]"')
    source = replaceLine(source, 11, 'contactEmail: "nobody"')
    expect(errorsOf(parseLegacyCountry(source)).map((error) => error.line)).toEqual([3, 7, 11])
  })
})
