import { describe, expect, it } from 'vitest'

import { findMatchedSection } from '@/lib/domain/search/findMatchedSection'
import { buildTextSearch } from '@/lib/data/search-index/mongo'
import { buildMatchQuery } from '@/lib/data/search-index/sqlite'
import { makeSnippet } from '@/lib/domain/search/makeSnippet'
import { buildWordPattern } from '@/lib/domain/search/wordPattern'

describe('buildWordPattern', () => {
  it('escapes regular-expression syntax and matches case-insensitively', () => {
    const pattern = buildWordPattern(['a.b', '(x)', 'c-d', 'e[f'])
    expect(pattern?.test('A.B')).toBe(true)
    expect(pattern?.test('axb')).toBe(false)
    expect(pattern?.test('(X)')).toBe(true)
    expect(pattern?.test('c-d')).toBe(true)
    expect(buildWordPattern([])).toBeUndefined()
  })
})

describe('makeSnippet', () => {
  it('shows text around the first match with ellipses where it was cut', () => {
    const text = `${'lorem ipsum '.repeat(30)}electric vehicle tax ${'dolor sit '.repeat(30)}`
    const snippet = makeSnippet(text, ['tax'])
    expect(snippet).toMatch(/^….*tax.*…$/)
    expect(snippet?.length).toBeLessThanOrEqual(203)
  })

  it('starts at the beginning when nothing matches, and never splits an emoji', () => {
    expect(makeSnippet('short text', ['zzz'])).toBe('short text')
    expect(makeSnippet('   ', ['x'])).toBeUndefined()
    const snippet = makeSnippet('🚗'.repeat(300), ['🚗'])
    expect(snippet).toBeDefined()
    expect(snippet?.isWellFormed()).toBe(true)
  })
})

describe('findMatchedSection', () => {
  it('picks the section with the most words, the first on a tie', () => {
    const sections = [
      { id: undefined, heading: undefined, text: 'intro about tax' },
      { id: 'a', heading: 'Subsidies', text: 'tax and subsidy' },
      { id: 'b', heading: 'Tax', text: 'subsidy' },
    ]
    expect(findMatchedSection(sections, ['tax', 'subsidy'])?.id).toBe('a')
    expect(findMatchedSection(sections, ['nothing'])).toBeUndefined()
  })
})

describe('the full-text queries', () => {
  it('quote every word for SQLite FTS5, match word beginnings, and numbers exactly', () => {
    expect(buildMatchQuery('tasks', ['belg', '7', 'say "hi"'])).toBe(
      'kind : "tasks" AND {title keywords summary body} : ("belg"* AND "7" AND "say ""hi"""*)',
    )
  })

  it('turn MongoDB words into phrases, so every word must occur', () => {
    expect(buildTextSearch(['charging', 'tax"es'])).toBe('"charging" "tax es"')
  })

  it('search for nothing when no word has a letter or digit', () => {
    expect(buildMatchQuery('countries', ['--', '*', '"'])).toBeNull()
    expect(buildTextSearch(['%', '()'])).toBeNull()
  })
})
