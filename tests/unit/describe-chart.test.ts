import { describe, expect, it } from 'vitest'

import { describeMeasureChart } from '@/lib/domain/charts/compareCharts'
import { describeAdoptionChart, describeShareChart } from '@/lib/domain/charts/countryCharts'
import { describeChart } from '@/lib/domain/charts/describeChart'
import { formatYearList } from '@/lib/domain/charts/lists'
import { labelPoint } from '@/lib/domain/charts/pointLabel'
import { buildMeasureLines, MEASURES } from '@/lib/domain/statistics/measures'
import type { ChartSeries } from '@/lib/domain/statistics/series'
import type { YearFigures } from '@/lib/domain/statistics/types'

/** A year of figures; leave out what is unknown. */
const row = (year: number, figures: Partial<Omit<YearFigures, 'year'>> = {}): YearFigures => ({
  year,
  bev: null,
  phev: null,
  hev: null,
  totalNewCars: null,
  ...figures,
})

const line = (label: string, values: Record<number, number | null>): ChartSeries => ({
  key: label.toLowerCase(),
  label,
  points: Object.entries(values).map(([year, value]) => ({ year: Number(year), value })),
})

const SPAIN = { name: 'Spain', chartDescription: null }

describe('describeChart, one country', () => {
  it('says a rise every year, from the first to the latest value', () => {
    const rows = [row(2010, { bev: 147 }), row(2011, { bev: 377 }), row(2012, { bev: 2000 })]
    expect(describeAdoptionChart(SPAIN, rows).headline).toBe(
      'BEV registrations in Spain rose every year from 147 in 2010 to 2,000 in 2012; its largest change was a rise of 1,623 from 2011 to 2012.',
    )
  })

  it('says a fall, a peak inside the range, and that a rise with a gap is not every year', () => {
    const rows = [
      row(2010, { bev: 10, phev: 900, hev: 50 }),
      row(2011, { bev: 20, phev: 800, hev: 400 }),
      row(2012, { bev: 40, phev: 300, hev: 90 }),
      row(2014, { bev: 80, phev: 100, hev: 60 }),
    ]
    const { text } = describeAdoptionChart(SPAIN, rows)
    expect(text).toContain(
      'BEV registrations in Spain rose from 10 in 2010 to 80 in 2014; its largest change was a rise of 40 from 2012 to 2014.',
    )
    expect(text).toContain(
      'PHEV registrations in Spain fell from 900 in 2010 to 100 in 2014; its largest change was a fall of 500 from 2011 to 2012.',
    )
    expect(text).toContain(
      'HEV registrations in Spain rose from 50 in 2010 to 60 in 2014, peaking at 400 in 2011;',
    )
  })

  it('calls missing years missing, never zero, and a real 0 a value', () => {
    const rows = [
      row(2011, { bev: 0, phev: 5 }),
      row(2012, { bev: null, phev: 8 }),
      row(2013, { bev: null, phev: 9 }),
      row(2014, { bev: null, phev: 12 }),
      row(2015, { bev: 30, phev: null }),
    ]
    const { text } = describeAdoptionChart(SPAIN, rows)
    expect(text).toContain('BEV registrations in Spain rose from 0 in 2011 to 30 in 2015.')
    expect(text).toContain('Figures for BEV are missing for 2012–2014.')
    expect(text).toContain('Figures for PHEV are missing for 2015.')
    expect(text).toContain('No figures are known for HEV registrations in Spain.')
    expect(text).not.toMatch(/\b0 in 2012|2013: 0/)
  })

  it('says who overtook whom for good', () => {
    const rows = [
      row(2018, { bev: 100, phev: 50 }),
      row(2019, { bev: 120, phev: 90 }),
      row(2020, { bev: 150, phev: 400 }),
    ]
    expect(describeAdoptionChart(SPAIN, rows).text).toContain('PHEV overtook BEV in 2020.')
    const back = [...rows, row(2021, { bev: 500, phev: 450 })]
    const { text } = describeAdoptionChart(SPAIN, back)
    expect(text).toContain('BEV overtook PHEV in 2021.')
    expect(text).not.toContain('PHEV overtook')
  })

  it('handles a single year and a line that stays level', () => {
    expect(describeAdoptionChart(SPAIN, [row(2020, { bev: 2_400_000 })]).headline).toBe(
      'BEV registrations in Spain: 2,400,000 in 2020, the only year known.',
    )
    const level = [row(2019, { hev: 7 }), row(2020, { hev: 7 })]
    expect(describeAdoptionChart(SPAIN, level).text).toContain(
      'HEV registrations in Spain stayed at 7 from 2019 to 2020.',
    )
  })

  it('says when nothing is known', () => {
    expect(describeAdoptionChart(SPAIN, [])).toEqual({
      headline: 'No figures are known yet.',
      text: 'No figures are known yet.',
    })
    expect(describeAdoptionChart(SPAIN, [row(2020)]).headline).toBe('No figures are known yet.')
  })

  it("puts the editor's sentence first, and says when no share is known", () => {
    const country = { name: 'Spain', chartDescription: '  Incentives began in 2019. ' }
    const { headline, text } = describeAdoptionChart(country, [row(2019, { bev: 1 }), row(2020, { bev: 3 })])
    expect(text.startsWith('Incentives began in 2019. BEV registrations in Spain rose every year')).toBe(true)
    expect(headline.startsWith('BEV registrations')).toBe(true)
    expect(text.endsWith('No share of new cars is known: no year has a total of new cars.')).toBe(true)
  })

  it('says shares as the page shows them, and their changes in percentage points', () => {
    const rows = [
      row(2019, { bev: 500, phev: 100, totalNewCars: 100_000 }),
      row(2020, { bev: 12_500, phev: 2_500, totalNewCars: 100_000 }),
    ]
    const { text } = describeShareChart(SPAIN, rows)
    expect(text).toContain(
      'BEV share of new cars in Spain rose every year from 0.50% in 2019 to 12.5% in 2020.',
    )
    expect(text).toContain(
      'Plug-in (BEV + PHEV) share of new cars in Spain rose every year from 0.60% in 2019 to 15.0% in 2020.',
    )
    expect(text).not.toContain('No share of new cars is known')
  })
})

describe('describeChart, countries compared', () => {
  const rows = (values: number[]) => values.map((bev, i) => row(2018 + i, { bev }))

  it('reads each of a few countries, an index in points with its base years', () => {
    const measure = MEASURES.index
    const part = measure.parts[0]
    if (!part) throw new Error('the index has parts')
    const lines = buildMeasureLines(measure, part, [
      { key: 'be', label: 'Belgium', rows: rows([200, 300, 900]) },
      { key: 'fr', label: 'France', rows: rows([1000, 2000, 1200]) },
    ])
    const { text } = describeMeasureChart(measure, part, lines, 'linear')
    expect(text).toContain(
      'The BEV index in Belgium rose every year from 100 in 2018 to 450 in 2020; its largest change was a rise of 300 points from 2019 to 2020.',
    )
    expect(text).toContain(
      'The BEV index in France rose from 100 in 2018 to 120 in 2020, peaking at 200 in 2019; its largest change was a rise of 100 points from 2018 to 2019.',
    )
    expect(text).toContain('Belgium overtook France in 2020.')
    expect(text.endsWith('Index base (= 100): Belgium 2018, France 2018.')).toBe(true)
  })

  it('summarises many countries: highest, lowest, spread, largest change, gaps', () => {
    const series = [
      line('Germany', { 2019: 60_000, 2020: 194_000 }),
      line('France', { 2019: 40_000, 2020: 110_000 }),
      line('Norway', { 2019: 60_000, 2020: 77_000 }),
      line('Italy', { 2019: 10_000, 2020: 32_000 }),
      line('Poland', { 2019: null, 2020: 3_000 }),
      line('Malta', { 2019: null, 2020: null }),
    ]
    const { headline, text } = describeChart({
      series,
      kind: 'count',
      subject: { by: 'country', figure: 'BEV' },
    })
    expect(headline).toBe(
      'The chart shows BEV registrations in Germany, France, Norway, Italy, Poland and Malta from 2019 to 2020.',
    )
    expect(text).toContain('Highest in 2020: Germany (194,000) and France (110,000); lowest: Poland (3,000).')
    expect(text).toContain('In 2020 the highest was 65 times the lowest.')
    expect(text).toContain('The largest change was a rise of 134,000 from 2019 to 2020 for Germany.')
    expect(text).toContain('No figures are known for Malta.')
    expect(text).toContain('Figures are missing for Poland in 2019.')
    expect(text).not.toContain('Norway rose')
  })

  it('gives each country its own year when their latest years differ, and shares in points', () => {
    const series = [
      line('A', { 2019: 0.1, 2020: 0.2 }),
      line('B', { 2019: 0.05 }),
      line('C', { 2019: 0.02, 2020: 0.03 }),
      line('D', { 2019: 0.01, 2020: 0.015 }),
    ]
    const { text } = describeChart({ series, kind: 'share', subject: { by: 'country', figure: 'Plug-in' } })
    expect(text).toContain(
      'Highest in the latest year each reports: A (20.0% in 2020) and B (5.0% in 2019); lowest: D (1.5% in 2020).',
    )
    expect(text).toContain('In 2020 the highest was 18.5 percentage points above the lowest.')
    expect(text).toContain('Figures are missing for B in 2020.')
  })

  it('says a log scale, and that it leaves out zeros', () => {
    const series = [line('A', { 2019: 0, 2020: 10 }), line('B', { 2019: 5, 2020: 50 })]
    const { text } = describeChart({
      series,
      kind: 'count',
      scale: 'log',
      subject: { by: 'country', figure: 'BEV' },
    })
    expect(text).toContain('The vertical axis is logarithmic: each step up multiplies the value.')
    expect(text).toContain(
      'Values of 0 cannot be placed on it and are left out of the drawing; the table lists them.',
    )
    const linear = describeChart({ series, kind: 'count', subject: { by: 'country', figure: 'BEV' } })
    expect(linear.text).not.toContain('logarithmic')
  })
})

describe('chart words', () => {
  it('shortens runs of three or more years', () => {
    expect(formatYearList([2011, 2012, 2013, 2015, 2017, 2018])).toBe('2011–2013, 2015, 2017, 2018')
  })

  it('names a point by its year, line, value and unit', () => {
    expect(labelPoint('count', 'BEV', 2019, 10_850)).toBe('2019, BEV: 10,850 new registrations')
    expect(labelPoint('share', 'Belgium', 2020, 0.125)).toBe('2020, Belgium: 12.5% of new passenger cars')
    expect(labelPoint('index', 'France', 2020, 340.4)).toBe('2020, France: 340 (index, first year = 100)')
  })
})
