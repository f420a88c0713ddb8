import { isIsoCountryCode } from '@/lib/domain/countries/isoCodes'

/** ISO 3166-1 alpha-2 code from a flag image URL (".../4x3/be.svg" → "BE"), or null. */
export function deriveIsoCode(flagUrl: string): string | null {
  const path = flagUrl.split(/[?#]/)[0] ?? ''
  const fileName = path.slice(path.lastIndexOf('/') + 1)
  const code = fileName.replace(/\.[a-z0-9]+$/i, '')
  if (!/^[a-z]{2}$/i.test(code) || !isIsoCountryCode(code)) return null
  return code.toUpperCase()
}
