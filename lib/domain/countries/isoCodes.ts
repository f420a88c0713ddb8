// A CommonJS package: its functions are reached through the default export under Node's own loader.
import isoCountries from 'i18n-iso-countries'

/**
 * Codes the package knows that ISO 3166-1 does not assign: XK (Kosovo) is a user-assigned code.
 * A country page is keyed by an assigned code, so that its flag and data match other sources.
 */
const NOT_ASSIGNED = new Set(['XK', 'AN'])

/** Every officially assigned ISO 3166-1 alpha-2 code, from the `i18n-iso-countries` package. */
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(
  Object.keys(isoCountries.getAlpha2Codes()).filter((code) => !NOT_ASSIGNED.has(code)),
)

/** Upper-cased, trimmed form of a code as editors type it ("be " → "BE"). */
export function normalizeIsoCode(value: string): string {
  return value.trim().toUpperCase()
}

/** True for an assigned ISO 3166-1 alpha-2 code (case-insensitive). */
export function isIsoCountryCode(value: string): boolean {
  return ISO_COUNTRY_CODES.has(normalizeIsoCode(value))
}
