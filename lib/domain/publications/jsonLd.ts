import type { PublicationSummary } from './types'

type Organization = { '@type': 'Organization'; name: string; url: string }

/** schema.org `Report` (or `ScholarlyArticle` for a paper) of one publication, for search engines. */
export type PublicationJsonLd = {
  '@context': 'https://schema.org'
  '@type': 'Report' | 'ScholarlyArticle'
  name: string
  headline: string
  description?: string
  url: string
  datePublished: string
  inLanguage: 'en'
  author: Organization
  publisher: Organization
  license: string
  isAccessibleForFree: true
  thumbnailUrl?: string
  about: { '@type': 'Place'; name: string }[]
  encoding: {
    '@type': 'MediaObject'
    contentUrl: string
    encodingFormat: 'application/pdf'
    contentSize?: string
  }
}

export type PublicationJsonLdOptions = {
  siteUrl: string
  pagePath: string
  publisher: { name: string; url: string }
  licenceUrl: string
}

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).toString()

/** The markup of a publication's page: what it is, when it appeared, who published it, and its PDF. */
export function buildPublicationJsonLd(
  publication: PublicationSummary,
  options: PublicationJsonLdOptions,
): PublicationJsonLd {
  const organization: Organization = { '@type': 'Organization', ...options.publisher }
  return {
    '@context': 'https://schema.org',
    '@type': publication.type === 'paper' ? 'ScholarlyArticle' : 'Report',
    name: publication.title,
    headline: publication.title.slice(0, 110),
    ...(publication.description ? { description: publication.description } : {}),
    url: absolute(options.siteUrl, options.pagePath),
    datePublished: publication.date ?? String(publication.year),
    inLanguage: 'en',
    author: organization,
    publisher: organization,
    license: options.licenceUrl,
    isAccessibleForFree: true,
    ...(publication.thumbnailUrl
      ? { thumbnailUrl: absolute(options.siteUrl, publication.thumbnailUrl) }
      : {}),
    about: publication.countries.map((country) => ({ '@type': 'Place', name: country.name })),
    encoding: {
      '@type': 'MediaObject',
      contentUrl: absolute(options.siteUrl, publication.fileUrl),
      encodingFormat: 'application/pdf',
      ...(publication.fileSize ? { contentSize: `${publication.fileSize} B` } : {}),
    },
  }
}
