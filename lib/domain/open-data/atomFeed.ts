import { describeUpdateSource, describeUpdateTitle } from './describeUpdate'
import type { DataUpdate } from './revisions'
import { absoluteUrl, countryUrls, DATA_PAGE, UPDATES_FEED } from '../urls'

/** How many updates the feed carries: the newest; older ones are on the country pages. */
export const FEED_ENTRY_LIMIT = 100

/**
 * The date in the feed's `tag:` ids (RFC 4151): the year the site began to mint them. Never
 * change it, or every reader sees every entry again as new.
 */
const TAG_DATE = '2026'

/** What the feed needs besides the updates. */
export type UpdatesFeedOptions = {
  siteUrl: string
  publisher: { name: string; url: string }
  /** The published countries by id; an update of any other country is left out. */
  countries: ReadonlyMap<string, { name: string; slug: string }>
  /** The feed's date when it has no entry (Atom requires one). */
  now: string
}

// XML 1.0 forbids these characters even escaped; a stray one in a note must not break the feed.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text or an attribute value escaped for XML. */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const element = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${escapeXml(text)}</${name}>`

const link = (rel: string, href: string, type: string) =>
  `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`

function buildEntry(
  update: DataUpdate,
  country: { name: string; slug: string },
  options: UpdatesFeedOptions,
) {
  const host = new URL(options.siteUrl).hostname
  const source = describeUpdateSource(update)
  const title = describeUpdateTitle(update, country.name)
  return [
    '<entry>',
    element('id', `tag:${host},${TAG_DATE}:data-update:${update.id}`),
    element('title', title),
    element('updated', update.date),
    element('published', update.date),
    link('alternate', absoluteUrl(options.siteUrl, countryUrls(country.slug).revisions), 'text/html'),
    `<category term="${update.kind}"/>`,
    element('summary', source ? `${title}. ${source}` : `${title}.`, ' type="text"'),
    '</entry>',
  ].join('\n')
}

/**
 * The Atom 1.0 feed (RFC 4287) of revisions and new years across the published countries,
 * newest first, at most FEED_ENTRY_LIMIT entries. Every entry links to its country's revisions.
 */
export function buildUpdatesFeed(updates: readonly DataUpdate[], options: UpdatesFeedOptions): string {
  const listed = [...updates]
    .filter((update) => options.countries.has(update.countryId))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, FEED_ENTRY_LIMIT)
  const entries = listed.flatMap((update) => {
    const country = options.countries.get(update.countryId)
    return country ? [buildEntry(update, country, options)] : []
  })
  const { name, url } = options.publisher
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', absoluteUrl(options.siteUrl, UPDATES_FEED)),
    element('title', 'EV Country Profiles: revised figures and new years'),
    element('subtitle', 'Every revision of a published figure and every year added, newest first.'),
    element('updated', listed[0]?.date ?? options.now),
    link('self', absoluteUrl(options.siteUrl, UPDATES_FEED), 'application/atom+xml'),
    link('alternate', absoluteUrl(options.siteUrl, DATA_PAGE), 'text/html'),
    `<author>${element('name', name)}${element('uri', url)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
