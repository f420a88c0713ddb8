import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { findNextSpot } from '@/components/charts/findNextSpot'
import { LineChart } from '@/components/charts/LineChart'
import { StatisticsTable } from '@/components/charts/StatisticsTable'
import { describeAdoptionChart } from '@/lib/domain/charts/countryCharts'
import { CHART_FRAMES, listNavLines } from '@/lib/render/charts/frames'
import { layoutLineChart, type LineChartLayout } from '@/lib/render/charts/layout'
import { buildMarkerPath, buildMarkersPath } from '@/lib/render/charts/markers'
import { buildStatisticsSeries } from '@/lib/domain/statistics/series'
import type { YearStatistics } from '@/lib/domain/statistics/types'

const ROWS: YearStatistics[] = [
  { year: 2018, bev: 3733, phev: 13226, hev: null },
  { year: 2011, bev: 0, phev: 120, hev: 4000 },
  { year: 2012, bev: 300, phev: 800, hev: 4100 },
  { year: 2013, bev: 500, phev: null, hev: 4200 },
  { year: 2014, bev: 900, phev: 1500, hev: 4300 },
]

const figures = (rows: YearStatistics[]) => rows.map((row) => ({ ...row, totalNewCars: null }))

/** Renders the chart for some statistics rows, as the server sends it. */
function renderChart(rows: YearStatistics[], id = 'c1'): string {
  return renderToStaticMarkup(
    createElement(LineChart, {
      id,
      title: 'EV adoption by year',
      description: describeAdoptionChart({ name: 'Belgium' }, figures(rows)).text,
      series: buildStatisticsSeries(rows),
    }),
  )
}

/** The markup of each frame's <svg>, wide first. */
const framesOf = (html: string) =>
  [...html.matchAll(/<svg role="graphics-document[^]*?<\/svg>/g)].map((m) => m[0])

/** The `d` attributes of the series lines, which (unlike filled markers) have `fill="none"`. */
const listLinePaths = (svg: string) =>
  [...svg.matchAll(/<path d="([^"]*)" fill="none"/g)].map((m) => m[1] ?? '')

/** The year labels of a frame, in document order. */
const yearLabels = (svg: string) => [...svg.matchAll(/>(\d{4})<\/text>/g)].map((m) => Number(m[1]))

describe('LineChart', () => {
  const html = renderChart(ROWS)
  const [wide = '', narrow = ''] = framesOf(html)

  it('draws a wide and a narrow frame, each one named stop with its description', () => {
    expect(framesOf(html)).toHaveLength(2)
    expect(wide).toContain('viewBox="0 0 640 360"')
    expect(narrow).toContain('viewBox="0 0 340 300"')
    for (const frame of [wide, narrow]) {
      expect(frame).toMatch(
        /^<svg role="graphics-document document" aria-roledescription="chart" tabindex="0"/,
      )
      expect(frame).toContain('<title>EV adoption by year</title>')
      expect(frame).toContain(
        '<desc>BEV registrations in Belgium rose from 0 in 2011 to 3,733 in 2018; its largest change was a rise of 2,833 from 2014 to 2018.',
      )
    }
    // CSS shows one frame at a time, by the width of the chart's container.
    expect(wide).toContain('hidden @min-[40rem]:block')
    expect(narrow).toContain('@min-[40rem]:hidden')
    expect(html).toContain('@container')
  })

  it('hides the drawing from assistive technology and has no point to tab to without JavaScript', () => {
    expect(wide).toMatch(/<\/desc><g aria-hidden="true">/)
    expect(html).not.toContain('graphics-symbol')
    expect(html.match(/tabindex="0"/g)).toHaveLength(2)
  })

  it('shows the description under the chart, collapsed', () => {
    expect(html).toMatch(
      /<details id="c1"[^>]*><summary[^>]*>Describe this chart<\/summary><p[^>]*>BEV registrations in Belgium rose/,
    )
  })

  it('labels the y axis with thousands separators and both axes with names', () => {
    expect(wide).toContain('>10,000</text>')
    expect(wide).toContain('>15,000</text>')
    expect(wide).toContain('>New registrations</text>')
    expect(wide).toContain('>Year</text>')
    // Beside the axis on the wide frame, above it on the narrow one.
    expect(wide).toMatch(/rotate\(-90\)[^>]*>New registrations</)
    expect(narrow).toContain('<text x="4" y="14">New registrations</text>')
  })

  it('labels every year on the wide frame and fewer on the narrow one, ascending', () => {
    expect(yearLabels(wide)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018])
    expect(yearLabels(narrow)).toEqual([2012, 2014, 2016, 2018])
    // Fewer value ticks too: 0–100 in steps of 20 on the wide frame, of 50 on the narrow one.
    const ticksOf = (svg: string) => [...svg.matchAll(/text-anchor="end"[^>]*>([\d,]+)</g)].map((m) => m[1])
    const [small = '', smallNarrow = ''] = framesOf(
      renderChart([{ year: 2020, bev: 100, phev: null, hev: null }]),
    )
    expect(ticksOf(small)).toEqual(['0', '20', '40', '60', '80', '100'])
    expect(ticksOf(smallNarrow)).toEqual(['0', '50', '100'])
  })

  it('breaks a line at missing years instead of dropping to 0', () => {
    const [bev, phev, hev] = listLinePaths(wide)
    // BEV: 2011–2014, gap, then 2018 alone (marker only).
    expect(bev?.match(/M/g)).toHaveLength(1)
    // PHEV: 2011–2012, null in 2013, then 2014 alone: one line piece.
    expect(phev?.match(/M/g)).toHaveLength(1)
    expect(hev?.match(/L/g)).toHaveLength(3)
    const [withGap = ''] = framesOf(
      renderChart([
        { year: 2011, bev: 1, phev: null, hev: null },
        { year: 2012, bev: 2, phev: null, hev: null },
        { year: 2013, bev: null, phev: null, hev: null },
        { year: 2014, bev: 3, phev: null, hev: null },
        { year: 2015, bev: 4, phev: null, hev: null },
      ]),
    )
    expect(listLinePaths(withGap)[0]?.match(/M/g)).toHaveLength(2)
  })

  it("draws each series' markers as one path, in its colour, with a class forced colours repaint", () => {
    const markerPaths = [...wide.matchAll(/<path d="([^"]*)" fill="(#[0-9A-F]{6})"[^>]*class="chart-marks"/g)]
    expect(markerPaths.map((m) => m[2])).toEqual(['#0072B2', '#D55E00', '#009E73'])
    expect(markerPaths.map((m) => m[1]?.match(/M/g)?.length)).toEqual([5, 4, 4])
    expect(wide.match(/class="chart-line"/g)).toHaveLength(3)
  })

  it('has a legend with each label, and distinct colours and dash patterns', () => {
    expect(html).toMatch(/<span>BEV<\/span>.*<span>PHEV<\/span>.*<span>HEV<\/span>/s)
    expect(html).toContain('stroke="#0072B2"')
    expect(html).toContain('stroke="#D55E00"')
    expect(html).toContain('stroke="#009E73"')
    expect(html).toContain('stroke-dasharray="8 4"')
  })

  it('shows a message instead of an empty chart', () => {
    const empty = renderChart([{ year: 2020, bev: null, phev: null, hev: null }])
    expect(empty).toContain('No statistics yet')
    expect(empty).not.toContain('<svg role="graphics-document')
  })

  it('handles a single year and millions', () => {
    const [one = ''] = framesOf(renderChart([{ year: 2020, bev: 2_400_000, phev: null, hev: null }]))
    expect(one).toContain('>2,500,000</text>')
    expect(yearLabels(one)).toEqual([2020])
  })

  it('thins year labels over long ranges, more on the narrow frame', () => {
    const rows = Array.from({ length: 36 }, (_, i) => ({ year: 1990 + i, bev: i, phev: null, hev: null }))
    const [longWide = '', longNarrow = ''] = framesOf(renderChart(rows))
    expect(yearLabels(longWide)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025])
    expect(yearLabels(longNarrow)).toEqual([1990, 2000, 2010, 2020])
  })
})

describe('the points the keyboard steps through', () => {
  const series = buildStatisticsSeries(ROWS)
  const layouts = CHART_FRAMES.map((frame) =>
    layoutLineChart(series, { valueKind: 'count', scale: 'linear', ...frame }),
  ).filter((layout): layout is LineChartLayout => layout !== null)
  const lines = listNavLines(layouts, 'count')

  it('names each point with a value, by line, in year order, placed in both frames', () => {
    expect(lines.map((line) => line.label)).toEqual(['BEV', 'PHEV', 'HEV'])
    expect(lines[0]?.points.map((point) => point.label)).toEqual([
      '2011, BEV: 0 new registrations',
      '2012, BEV: 300 new registrations',
      '2013, BEV: 500 new registrations',
      '2014, BEV: 900 new registrations',
      '2018, BEV: 3,733 new registrations',
    ])
    // PHEV has no 2013: a missing year is no point at all.
    expect(lines[1]?.points.map((point) => point.year)).toEqual([2011, 2012, 2014, 2018])
    const [wideAt, narrowAt] = lines[0]?.points[4]?.at ?? []
    expect(wideAt?.[0]).toBeGreaterThan(narrowAt?.[0] ?? Infinity)
  })

  it('moves left and right through years, up and down between lines to the nearest year', () => {
    expect(findNextSpot(lines, null, 'ArrowRight')).toEqual({ line: 0, point: 0 })
    expect(findNextSpot(lines, { line: 0, point: 0 }, 'ArrowRight')).toEqual({ line: 0, point: 1 })
    expect(findNextSpot(lines, { line: 0, point: 0 }, 'ArrowLeft')).toEqual({ line: 0, point: 0 })
    expect(findNextSpot(lines, { line: 0, point: 2 }, 'ArrowDown')).toEqual({ line: 1, point: 1 })
    expect(findNextSpot(lines, { line: 2, point: 3 }, 'ArrowDown')).toEqual({ line: 2, point: 3 })
    expect(findNextSpot(lines, { line: 1, point: 3 }, 'ArrowUp')).toEqual({ line: 0, point: 4 })
    expect(findNextSpot(lines, { line: 1, point: 1 }, 'End')).toEqual({ line: 1, point: 3 })
    expect(findNextSpot(lines, { line: 1, point: 1 }, 'Home')).toEqual({ line: 1, point: 0 })
    expect(findNextSpot(lines, { line: 1, point: 1 }, 'Tab')).toBeUndefined()
    expect(findNextSpot([], null, 'ArrowRight')).toBeNull()
  })
})

describe('StatisticsTable', () => {
  const html = renderToStaticMarkup(createElement(StatisticsTable, { caption: 'Belgium', rows: ROWS }))

  it('has a caption and column headers', () => {
    expect(html).toContain('<caption')
    expect(html).toContain('>Belgium</caption>')
    expect(html.match(/<th scope="col"/g)).toHaveLength(4)
    expect(html).toMatch(/>Year<\/th>.*>BEV<\/abbr>.*>PHEV<\/abbr>.*>HEV<\/abbr>/s)
  })

  it('lists years ascending with separators, "no data" for null and "0" for 0', () => {
    const years = [...html.matchAll(/<th scope="row"[^>]*>(\d{4})<\/th>/g)].map((m) => Number(m[1]))
    expect(years).toEqual([2011, 2012, 2013, 2014, 2018])
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1])
    expect(cells.slice(0, 3)).toEqual(['0', '120', '4,000'])
    expect(cells.slice(6, 9)).toEqual(['500', 'no data', '4,200'])
    expect(cells.slice(12)).toEqual(['3,733', '13,226', 'no data'])
  })
})

describe('marker paths', () => {
  it('draw each shape centred on its point, and a series as one path of its points', () => {
    expect(buildMarkerPath('circle', 10, 20, 4.5)).toBe('M5.5 20a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z')
    expect(buildMarkerPath('square', 10, 20, 2)).toBe('M8 18L12 18L12 22L8 22Z')
    expect(buildMarkerPath('cross', 10, 20, 2)).toBe('M8 18L12 22M12 18L8 22')
    const points = [
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ]
    expect(buildMarkersPath('square', points, 2)).toBe('M8 18L12 18L12 22L8 22ZM28 38L32 38L32 42L28 42Z')
  })
})
