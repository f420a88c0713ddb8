import { describeMeasureChart } from '@/lib/domain/charts/compareCharts'
import type { StandaloneChart } from '@/lib/render/charts/standaloneSvg'
import { compareHref } from '@/lib/domain/urls'
import { findDateModified, type DatasetCountry } from '@/lib/domain/open-data/dataset'
import { yearOf } from '@/lib/domain/open-data/citation'
import type { OpenDataSettings } from '@/lib/domain/open-data/settings'
import { absoluteUrl } from '@/lib/domain/urls'
import { buildMeasureLines, formatIndexBases } from '@/lib/domain/statistics/measures'

import type { CompareImageRequest } from '@/lib/domain/compare/imageQuery'
import { buildChartCitation, formatChartCredit } from './credit'

/** One chart of the compare page (a part of its measure, one line per country) as a standalone image. */
export function buildCompareChart(
  { choice, measure, part, scale }: CompareImageRequest,
  countries: readonly DatasetCountry[],
  settings: OpenDataSettings,
  siteUrl: string,
): StandaloneChart {
  const lines = buildMeasureLines(
    measure,
    part,
    countries.map(({ slug, name, rows }) => ({ key: slug, label: name, rows })),
  )
  const bases = formatIndexBases(measure, lines)
  const citation = buildChartCitation(settings, {
    title: `Compare countries by ${measure.title}`,
    url: absoluteUrl(siteUrl, compareHref(choice)),
    year: yearOf(findDateModified(countries)),
  })
  return {
    // Short enough for one line: the axis label and footer say the rest.
    title: `${part.label} ${measure.title} by country`,
    description: describeMeasureChart(measure, part, lines, scale).text,
    series: lines,
    yLabel: measure.yLabel,
    valueKind: measure.kind,
    scale,
    notes: bases === '' ? [] : [bases],
    credit: formatChartCredit(citation),
  }
}
