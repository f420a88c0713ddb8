import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LineChart } from '@/components/charts/LineChart'
import { describeChart } from '@/lib/domain/charts/describeChart'
import { CHART_FRAMES, listNavLines } from '@/lib/render/charts/frames'
import { layoutLineChart } from '@/lib/render/charts/layout'
import { createLogScale, logTicks } from '@/lib/render/charts/logScale'
import { buildValueAxis } from '@/lib/render/charts/valueAxis'

describe('logTicks', () => {
  it('puts powers of ten around the values, one tick at or beyond each end', () => {
    expect(logTicks(263, 1_000_000)).toEqual([100, 1000, 10_000, 100_000, 1_000_000])
    expect(logTicks(3733, 13_226)).toEqual([2000, 5000, 10_000, 20_000])
  })

  it('adds 2× and 5× steps when the values span at most two decades', () => {
    expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100])
    expect(logTicks(0.02, 0.3)).toEqual([0.02, 0.05, 0.1, 0.2, 0.5])
  })

  it('thins out powers of ten over many decades', () => {
    expect(logTicks(1, 1e12)).toEqual([1, 100, 10_000, 1_000_000, 100_000_000, 10_000_000_000, 1e12])
  })

  it('gives an axis for a single value or garbage', () => {
    expect(logTicks(100, 100)).toEqual([100, 200])
    expect(logTicks(0, Number.NaN)).toEqual([1, 2])
  })
})

describe('createLogScale', () => {
  it('places powers of ten evenly and has no place for 0 or less', () => {
    const y = createLogScale([1, 1000], [300, 0])
    expect(y(1)).toBe(300)
    expect(y(10)).toBeCloseTo(200, 9)
    expect(y(1000)).toBe(0)
    expect(y(0)).toBeNaN()
    expect(y(-5)).toBeNaN()
  })
})

describe('buildValueAxis', () => {
  it('starts a linear axis at 0 and a log axis at the smallest value above 0', () => {
    expect(buildValueAxis([0, 40, 930], 'count', 'linear', [300, 0]).ticks).toEqual([
      0, 200, 400, 600, 800, 1000,
    ])
    expect(buildValueAxis([0, 40, 930], 'count', 'log', [300, 0]).ticks).toEqual([
      20, 50, 100, 200, 500, 1000,
    ])
    expect(buildValueAxis([0.004, 0.24], 'share', 'linear', [300, 0]).ticks).toEqual([
      0, 0.05, 0.1, 0.15, 0.2, 0.25,
    ])
  })
})

describe('a chart on a log scale', () => {
  const series = [
    {
      key: 'a',
      label: 'Aland',
      points: [
        { year: 2011, value: 0 },
        { year: 2012, value: 50 },
        { year: 2013, value: 5000 },
      ],
    },
  ]
  const description = describeChart({
    series,
    kind: 'count',
    scale: 'log',
    subject: { by: 'country', figure: 'BEV' },
  })
  const page = renderToStaticMarkup(
    createElement(LineChart, {
      id: 'log',
      title: 'BEV by country',
      description: description.text,
      series,
      scale: 'log',
    }),
  )
  // The wide frame.
  const html = page.slice(0, page.indexOf('</svg>'))

  it('labels its ticks with the values they stand for and says it is a log scale', () => {
    const labels = [...html.matchAll(/text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])
    expect(labels).toEqual(['10', '100', '1,000', '10,000'])
    expect(html).toContain('>New registrations (log scale)</text>')
  })

  it('never plots 0, and says so next to the chart and in its description', () => {
    const [wide] = CHART_FRAMES
    const layout = wide && layoutLineChart(series, { valueKind: 'count', scale: 'log', ...wide })
    const points = layout ? listNavLines([layout], 'count')[0]?.points : []
    expect(points?.map((point) => point.label)).toEqual([
      '2012, Aland: 50 new registrations',
      '2013, Aland: 5,000 new registrations',
    ])
    expect(html.match(/class="chart-marks"/g)).toHaveLength(1)
    expect(html).toMatch(/<path d="M[^"M]*M[^"M]*" fill="#0072B2"/)
    expect(page).toContain('Values of 0 cannot be shown on a logarithmic scale')
    expect(html).toMatch(/<desc>[^<]*The vertical axis is logarithmic[^<]*Values of 0 cannot be placed on it/)
  })
})
