import type { EmbedTarget } from './target'

/** The site as oEmbed answers name it. */
export const PROVIDER_NAME = 'EV Country Profiles'

/** A `rich` oEmbed answer (https://oembed.com, sections 2.3.4 and 2.3.4.4). */
export type OembedAnswer = {
  version: '1.0'
  type: 'rich'
  title: string
  provider_name: string
  provider_url: string
  author_name: string
  author_url: string
  html: string
  width: number
  height: number
}

export type OembedInput = {
  target: EmbedTarget
  title: string
  /** How many charts the embed shows (one for a country, one per part of a comparison). */
  parts: number
  /** The site's origin, e.g. `https://ev.example.org`. */
  siteUrl: string
  /** Whoever publishes the data (the open-data settings). */
  publisher: { name: string; url: string }
  maxWidth: number | null
  maxHeight: number | null
}

/**
 * The frame's size when the consumer sets no limit: the embed's column (max-w-3xl plus its
 * padding), tall enough for a country's chart and table, or for one chart and table per part of
 * a comparison (three for registrations). Taller content scrolls inside the frame.
 */
export const DEFAULT_SIZE = { width: 792, country: 1200, comparePart: 900, compareFooter: 300 } as const

/** The frame's height for a country (one part) or a comparison of `parts` charts. */
export function defaultHeight(target: Pick<EmbedTarget, 'kind'>, parts: number): number {
  return target.kind === 'country'
    ? DEFAULT_SIZE.country
    : DEFAULT_SIZE.comparePart * parts + DEFAULT_SIZE.compareFooter
}

/** Text safe inside a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The `<iframe>` that shows an embed in another site; `width` may be a number or `100%`. */
export function buildIframeHtml(src: string, title: string, width: number | '100%', height: number): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" ` +
    `title="${escapeAttribute(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  )
}

/**
 * The answer for an embeddable page: an `<iframe>` of its embed, no larger than `maxwidth` by
 * `maxheight` (the spec's limits for the html and the width and height alike).
 */
export function buildOembedAnswer(input: OembedInput): OembedAnswer {
  const { target, title, parts, siteUrl, publisher, maxWidth, maxHeight } = input
  const width = Math.min(DEFAULT_SIZE.width, maxWidth ?? Infinity)
  const height = Math.min(defaultHeight(target, parts), maxHeight ?? Infinity)
  const src = new URL(target.embedPath, siteUrl).toString()
  const html = buildIframeHtml(src, title, width, height)
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: new URL('/', siteUrl).toString(),
    author_name: publisher.name,
    author_url: publisher.url,
    html,
    width,
    height,
  }
}
