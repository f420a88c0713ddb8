import { describe, expect, it } from 'vitest'

import { ISO_COUNTRY_CODES, isIsoCountryCode, normalizeIsoCode } from '@/lib/domain/countries/isoCodes'

describe('ISO 3166-1 alpha-2 codes', () => {
  it('are the 249 officially assigned codes, from the i18n-iso-countries package', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249)
    for (const code of ['BE', 'NL', 'US', 'SS', 'BQ']) expect(isIsoCountryCode(code)).toBe(true)
  })

  it('leave out codes ISO does not assign: Kosovo (user-assigned) and the Netherlands Antilles (withdrawn)', () => {
    expect(isIsoCountryCode('XK')).toBe(false)
    expect(isIsoCountryCode('AN')).toBe(false)
    expect(isIsoCountryCode('EU')).toBe(false)
  })

  it('read codes as editors type them', () => {
    expect(normalizeIsoCode(' be ')).toBe('BE')
    expect(isIsoCountryCode('be ')).toBe(true)
  })
})
