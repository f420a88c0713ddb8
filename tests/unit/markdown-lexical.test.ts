import { describe, expect, it } from 'vitest'

import type { Issue } from '@/lib/import/legacy/types'
import { type ImageTarget, markdownToLexical } from '@/lib/import/markdown'

import { linkOf, nodesOfType, textIn } from './helpers/lexical'

/** Converts Markdown written as lines; the body starts on file line `firstLine`. */
function convert(lines: string[], options: Parameters<typeof markdownToLexical>[1] = {}) {
  return markdownToLexical(lines.join('\n'), options)
}

/** The line and kind of each warning, with its message matched. */
function expectWarnings(warnings: Issue[], expected: { line: number; kind: string; message: RegExp }[]) {
  expect(warnings.map(({ line, kind }) => ({ line, kind }))).toEqual(
    expected.map(({ line, kind }) => ({ line, kind })),
  )
  expected.forEach((warning, index) => expect(warnings[index]?.message).toMatch(warning.message))
}

describe('links', () => {
  it('turns inline links, links with titles and reference links into link nodes', () => {
    const { value, warnings } = convert([
      'See [the plan](https://example.org/plan) and [the act](https://example.org/act "The Act").',
      'Also [the law][law], [Law][] and [law].',
      '',
      '[law]: https://example.org/law "Law text"',
    ])
    const links = nodesOfType(value, 'link')
    expect(links.map((link) => [linkOf(link).url, textIn(link)])).toEqual([
      ['https://example.org/plan', 'the plan'],
      ['https://example.org/act', 'the act'],
      ['https://example.org/law', 'the law'],
      ['https://example.org/law', 'Law'],
      ['https://example.org/law', 'law'],
    ])
    expect(linkOf(links[1]).title).toBe('The Act')
    expect(linkOf(links[2]).title).toBe('Law text')
    expect(linkOf(links[0]).title).toBeUndefined()
    expect(warnings).toEqual([])
    // The definition itself shows nowhere.
    expect(JSON.stringify(value)).not.toContain('[law]')
  })

  it('links autolinks and bare addresses, leaving sentence punctuation outside', () => {
    const { value } = convert([
      'Read <https://eur-lex.europa.eu/eli/reg/2024/1689/oj> or https://ccb.belgium.be/en/nis.',
      'Write to info@example.org, or see www.example.org.',
    ])
    const links = nodesOfType(value, 'link')
    expect(links.map((link) => linkOf(link).url)).toEqual([
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
      'https://ccb.belgium.be/en/nis',
      'mailto:info@example.org',
      'http://www.example.org',
    ])
    expect(links.map(textIn)).toEqual([
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
      'https://ccb.belgium.be/en/nis',
      'info@example.org',
      'www.example.org',
    ])
    expect(value.root.children.map(textIn)).toEqual([
      'Read https://eur-lex.europa.eu/eli/reg/2024/1689/oj or https://ccb.belgium.be/en/nis. Write to info@example.org, or see www.example.org.',
    ])
  })

  it('keeps the text of a javascript: link without the link, and warns about relative links, at their lines', () => {
    const { value, warnings } = convert(
      ['Intro.', '', 'A [bad one](javascript:alert(1)).', 'A [site page](/tasksChapters/12).', '[empty]()'],
      { firstLine: 20 },
    )
    expect(nodesOfType(value, 'link').map((link) => linkOf(link).url)).toEqual(['/tasksChapters/12'])
    expect(textIn(value.root)).toContain('A bad one.')
    expectWarnings(warnings, [
      { line: 22, kind: 'link', message: /link to "javascript:alert\(1\)" removed/ },
      { line: 23, kind: 'link', message: /"\/tasksChapters\/12" is relative to the legacy site/ },
      { line: 24, kind: 'link', message: /without an address/ },
    ])
  })
})

describe('inline formats and line breaks', () => {
  it('maps bold, italic, strikethrough and inline code onto the format bits, nested ones combined', () => {
    const { value } = convert(['**bold** *italic* ~~gone~~ `code` ***both*** **bold `code`**'])
    const formats = nodesOfType(value, 'text').map((node) => [node.text, node.format])
    expect(formats).toEqual([
      ['bold', 1],
      [' ', 0],
      ['italic', 2],
      [' ', 0],
      ['gone', 4],
      [' ', 0],
      ['code', 16],
      [' ', 0],
      ['both', 3],
      [' ', 0],
      ['bold ', 1],
      ['code', 17],
    ])
  })

  it('joins soft-wrapped lines with a space and keeps hard breaks (two spaces or a backslash)', () => {
    const { value } = convert(['first line', 'second line  ', 'third line\\', 'fourth'])
    const [paragraph] = nodesOfType(value, 'paragraph')
    expect(paragraph && textIn(paragraph)).toBe('first line second line\nthird line\nfourth')
    expect(nodesOfType(value, 'linebreak')).toHaveLength(2)
  })
})

describe('lists and quotes', () => {
  it('nests lists the way Lexical stores them: the sub-list in an item of its own after its parent', () => {
    const { value } = convert([
      '- one',
      '- two',
      '  1. two a',
      '  2. two b',
      '- three',
      '',
      '3. third',
      '4. fourth',
    ])
    const [bullets, numbered] = value.root.children
    expect(bullets).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul' })
    const items = (bullets?.children ?? []) as { children: unknown[]; value: number; indent: number }[]
    expect(items.map((item) => item.value)).toEqual([1, 2, 3, 3])
    const holder = items[2]
    expect(holder?.children).toEqual([
      expect.objectContaining({ type: 'list', listType: 'number', start: 1 }),
    ])
    expect(
      nodesOfType(holder, 'listitem')
        .slice(1)
        .map((item) => item.indent),
    ).toEqual([1, 1])
    expect(nodesOfType(holder, 'listitem').slice(1).map(textIn)).toEqual(['two a', 'two b'])
    expect(numbered).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 3 })
    expect(nodesOfType(numbered, 'listitem').map((item) => item.value)).toEqual([3, 4])
  })

  it('keeps task-list boxes and an item’s second paragraph as a line of the item', () => {
    const { value } = convert(['- [ ] open', '- [x] done', '', '  second paragraph'])
    expect(nodesOfType(value, 'listitem').map(textIn)).toEqual(['☐ open', '☑ done\nsecond paragraph'])
  })

  it('makes a quote of a block quote, its paragraphs as lines', () => {
    const { value } = convert(['> First **part**', '> still first', '>', '> Second'])
    expect(value.root.children).toHaveLength(1)
    const [quote] = nodesOfType(value, 'quote')
    expect(quote && textIn(quote)).toBe('First part still first\nSecond')
  })
})

describe('headings', () => {
  it('starts the outline at h2 and never skips a level, warning at each shifted heading', () => {
    const { value, warnings } = convert(
      [
        '# Title',
        '## Section',
        '#### Detail',
        '### Sub',
        '##### Deeper',
        '###### Deepest',
        '####### not one',
        '## Next',
      ],
      { firstLine: 10 },
    )
    expect(nodesOfType(value, 'heading').map((heading) => [heading.tag, textIn(heading)])).toEqual([
      ['h2', 'Title'],
      ['h3', 'Section'],
      ['h4', 'Detail'],
      ['h4', 'Sub'],
      ['h4', 'Deeper'],
      ['h4', 'Deepest'],
      ['h3', 'Next'],
    ])
    expectWarnings(warnings, [
      {
        line: 10,
        kind: 'heading level',
        message: /"Title" \(#\) is shown as h2: the page's title is its only h1/,
      },
      { line: 11, kind: 'heading level', message: /"Section" \(##\) is shown as h3/ },
      { line: 13, kind: 'heading level', message: /"Sub" \(###\) is shown as h4/ },
      {
        line: 14,
        kind: 'heading level',
        message: /"Deeper" \(#####\) is shown as h4: pages use no deeper level/,
      },
      { line: 15, kind: 'heading level', message: /"Deepest" \(######\) is shown as h4/ },
      { line: 17, kind: 'heading level', message: /"Next" \(##\) is shown as h3/ },
    ])
    expect(textIn(value.root)).toContain('####### not one')
  })

  it('leaves headings that skip no level alone, and drops empty ones', () => {
    const { value, warnings } = convert(['## A', '### B', '##', '## C', '### D'])
    expect(nodesOfType(value, 'heading').map((heading) => heading.tag)).toEqual(['h2', 'h3', 'h2', 'h3'])
    expect(warnings).toEqual([])
  })
})

describe('images', () => {
  const uploaded = new Map<string, ImageTarget>([['figure-1.png', { mediaId: 7 }]])

  it('makes an uploaded image a block of its own between the paragraph’s halves', () => {
    const { value, warnings } = convert(['Before ![Figure 1](figure-1.png) after.'], { images: uploaded })
    expect(value.root.children.map((node) => node.type)).toEqual(['paragraph', 'upload', 'paragraph'])
    expect(value.root.children[1]).toMatchObject({ type: 'upload', relationTo: 'media', value: 7 })
    expect(warnings).toEqual([])
  })

  it('links an image that is no uploaded file, with its alt text, and says why at its line', () => {
    const { value, warnings } = convert(
      [
        'Text.',
        '',
        '![Map of chargers](missing.png)',
        '![](https://cdn.example.org/a.png)',
        '- ![Figure 1](figure-1.png)',
        '![Logo](javascript:alert(1))',
      ],
      {
        firstLine: 5,
        images: new Map([
          ...uploaded,
          ['https://cdn.example.org/a.png', { reason: 'it is on another site' }],
        ]),
      },
    )
    expect(nodesOfType(value, 'upload')).toEqual([])
    expect(nodesOfType(value, 'link').map((link) => [linkOf(link).url, textIn(link)])).toEqual([
      ['missing.png', 'Map of chargers'],
      ['https://cdn.example.org/a.png', 'https://cdn.example.org/a.png'],
      ['figure-1.png', 'Figure 1'],
    ])
    expect(textIn(value.root)).toContain('Logo')
    expectWarnings(warnings, [
      {
        line: 7,
        kind: 'image',
        message: /"missing.png" is shown as a link: it is not a file next to this page/,
      },
      { line: 8, kind: 'image', message: /is shown as a link: it is on another site/ },
      { line: 9, kind: 'image', message: /inside a list, quote, table, heading or link/ },
      { line: 10, kind: 'image', message: /is shown as its alt text/ },
    ])
  })
})

describe('tables', () => {
  it('makes a Lexical table with a header row, padding short rows, never showing pipes', () => {
    const { value, warnings } = convert(['| Year | BEV |', '|------|----:|', '| 2019 | 1,200 |', '| 2020 |'])
    const [table] = nodesOfType(value, 'table')
    const rows = nodesOfType(table, 'tablerow')
    expect(rows.map((row) => nodesOfType(row, 'tablecell').map(textIn))).toEqual([
      ['Year', 'BEV'],
      ['2019', '1,200'],
      ['2020', ''],
    ])
    expect(nodesOfType(rows[0], 'tablecell').map((cell) => cell.headerState)).toEqual([1, 1])
    expect(nodesOfType(rows[1], 'tablecell').map((cell) => cell.headerState)).toEqual([0, 0])
    expect(JSON.stringify(value)).not.toContain('|')
    expect(warnings).toEqual([])
  })

  it('writes a table inside a list as lines of text, with a warning', () => {
    const { value, warnings } = convert(['- item', '', '  | a | b |', '  |---|---|', '  | 1 | 2 |'])
    expect(nodesOfType(value, 'table')).toEqual([])
    expect(JSON.stringify(value)).not.toContain('|')
    expect(textIn(value.root)).toContain('1 · 2')
    expectWarnings(warnings, [{ line: 3, kind: 'table', message: /shown as lines of text/ }])
  })
})

describe('raw HTML', () => {
  it('keeps the text of inline tags, drops scripts and styles with their content, one warning each', () => {
    const { value, warnings } = convert(
      [
        'Intro',
        '',
        'A <b>bold</b> <span class="x">claim</span><script>alert(1)</script> here.',
        'Line<br>break',
      ],
      { firstLine: 3 },
    )
    expect(value.root.children.map(textIn)).toEqual(['Intro', 'A bold claim here. Line\nbreak'])
    expect(JSON.stringify(value)).not.toMatch(/alert|<b>|<span|<script/)
    expectWarnings(warnings, [
      { line: 5, kind: 'HTML', message: /<b> removed; its text is kept/ },
      { line: 5, kind: 'HTML', message: /<span> removed/ },
      { line: 5, kind: 'HTML', message: /<script> element dropped with its content/ },
      { line: 6, kind: 'HTML', message: /<br> shown as a line break/ },
    ])
  })

  it('turns a block of HTML into its text and drops script, style and comment blocks', () => {
    const { value, warnings } = convert([
      '<div class="note"><p>Fees &amp; taxes</p><p>apply</p></div>',
      '',
      '<script>',
      'document.write("x")',
      '</script>',
      '',
      '<style>p { color: red }</style>',
      '',
      '<!-- editor: check this -->',
    ])
    expect(value.root.children.map((node) => textIn(node))).toEqual(['Fees & taxes', 'apply'])
    expectWarnings(warnings, [
      { line: 1, kind: 'HTML', message: /tags removed; their text is kept/ },
      { line: 3, kind: 'HTML', message: /<script> element dropped/ },
      { line: 7, kind: 'HTML', message: /<style> element dropped/ },
      { line: 9, kind: 'HTML', message: /comment dropped/ },
    ])
  })
})

describe('code blocks', () => {
  it('keeps fenced code as inline code and indented text as plain text, warning about both', () => {
    const { value, warnings } = convert(['```', 'npm run import', '```', '', '    indented by mistake'])
    const [fenced, indented] = value.root.children
    expect(fenced && nodesOfType(fenced, 'text').map((node) => [node.text, node.format])).toEqual([
      ['npm run import', 16],
    ])
    expect(indented && nodesOfType(indented, 'text').map((node) => [node.text, node.format])).toEqual([
      ['indented by mistake', 0],
    ])
    expectWarnings(warnings, [
      { line: 1, kind: 'code block', message: /lines of inline code/ },
      { line: 5, kind: 'code block', message: /indented by four spaces/ },
    ])
  })
})
