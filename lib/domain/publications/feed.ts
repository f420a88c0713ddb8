import { escapeXml } from '@/lib/domain/open-data/atomFeed'
import { absoluteUrl, PUBLICATIONS_FEED, PUBLICATIONS_PAGE, publicationUrls } from '@/lib/domain/urls'

import { compareNewestFirst, publicationTypeLabel, type PublicationSummary } from './types'

/** How many publications the feed carries: the newest. */
export const PUBLICATIONS_FEED_LIMIT = 50

// The year the site began to mint the feed's `tag:` ids (RFC 4151): never change it.
const TAG_DATE = '2026'

export type PublicationsFeedOptions = {
  siteUrl: string
  publisher: { name: string; url: string }
  /** The feed's date when it has no entry (Atom requires one). */
  now: string
}

const element = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${escapeXml(text)}</${name}>`

function buildEntry(item: PublicationSummary, options: PublicationsFeedOptions): string {
  const host = new URL(options.siteUrl).hostname
  const published = item.date ?? `${item.year}-01-01`
  const length = item.fileSize ? ` length="${item.fileSize}"` : ''
  return [
    '<entry>',
    element('id', `tag:${host},${TAG_DATE}:publication:${item.id}`),
    element('title', item.title),
    element('updated', item.updatedAt),
    element('published', new Date(published).toISOString()),
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(options.siteUrl, publicationUrls(item.slug).page))}"/>`,
    `<link rel="enclosure" type="application/pdf"${length} href="${escapeXml(absoluteUrl(options.siteUrl, item.fileUrl))}"/>`,
    `<category term="${escapeXml(item.type)}" label="${escapeXml(publicationTypeLabel(item.type))}"/>`,
    element(
      'summary',
      item.description ?? `${publicationTypeLabel(item.type)}, ${item.year}.`,
      ' type="text"',
    ),
    '</entry>',
  ].join('\n')
}

/** The Atom 1.0 feed (RFC 4287) of the published publications, newest first. */
export function buildPublicationsFeed(
  publications: readonly PublicationSummary[],
  options: PublicationsFeedOptions,
): string {
  const listed = [...publications].sort(compareNewestFirst).slice(0, PUBLICATIONS_FEED_LIMIT)
  const updated =
    listed
      .map((item) => item.updatedAt)
      .sort()
      .at(-1) ?? options.now
  const self = absoluteUrl(options.siteUrl, PUBLICATIONS_FEED)
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', self),
    element('title', 'EV Country Profiles: publications'),
    element('subtitle', 'Annual reports, task reports, newsletters and papers, newest first.'),
    element('updated', updated),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(options.siteUrl, PUBLICATIONS_PAGE))}"/>`,
    `<author>${element('name', options.publisher.name)}${element('uri', options.publisher.url)}</author>`,
    ...listed.map((item) => buildEntry(item, options)),
    '</feed>',
    '',
  ].join('\n')
}
