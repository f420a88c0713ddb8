import { TAGS } from '@/lib/platform/cache/tags'
import { publicCacheHeaders } from '@/lib/platform/http'

import { buildProblemSvg } from './problemSvg'
import { rasterise } from './rasterise'

// What every chart image reads: the countries, their statistics and the licence in its footer.
const CHART_TAGS = [TAGS.countries, TAGS.statistics, TAGS.openData] as const

export type ChartFormat = 'svg' | 'png'

/** The chart as an SVG or PNG response, cacheable until one of the tags it read changes. */
export async function chartResponse(svg: string, format: ChartFormat, filename: string): Promise<Response> {
  const body = format === 'svg' ? svg : new Uint8Array(await rasterise(svg))
  return new Response(body, {
    headers: {
      'Content-Type': format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png',
      'Content-Disposition': `inline; filename="${filename.replace(/[^a-z0-9._-]/gi, '_')}.${format}"`,
      'X-Content-Type-Options': 'nosniff',
      ...publicCacheHeaders(CHART_TAGS),
    },
  })
}

/**
 * A refusal naming the problem: plain text, except for an SVG route, which gets the same words as
 * an SVG.
 */
export function problemResponse(status: 400 | 404, problem: string, format: ChartFormat): Response {
  return format === 'svg'
    ? new Response(buildProblemSvg(problem), {
        status,
        headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
      })
    : new Response(problem, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
