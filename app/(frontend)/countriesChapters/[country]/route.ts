import { connection } from 'next/server'

import { getCountryPage } from '@/lib/data/readers/countries'
import { slugify } from '@/lib/domain/text'
import { countryUrls, pdfAtPage } from '@/lib/domain/urls'
import { TAGS } from '@/lib/platform/cache/tags'

import { decodeLegacyName, permanentRedirect } from '../../_legacy/permanentRedirect'

type Props = { params: Promise<{ country: string }> }

/**
 * `/countriesChapters/<country>`, a country's chapter on the former site: 301 to the chapter (the
 * PDF at its page), or to the country's page while it has none.
 */
export async function GET(_request: Request, { params }: Props) {
  await connection()
  const name = decodeLegacyName((await params).country)
  const slug = name ? slugify(name) : ''
  const country = slug ? await getCountryPage(slug) : null
  if (!country) {
    return new Response('There is no such country.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { chapter } = country
  const target = chapter ? pdfAtPage(chapter.fileUrl, chapter.startPage) : countryUrls(country.slug).page
  return permanentRedirect(target, [TAGS.countries, TAGS.publications])
}
