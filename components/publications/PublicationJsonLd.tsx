import type { PublicationJsonLd as Markup } from '@/lib/domain/publications/jsonLd'
import { serialiseJsonLd } from '@/lib/domain/open-data/jsonLd'

/** schema.org `Report`/`ScholarlyArticle` markup of a publication's page; never executed. */
export function PublicationJsonLd({ markup }: { markup: Markup }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(markup) }} />
}
