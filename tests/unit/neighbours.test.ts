import { describe, expect, it } from 'vitest'

import { pickNeighbours } from '@/lib/domain/countries/neighbours'

const countries = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ slug: `c${String(i).padStart(3, '0')}` }))

describe('pickNeighbours', () => {
  it('links every other country while there are few', () => {
    const all = countries(5)
    expect(pickNeighbours(all, 'c002', 12).map((c) => c.slug)).toEqual(['c000', 'c001', 'c003', 'c004'])
  })

  it('links the nearest countries around the current one when there are many', () => {
    const picked = pickNeighbours(countries(200), 'c100', 6).map((c) => c.slug)
    expect(picked).toEqual(['c097', 'c098', 'c099', 'c101', 'c102', 'c103'])
  })

  it('wraps around at both ends, never repeats and never links the current country', () => {
    for (const current of ['c000', 'c001', 'c198', 'c199']) {
      const picked = pickNeighbours(countries(200), current, 12).map((c) => c.slug)
      expect(picked).toHaveLength(12)
      expect(new Set(picked).size).toBe(12)
      expect(picked).not.toContain(current)
    }
    expect(pickNeighbours(countries(200), 'c000', 4).map((c) => c.slug)).toEqual([
      'c198',
      'c199',
      'c001',
      'c002',
    ])
  })

  it('still picks countries for a slug that is not in the list', () => {
    expect(pickNeighbours(countries(50), 'missing', 3)).toHaveLength(3)
  })
})
