import { describe, expect, it } from 'vitest'

import { extractHeadings } from '@/lib/domain/richtext/headings'
import { splitSections } from '@/lib/domain/richtext/sections'

import { doc, heading, list, listItem, paragraph, text } from './richtext-fixtures'

describe('extractHeadings', () => {
  it('derives URL-safe ids and levels from heading text, in document order', () => {
    const body = doc(
      heading('h2', 'Data protection'),
      paragraph(text('x')),
      heading('h3', 'Élan & Co. (2021)!'),
    )
    expect(extractHeadings(body)).toEqual([
      { id: 'data-protection', level: 2, text: 'Data protection' },
      { id: 'elan-and-co-2021', level: 3, text: 'Élan & Co. (2021)!' },
    ])
  })

  it('numbers duplicates, also when a heading already looks like a numbered duplicate', () => {
    const body = doc(
      heading('h2', 'Outlook'),
      heading('h2', 'Outlook 2'),
      heading('h3', 'Outlook'),
      heading('h3', 'outlook'),
    )
    expect(extractHeadings(body).map((h) => h.id)).toEqual(['outlook', 'outlook-2', 'outlook-3', 'outlook-4'])
  })

  it('gives headings without Latin letters a fallback id and avoids ids the layout uses', () => {
    const body = doc(heading('h2', '电动汽车'), heading('h2', ''), heading('h2', 'Main'))
    expect(extractHeadings(body).map((h) => h.id)).toEqual(['section', 'section-2', 'main-2'])
  })

  it('shows h1 as h2 and never skips a level, whatever levels an editor chose', () => {
    const body = doc(heading('h1', 'A'), heading('h5', 'B'), heading('h6', 'C'), heading('h6', 'D'))
    expect(extractHeadings(body).map((h) => h.level)).toEqual([2, 3, 4, 4])
    const skipping = doc(heading('h2', 'A'), heading('h4', 'B'), heading('h3', 'C'), heading('h2', 'D'))
    expect(extractHeadings(skipping).map((h) => h.level)).toEqual([2, 3, 3, 2])
  })

  it('is stable: the same body always gives the same ids', () => {
    const body = doc(heading('h2', 'Tax'), heading('h2', 'Tax'))
    expect(extractHeadings(body)).toEqual(extractHeadings(structuredClone(body)))
  })

  it('caps the length of ids from very long headings', () => {
    const [only] = extractHeadings(doc(heading('h2', 'word '.repeat(100))))
    expect(only?.id.length).toBeLessThanOrEqual(80)
    expect(only?.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('copes with bodies that are not Lexical documents', () => {
    for (const value of [null, undefined, 'text', 42, [], { root: null }, { root: { children: 'x' } }]) {
      expect(extractHeadings(value)).toEqual([])
    }
  })
})

describe('splitSections', () => {
  it('puts the text under each heading into its section, with the same ids as the headings', () => {
    const body = doc(
      paragraph(text('Intro text.')),
      heading('h2', 'Incentives'),
      paragraph(text('Purchase subsidy.')),
      list('bullet', listItem(text('Tax break'))),
      heading('h3', 'Incentives'),
      paragraph(text('Second.')),
    )
    expect(splitSections(body)).toEqual([
      { id: undefined, heading: undefined, text: 'Intro text.' },
      { id: 'incentives', heading: 'Incentives', text: 'Purchase subsidy.\nTax break' },
      { id: 'incentives-2', heading: 'Incentives', text: 'Second.' },
    ])
  })

  it('keeps headings without text and leaves out an empty introduction', () => {
    expect(splitSections(doc(heading('h2', 'Only a heading')))).toEqual([
      { id: 'only-a-heading', heading: 'Only a heading', text: '' },
    ])
    expect(splitSections(null)).toEqual([])
  })
})
