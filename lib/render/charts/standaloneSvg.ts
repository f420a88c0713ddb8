import type { ValueKind } from '@/lib/domain/format'

import { layoutLineChart } from './layout'
import type { ChartSeries } from '@/lib/domain/statistics/series'
import { renderSeries, renderValueAxis, renderYearAxis, TEXT_COLOR } from './svgMarkup'
import { charsIn, renderLegend, wrapText } from './svgText'
import type { AxisScale } from '@/lib/domain/statistics/axisScale'
import { element } from './xml'

/** What a standalone chart image shows. */
export type StandaloneChart = {
  title: string
  /** Text equivalent of the chart (lib/domain/charts/describeChart.ts). */
  description: string
  series: readonly ChartSeries[]
  yLabel: string
  valueKind: ValueKind
  scale: AxisScale
  /** Notes for the footer, above the credit (an index's base years). */
  notes?: readonly string[]
  /** The footer: who publishes the data, where, under which licence. */
  credit: readonly string[]
}

/** The image's own size; 1200 × 630 (the Open Graph size) scaled by 1.5. */
export const STANDALONE_WIDTH = 800
export const STANDALONE_HEIGHT = 420

// The PNG is rasterised with the DejaVu fonts shipped in node_modules and nothing else, so the
// name must match theirs; browsers without it fall back to a similar sans-serif.
export const FONT_FAMILY = 'DejaVu Sans, Verdana, sans-serif'
const MARGIN = 24
const MUTED = '#475569'
const LEFT_OUT_ZEROS = 'Values of 0 cannot be shown on a logarithmic scale and are left out.'
/**
 * A standalone SVG document of a line chart: title, legend, axes, lines with markers and a
 * footer crediting the data, in one file that renders in an `<img>` and rasterises on a server.
 */
export function buildStandaloneSvg(chart: StandaloneChart): string {
  const titleLines = wrapText(chart.title, charsIn(STANDALONE_WIDTH - 2 * MARGIN, 20)).slice(0, 2)
  const footerText = [...(chart.notes ?? []), ...chart.credit]
  const place = (height: number) =>
    layoutLineChart(chart.series, {
      valueKind: chart.valueKind,
      scale: chart.scale,
      width: STANDALONE_WIDTH,
      height,
    })
  // Placed once to learn whether anything is drawn and zeros were left out (which the legend and
  // footer depend on), then again in the height that leaves for the chart.
  const probe = place(STANDALONE_HEIGHT)
  if (probe?.hasLeftOut) footerText.unshift(LEFT_OUT_ZEROS)
  const footerLines = footerText.flatMap((line) => wrapText(line, charsIn(STANDALONE_WIDTH - 2 * MARGIN, 12)))
  const footerTop = STANDALONE_HEIGHT - 12 - footerLines.length * 16 - 6

  const legendTop = 32 + titleLines.length * 24 - 10
  const legend = probe
    ? renderLegend(probe, chart.series, { left: MARGIN, right: STANDALONE_WIDTH - MARGIN, top: legendTop })
    : null
  // The value axis is labelled above the plot rather than along it: a long label ("Index, first
  // year = 100 (log scale)") would not fit the height of a chart this wide.
  const yLabelTop = legend ? legend.bottom + 14 : legendTop
  const chartTop = legend ? yLabelTop + 4 : legendTop
  const chartHeight = footerTop - chartTop
  const layout = place(chartHeight)
  const yLabel = chart.scale === 'log' ? `${chart.yLabel} (log scale)` : chart.yLabel

  const body = layout
    ? [
        element('text', { x: MARGIN, y: yLabelTop, fill: TEXT_COLOR }, { text: yLabel }),
        // The layout keeps room left of the tick labels for a rotated label this image has not.
        element('g', { transform: `translate(${MARGIN - 32} ${chartTop})` }, [
          renderValueAxis(layout, chart.valueKind),
          renderYearAxis(layout, chartHeight),
          renderSeries(layout),
        ]),
      ].join('')
    : element(
        'text',
        {
          x: STANDALONE_WIDTH / 2,
          y: chartTop + chartHeight / 2,
          'text-anchor': 'middle',
          'font-size': 18,
          fill: MUTED,
        },
        { text: 'No statistics yet' },
      )

  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: STANDALONE_WIDTH,
        height: STANDALONE_HEIGHT,
        viewBox: `0 0 ${STANDALONE_WIDTH} ${STANDALONE_HEIGHT}`,
        role: 'img',
        'aria-labelledby': 'chart-title chart-desc',
        'font-family': FONT_FAMILY,
        'font-size': 13,
      },
      [
        element('title', { id: 'chart-title' }, { text: chart.title }),
        element('desc', { id: 'chart-desc' }, { text: chart.description }),
        element('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
        element(
          'text',
          { x: MARGIN, y: 32, 'font-size': 20, 'font-weight': 'bold', fill: '#0f172a' },
          titleLines.map((line, i) => element('tspan', { x: MARGIN, dy: i === 0 ? 0 : 24 }, { text: line })),
        ),
        legend?.markup ?? '',
        body,
        element('line', {
          x1: MARGIN,
          x2: STANDALONE_WIDTH - MARGIN,
          y1: footerTop,
          y2: footerTop,
          stroke: '#cbd5e1',
        }),
        element(
          'text',
          { x: MARGIN, y: footerTop + 18, 'font-size': 12, fill: MUTED },
          footerLines.map((line, i) => element('tspan', { x: MARGIN, dy: i === 0 ? 0 : 16 }, { text: line })),
        ),
      ],
    ),
    '\n',
  ].join('')
}
