import { SLUG_PATTERN } from '@/lib/domain/text'

/** A search-params value as Next.js passes it to pages. */
export type QueryValue = string | string[] | undefined

/** The cleaned-up `?q=` of the search page. */
export type SearchQuery = {
  /** Cleaned text, at most {@link MAX_QUERY_LENGTH} characters. */
  query: string
  /** Distinct lowercase words of two or more characters, at most {@link MAX_WORDS}. */
  words: string[]
  /** True when the text was cut to {@link MAX_QUERY_LENGTH}; pages may say so. */
  tooLong: boolean
}

export const MAX_QUERY_LENGTH = 200
export const MAX_WORDS = 10
const MAX_SLUG_LENGTH = 100
// Repeated parameters (?a=x&a=y…) beyond this are ignored rather than processed.
const MAX_ARRAY_ITEMS = 20

// Control characters become spaces so "a\tb" stays two words; invisible format characters
// (zero-width, bidi overrides) and lone surrogates are dropped.
const CONTROL = /\p{Cc}/gu
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu

/** Removes control and invisible characters, collapses whitespace and trims. */
function cleanQueryText(value: string): string {
  return value.replace(CONTROL, ' ').replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** The first string of a value, ignoring anything that is not a string. */
function pickFirst(value: QueryValue): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : undefined
}

// No list has this many pages; a bigger number is as wrong as a negative one.
const MAX_PAGE = 10_000

/** The page number of `?page=`: a whole number from 1, and 1 for anything else. */
export function parsePageNumber(value: QueryValue): number {
  const first = pickFirst(value)?.trim() ?? ''
  if (!/^\d{1,5}$/.test(first)) return 1
  const page = Number(first)
  return page >= 1 && page <= MAX_PAGE ? page : 1
}

/** Parses `?countries=a,b` (or repeated parameters) into at most `max` valid, distinct slugs. */
export function parseSlugList(value: QueryValue, max = 8): string[] {
  const parts: unknown[] = Array.isArray(value) ? value.slice(0, MAX_ARRAY_ITEMS) : [value]
  const slugs: string[] = []
  for (const part of parts) {
    if (typeof part !== 'string') continue
    for (const raw of part.split(',')) {
      if (slugs.length >= max) return slugs
      const item = raw.trim()
      // Check ASCII before lowercasing: some non-ASCII letters lowercase to ASCII (U+212A → "k").
      if (item.length > MAX_SLUG_LENGTH || !/^[A-Za-z0-9-]+$/.test(item)) continue
      const slug = item.toLowerCase()
      if (SLUG_PATTERN.test(slug) && !slugs.includes(slug)) slugs.push(slug)
    }
  }
  return slugs
}

/** Code-point-safe prefix, so truncation never splits an emoji. */
function truncate(value: string, length: number): string {
  return Array.from(value).slice(0, length).join('').trim()
}

/** Parses the search page's `?q=`; over-long text is cut to the limit and flagged. */
export function parseSearchQuery(value: QueryValue): SearchQuery {
  const cleaned = cleanQueryText(pickFirst(value) ?? '')
  const tooLong = Array.from(cleaned).length > MAX_QUERY_LENGTH
  const query = tooLong ? truncate(cleaned, MAX_QUERY_LENGTH) : cleaned
  const words: string[] = []
  for (const raw of query.split(' ')) {
    const word = raw.replace(EDGE_PUNCTUATION, '').toLowerCase()
    if (Array.from(word).length >= 2 && !words.includes(word)) words.push(word)
    if (words.length >= MAX_WORDS) break
  }
  return { query, words, tooLong }
}

/** A simple filter value (`?topic=…`): the first value, trimmed; undefined if empty or too long. */
export function parseFilterValue(value: QueryValue, max = 100): string | undefined {
  const first = pickFirst(value)
  if (first === undefined) return undefined
  const cleaned = cleanQueryText(first)
  if (cleaned === '' || Array.from(cleaned).length > max) return undefined
  return cleaned
}

/** What {@link parseChoice} gives for a value that is not one of the choices. */
export const UNKNOWN_CHOICE = '?'

/**
 * A value from a fixed list (`?measure=share`), case-insensitive: '' when absent or the default
 * (so both share one cache entry), the value when it is a choice, and {@link UNKNOWN_CHOICE} for
 * anything else, so the page can say it fell back without echoing arbitrary text.
 */
export function parseChoice(value: QueryValue, choices: readonly string[], defaultChoice = ''): string {
  const first = pickFirst(value)?.trim().toLowerCase()
  if (first === undefined || first === '' || first === defaultChoice) return ''
  return choices.includes(first) ? first : UNKNOWN_CHOICE
}
