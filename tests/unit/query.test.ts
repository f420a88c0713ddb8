import { describe, expect, it } from 'vitest'

import { parseFilterValue, parseSearchQuery, parseSlugList } from '@/lib/domain/query'

describe('parseSlugList', () => {
  it('splits, lowercases, deduplicates and keeps order', () => {
    expect(parseSlugList('belgium, Netherlands,belgium,,united-kingdom')).toEqual([
      'belgium',
      'netherlands',
      'united-kingdom',
    ])
  })

  it('drops anything that is not a slug rather than repairing it', () => {
    expect(parseSlugList('<script>,be lgium,../etc,a_b,-x,x--y,ok')).toEqual(['ok'])
  })

  it('rejects non-ASCII letters that lowercase to ASCII', () => {
    expect(parseSlugList('\u212Aenya,kenya')).toEqual(['kenya'])
  })

  it('combines repeated parameters and caps the count', () => {
    expect(parseSlugList(['a,b', 'c'])).toEqual(['a', 'b', 'c'])
    expect(parseSlugList('a,b,c,d,e,f,g,h,i,j')).toHaveLength(8)
    expect(parseSlugList('a,b,c', 2)).toEqual(['a', 'b'])
  })

  it('copes with nothing and with huge input', () => {
    expect(parseSlugList(undefined)).toEqual([])
    expect(parseSlugList('')).toEqual([])
    expect(parseSlugList('x'.repeat(100_000))).toEqual([])
    expect(parseSlugList(`${','.repeat(50_000)}belgium`)).toEqual(['belgium'])
  })
})

describe('parseSearchQuery', () => {
  it('trims, collapses whitespace and lowercases words', () => {
    expect(parseSearchQuery('  Electric   Vehicles\t\nBelgium ')).toEqual({
      query: 'Electric Vehicles Belgium',
      words: ['electric', 'vehicles', 'belgium'],
      tooLong: false,
    })
  })

  it('strips control and invisible characters', () => {
    const result = parseSearchQuery('tax\u0000credit \u200Bbonus\u202E')
    expect(result.query).toBe('tax credit bonus')
  })

  it('drops one-character words, edge punctuation and duplicates, and keeps at most ten', () => {
    expect(parseSearchQuery('a EV, ev "tax" b').words).toEqual(['ev', 'tax'])
    const many = Array.from({ length: 15 }, (_, i) => `word${i}`).join(' ')
    expect(parseSearchQuery(many).words).toHaveLength(10)
  })

  it('keeps unicode words', () => {
    expect(parseSearchQuery('Österreich Förderung').words).toEqual(['österreich', 'förderung'])
  })

  it('cuts text over 200 characters and flags it', () => {
    const result = parseSearchQuery('ab '.repeat(100))
    expect(result.tooLong).toBe(true)
    expect(Array.from(result.query).length).toBeLessThanOrEqual(200)
    expect(parseSearchQuery('x'.repeat(200)).tooLong).toBe(false)
  })

  it('does not split an emoji when cutting', () => {
    const result = parseSearchQuery('😀'.repeat(250))
    expect(result.tooLong).toBe(true)
    expect(result.query).toBe('😀'.repeat(200))
  })

  it('takes the first value of an array and handles nothing', () => {
    expect(parseSearchQuery(['first', 'second']).query).toBe('first')
    expect(parseSearchQuery(undefined)).toEqual({ query: '', words: [], tooLong: false })
    expect(parseSearchQuery([])).toEqual({ query: '', words: [], tooLong: false })
  })
})

describe('parseFilterValue', () => {
  it('returns the trimmed first value', () => {
    expect(parseFilterValue('  charging ')).toBe('charging')
    expect(parseFilterValue(['tax', 'grants'])).toBe('tax')
  })

  it('returns undefined when empty, blank or too long', () => {
    expect(parseFilterValue(undefined)).toBeUndefined()
    expect(parseFilterValue('   ')).toBeUndefined()
    expect(parseFilterValue('\u0000\u200B')).toBeUndefined()
    expect(parseFilterValue('x'.repeat(101))).toBeUndefined()
    expect(parseFilterValue('x'.repeat(100))).toBe('x'.repeat(100))
    expect(parseFilterValue('abcdef', 5)).toBeUndefined()
  })
})
