import { OEMBED } from '@/lib/domain/urls'

/** The media type of an oEmbed JSON answer, as discovery links name it (https://oembed.com, 4). */
export const OEMBED_JSON_TYPE = 'application/json+oembed'

/**
 * The oEmbed discovery link of an embeddable page, in the form of Next's
 * `metadata.alternates.types`: Next renders it as
 * `<link rel="alternate" type="application/json+oembed" href="/oembed?url=…&format=json">`.
 * `siteUrl` is the site's origin: the `url` parameter must be the page's full address.
 */
export function oembedDiscovery(siteUrl: string, pagePath: string): Record<typeof OEMBED_JSON_TYPE, string> {
  const query = new URLSearchParams({ url: new URL(pagePath, siteUrl).toString(), format: 'json' })
  return { [OEMBED_JSON_TYPE]: `${OEMBED}?${query.toString()}` }
}
