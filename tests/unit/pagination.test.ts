import { describe, expect, it } from 'vitest'

import { paginate } from '@/lib/domain/pagination'
import { parsePageNumber } from '@/lib/domain/query'

const items = Array.from({ length: 101 }, (_, i) => i + 1)

describe('paginate', () => {
  it('cuts a list into pages and says where each one sits', () => {
    expect(paginate(items, 1, 50)).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 50 })
    const third = paginate(items, 3, 50)
    expect(third).toMatchObject({ page: 3, pageCount: 3, first: 101, last: 101 })
    expect(third.items).toEqual([101])
  })

  it('answers out-of-range requests with the nearest page', () => {
    expect(paginate(items, 99, 50).page).toBe(3)
    expect(paginate(items, 0, 50).page).toBe(1)
    expect(paginate(items, -4, 50).page).toBe(1)
    expect(paginate([], 2, 50)).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0 })
  })
})

describe('parsePageNumber', () => {
  it('reads a whole number from 1 and gives 1 for anything else', () => {
    expect(parsePageNumber('2')).toBe(2)
    expect(parsePageNumber([' 7 ', '9'])).toBe(7)
    for (const bad of [undefined, '', '0', '-1', '1.5', '1e3', 'two', '99999999', '٣']) {
      expect(parsePageNumber(bad), String(bad)).toBe(1)
    }
  })
})
