import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { extractHeadings } from '@/lib/domain/richtext/headings'

import { doc, heading, link, list, listItem, paragraph, text } from './richtext-fixtures'

const render = (data: unknown): string => renderToStaticMarkup(createElement(RichText, { data }))

describe('RichText', () => {
  it('gives headings the ids the table of contents links to', () => {
    const body = doc(
      heading('h2', 'Data protection'),
      heading('h3', 'Data protection'),
      heading('h4', 'Details'),
    )
    const html = render(body)
    for (const { id, level } of extractHeadings(body)) expect(html).toContain(`<h${level} id="${id}"`)
    expect(html).toContain('id="data-protection-2"')
  })

  it('renders javascript: and data: links as plain text', () => {
    const html = render(
      doc(
        paragraph(
          link('javascript:alert(1)', 'bad'),
          link(' JaVa\tScRiPt:alert(1)', 'worse'),
          link('data:text/html,<b>x</b>', 'data'),
        ),
      ),
    )
    expect(html).not.toContain('<a')
    expect(html).toContain('bad')
    expect(html).toContain('worse')
  })

  it('renders safe links, marking external ones noopener', () => {
    const html = render(
      doc(paragraph(link('https://example.org/a?b=1&c=2', 'ext', true), link('/countries/belgium', 'int'))),
    )
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" class="text-brand-700 underline hover:text-brand-900" rel="noopener noreferrer" target="_blank">ext</a>',
    )
    expect(html).toMatch(/<a href="\/countries\/belgium"[^>]*>int<\/a>/)
    expect(html).not.toMatch(/href="\/countries\/belgium"[^>]*rel=/)
  })

  it('escapes text, never injecting markup', () => {
    const html = render(doc(paragraph(text('<script>alert("x")</script> & <img onerror=1>'))))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })

  it('applies bold, italic and underline from the format bitmask', () => {
    const html = render(doc(paragraph(text('b', 1), text('i', 2), text('u', 8), text('all', 11))))
    expect(html).toContain('<strong>b</strong>')
    expect(html).toContain('<em>i</em>')
    expect(html).toContain('<u>u</u>')
    expect(html).toContain('<strong><em><u>all</u></em></strong>')
  })

  it('nests a sub-list inside the item it belongs to, without an empty item', () => {
    const body = doc(
      list(
        'number',
        listItem(text('One')),
        listItem(list('bullet', listItem(text('One a')), listItem(text('One b')))),
        listItem(text('Two')),
      ),
    )
    const html = render(body)
    expect(html).toMatch(
      /^<div><ol[^>]*><li>One<ul[^>]*><li>One a<\/li><li>One b<\/li><\/ul><\/li><li>Two<\/li><\/ol><\/div>$/,
    )
  })

  it('renders quotes, line breaks and rules, and skips empty paragraphs', () => {
    const html = render(
      doc({ type: 'quote', children: [text('Quoted'), { type: 'linebreak' }, text('line')] }, paragraph(), {
        type: 'horizontalrule',
      }),
    )
    expect(html).toMatch(/<blockquote[^>]*>Quoted<br\/>line<\/blockquote>/)
    expect(html).toContain('<hr')
    expect(html).not.toContain('<p')
  })

  it('shows a link’s tooltip', () => {
    const titled = {
      ...link('https://example.org', 'act'),
      fields: { url: 'https://example.org', title: 'The Act' },
    }
    expect(render(doc(paragraph(titled)))).toMatch(
      /<a href="https:\/\/example.org"[^>]* title="The Act">act<\/a>/,
    )
  })

  it('renders a table with column headers in a named region that scrolls sideways', () => {
    const cell = (headerState: number, value: string) => ({
      type: 'tablecell',
      headerState,
      children: [paragraph(text(value))],
    })
    const row = (...cells: object[]) => ({ type: 'tablerow', children: cells })
    const html = render(
      doc({
        type: 'table',
        children: [row(cell(1, 'Year'), cell(1, 'BEV')), row(cell(0, '2020'), cell(0, '1,200'))],
      }),
    )
    expect(html).toContain('role="region" aria-label="Table: Year, BEV"')
    expect(html).toMatch(
      /<thead><tr><th scope="col"[^>]*>Year<\/th><th scope="col"[^>]*>BEV<\/th><\/tr><\/thead><tbody><tr><td[^>]*>2020<\/td><td[^>]*>1,200<\/td><\/tr><\/tbody>/,
    )
  })

  it('renders an uploaded image with its alt text and size, a PDF as a link, and nothing for an unpopulated upload', () => {
    const image = {
      url: '/api/media/file/chargers.png',
      alt: 'Chargers per 100 km',
      mimeType: 'image/png',
      width: 800,
      height: 400,
      filename: 'chargers.png',
    }
    const pdf = { url: '/api/media/file/report.pdf', mimeType: 'application/pdf', filename: 'report.pdf' }
    const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
    const html = render(doc(upload(image), upload(pdf), upload(7), upload({ ...image, url: 'javascript:x' })))
    expect(html).toMatch(
      /<img alt="Chargers per 100 km"[^>]* width="800" height="400"[^>]* src="\/api\/media\/file\/chargers.png"/,
    )
    expect(html).toContain('<a href="/api/media/file/report.pdf"')
    expect(html.match(/<img/g)).toHaveLength(1)
    expect(html).not.toContain('javascript')
  })

  it('survives malformed bodies and unknown nodes', () => {
    expect(render(null)).toBe('')
    expect(render('<b>x</b>')).toBe('')
    const html = render(
      doc(
        { type: 'mystery', children: [text('kept')] },
        { type: 'text', text: 5 },
        { children: 'nope' },
        'stray',
        null,
      ),
    )
    expect(html).toBe('<div>kept</div>')
  })
})
