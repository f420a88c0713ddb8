import { serialiseJsonLd, type DatasetJsonLd as Markup } from '@/lib/domain/open-data/jsonLd'

/** schema.org `Dataset` markup for search engines and dataset catalogues; never executed. */
export function DatasetJsonLd({ markup }: { markup: Markup }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(markup) }} />
}
