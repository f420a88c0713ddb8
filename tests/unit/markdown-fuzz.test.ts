import fc from 'fast-check'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { isSafeHref } from '@/lib/domain/richtext/links'
import { markdownToLexical } from '@/lib/import/markdown'

import { allNodes, linkOf } from './helpers/lexical'

/** Pieces of Markdown and HTML that legacy files hold, so random texts hit every construct. */
const pieces = fc.constantFrom(
  ...[
    '\n',
    '\n\n',
    '  \n',
    '# ',
    '## ',
    '#### ',
    '###### ',
    '- ',
    '  - ',
    '1. ',
    '> ',
    '>> ',
    '    ',
    '```\n',
    '~~~',
    '| a | b |\n|---|---|\n| 1 | 2 |\n',
    '|',
    '[link](https://example.org "t")',
    '[ref][r]\n\n[r]: https://example.org/r\n',
    '[x](javascript:alert(1))',
    '<https://example.org>',
    'https://eur-lex.europa.eu/eli/reg/2024/1689/oj.',
    '![alt](img.png)',
    '![x](data:text/html,<script>alert(1)</script>)',
    '**',
    '*',
    '_',
    '~~',
    '`',
    '\\',
    '<b>',
    '</b>',
    '<script>alert(1)</script>',
    '<script>',
    '</script>',
    '<style>p{}</style>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<div onclick="x()">',
    '</div>',
    '<!-- note -->',
    '<!--',
    '<br>',
    '&amp;',
    '&lt;script&gt;',
    '[^1]',
    '[^1]: note\n',
    '(in DESI?)',
    '- [ ] ',
    '---\n',
  ],
)
const markdown = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''))

const ALLOWED_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'linebreak',
  'link',
  'list',
  'listitem',
  'quote',
  'horizontalrule',
  'upload',
  'table',
  'tablerow',
  'tablecell',
])
const ALLOWED_ELEMENTS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  's',
  'u',
  'code',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
])
const ALLOWED_ATTRIBUTES = new Set([
  'id',
  'class',
  'href',
  'rel',
  'title',
  'role',
  'aria-label',
  'tabindex',
  'scope',
])

describe('Markdown conversion on random input', () => {
  it('never throws, and every warning points at a line of the file', () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 50 }), (source, firstLine) => {
        const { warnings } = markdownToLexical(source, { firstLine })
        // Lines end as in CommonMark (and in editors): at CR LF, LF or a lone CR.
        const lastLine = firstLine + source.split(/\r\n|\r|\n/).length - 1
        for (const warning of warnings) {
          expect(warning.line).toBeGreaterThanOrEqual(firstLine)
          expect(warning.line).toBeLessThanOrEqual(lastLine)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('emits only node types the editor allows, headings h2–h4 and links with safe addresses', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        for (const node of allNodes(markdownToLexical(source).value)) {
          expect(ALLOWED_TYPES).toContain(node.type)
          if (node.type === 'heading') expect(['h2', 'h3', 'h4']).toContain(node.tag)
          if (node.type === 'link') expect(isSafeHref(String(linkOf(node).url))).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('never renders raw HTML: only the renderer’s own elements and attributes, and an outline without gaps', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const html = renderToStaticMarkup(createElement(RichText, { data: markdownToLexical(source).value }))
        for (const [, name, attributes] of html.matchAll(/<([a-z0-9]+)([^>]*)>/g)) {
          expect(ALLOWED_ELEMENTS).toContain(name)
          for (const [, attribute] of (attributes ?? '').matchAll(/\s([a-z-]+)=/g)) {
            expect(ALLOWED_ATTRIBUTES).toContain(attribute)
          }
        }
        expect(html).not.toMatch(/href="\s*(javascript|data):/i)
        let previous = 1
        for (const [, level] of html.matchAll(/<h([2-4])\b/g)) {
          expect(Number(level)).toBeLessThanOrEqual(previous + 1)
          previous = Number(level)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('survives deep nesting and long runs of markup, keeping the text', () => {
    const deep = [
      '>'.repeat(1_000) + ' quote',
      '- '.repeat(1_000) + 'item',
      '*'.repeat(10_000),
      '['.repeat(10_000),
    ]
    for (const source of deep)
      expect(JSON.stringify(markdownToLexical(source).value)).toMatch(/quote|item|\*|\[/)
  }, 30_000)
})
