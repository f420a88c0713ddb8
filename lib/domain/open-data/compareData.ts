import { compareChartHref, compareCsvHref, compareEmbedHref, compareHref } from '@/lib/domain/urls'
import type { CompareChoice } from '@/lib/domain/compare/query'
import { buildIframeHtml, defaultHeight } from '@/lib/domain/embed/oembed'
import { describeMeasureChart } from '@/lib/domain/charts/compareCharts'
import { frameTitle } from '@/lib/domain/embed/titles'
import { buildMeasureLines, type Measure } from '@/lib/domain/statistics/measures'

import { citePage, type Citation } from './citation'
import type { Download } from './countryData'
import { findDateModified, type DatasetCountry } from './dataset'
import type { PublicationContext } from './statisticsJson'
import { absoluteUrl } from '@/lib/domain/urls'

/** What the compare page offers of its selection: downloads, the embed code and the citation. */
export type CompareDataAccess = { citation: Citation; downloads: Download[]; embedHtml: string }

/** The title a comparison is cited and embedded under: "EV registrations: Austria, Belgium". */
export const compareTitle = (measure: Measure, countries: readonly Pick<DatasetCountry, 'name'>[]) =>
  `Compare countries by ${measure.title}: ${countries.map((country) => country.name).join(', ')}`

/** The selection of the compare page (published countries only), as it offers it to reuse. */
export function describeCompareData(
  choice: CompareChoice,
  measure: Measure,
  countries: readonly Pick<DatasetCountry, 'name' | 'slug' | 'rows' | 'updatedAt'>[],
  context: PublicationContext,
): CompareDataAccess {
  const title = compareTitle(measure, countries)
  const [part] = measure.parts
  const lines = part
    ? buildMeasureLines(
        measure,
        part,
        countries.map(({ slug, name, rows }) => ({ key: slug, label: name, rows })),
      )
    : []
  const scale = measure.allowsLog ? choice.scale : 'linear'
  const images = measure.parts.flatMap((part) => [
    {
      href: compareChartHref(choice, 'svg', part.key),
      label: `${part.label} chart as SVG`,
      format: 'vector image',
    },
    {
      href: compareChartHref(choice, 'png', part.key),
      label: `${part.label} chart as PNG`,
      format: '1200 × 630 pixels',
    },
  ])
  return {
    citation: citePage({
      title,
      path: compareHref(choice),
      modified: findDateModified(countries),
      ...context,
    }),
    downloads: [
      {
        href: compareCsvHref(choice),
        label: 'Compared figures as CSV',
        format: 'an empty cell means no data',
      },
      ...images,
    ],
    embedHtml: buildIframeHtml(
      absoluteUrl(context.siteUrl, compareEmbedHref(choice)),
      part ? frameTitle(title, describeMeasureChart(measure, part, lines, scale).headline) : title,
      '100%',
      defaultHeight({ kind: 'compare' }, measure.parts.length),
    ),
  }
}
