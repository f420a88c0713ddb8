/** Zero-width characters that legacy files and pasted text carry invisibly. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g

/** Removes zero-width characters and surrounding whitespace. */
export function cleanText(value: string): string {
  return value.replace(ZERO_WIDTH, '').trim()
}

/** True when a string contains zero-width characters. */
export function hasZeroWidth(value: string): boolean {
  return /[\u200B-\u200D\u2060\uFEFF]/.test(value)
}

/** URL slug: lowercase ASCII letters, digits and single hyphens ("The Netherlands" → "the-netherlands"). */
export function slugify(value: string): string {
  return cleanText(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Case- and accent-insensitive form for matching names ("Côte" matches "cote"). */
export function foldForMatching(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i

/** A pragmatic e-mail check: one @, a dot in the domain, no spaces or brackets. */
export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value)
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
