import { describe, expect, it } from 'vitest'

import { findReviewItems, hasOpenReviewItems } from '@/lib/domain/review'
import { splitSentences } from '@/lib/domain/review/splitSentences'

import { doc, heading, link, list, listItem, paragraph, text } from './richtext-fixtures'

describe('findReviewItems', () => {
  it('finds the notes editors left, each with its sentence, and nothing else in brackets', () => {
    const body = doc(
      paragraph(
        text('Belgium ranks 6th in the Digital Economy and Society Index (DESI) as of 2023. '),
        text('It stands 3rd (in DESI?), and ranks 5th in business use (for CV-QKD).'),
      ),
      paragraph(text('Belgium has six active EDIHs (spell out -what is that?): Flanders AI and others.')),
      list('bullet', listItem(text('BeQCI (is this the full name, if not spell out), a project.'))),
      heading('h2', 'Costs'),
      paragraph(
        text('It lowers the cost of Quantum key distribution ()-systems. Classical (post-quantum) too.'),
      ),
    )
    expect(findReviewItems(body)).toEqual([
      {
        question: '(in DESI?)',
        sentence: 'It stands 3rd (in DESI?), and ranks 5th in business use (for CV-QKD).',
      },
      {
        question: '(spell out -what is that?)',
        sentence: 'Belgium has six active EDIHs (spell out -what is that?): Flanders AI and others.',
      },
      {
        question: '(is this the full name, if not spell out)',
        sentence: 'BeQCI (is this the full name, if not spell out), a project.',
      },
      { question: '()', sentence: 'It lowers the cost of Quantum key distribution ()-systems.' },
    ])
  })

  it('reads notes inside links and across text nodes, from several fields', () => {
    const first = doc(
      paragraph(text('See the '), link('https://example.org', 'plan (which year?)'), text(' now.')),
    )
    const second = doc(paragraph(text('Fine text.')))
    expect(findReviewItems(first, second, null, 'not rich text')).toEqual([
      { question: '(which year?)', sentence: 'See the plan (which year?) now.' },
    ])
  })

  it('finds nothing in clean text or in values that are not rich text', () => {
    expect(
      findReviewItems(doc(paragraph(text('The Data Protection Authority (DPA), established in 2018.')))),
    ).toEqual([])
    for (const value of [null, undefined, '', 42, { root: null }]) expect(findReviewItems(value)).toEqual([])
  })
})

describe('splitSentences', () => {
  it('splits at sentence ends, not inside brackets nor after abbreviations', () => {
    expect(
      splitSentences(
        'Digital skills matter (e.g. AI? Or not). The U.S. Government agrees, i.e. Belgium too! Next one',
      ),
    ).toEqual([
      'Digital skills matter (e.g. AI? Or not).',
      'The U.S. Government agrees, i.e. Belgium too!',
      'Next one',
    ])
  })
})

describe('hasOpenReviewItems', () => {
  it('is true only for a document with at least one review item', () => {
    expect(hasOpenReviewItems({ reviewItems: [{ question: '()', sentence: 'x ()' }] })).toBe(true)
    expect(hasOpenReviewItems({ reviewItems: [] })).toBe(false)
    expect(hasOpenReviewItems({ reviewItems: null })).toBe(false)
    expect(hasOpenReviewItems({})).toBe(false)
    expect(hasOpenReviewItems(null)).toBe(false)
  })
})
