import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { parseArticleMarkdown } from '@/lib/import/legacy/parseArticleMarkdown'
import type { ArticleDraft, Issue, ParseResult } from '@/lib/import/legacy/types'
import { extractHeadings } from '@/lib/domain/richtext/headings'
import { markdownToLexical } from '@/lib/import/markdown'
import { toPlainText } from '@/lib/domain/richtext/plainText'

/** Text of a file in the repository's seed folder. */
function readSeed(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../seed/${name}`, import.meta.url)), 'utf8')
}

/** The parsed value, failing the test with the errors when parsing failed. */
function valueOf(result: ParseResult<ArticleDraft>): ArticleDraft {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

/** The errors, failing the test when parsing succeeded. */
function errorsOf(result: ParseResult<ArticleDraft>): Issue[] {
  if (result.ok) throw new Error('expected errors, got ok')
  return result.errors
}

const text = readSeed('001_49a47e3818350ecc.txt')
const markdown = readSeed('belgium-digital-economy.md')

describe('seed/belgium-digital-economy.md', () => {
  const result = parseArticleMarkdown(markdown)
  const article = valueOf(result)
  const converted = markdownToLexical(article.body, { firstLine: article.bodyStartLine })
  const headings = extractHeadings(converted.value)

  it('holds exactly the lines of the plain-text original, in order', () => {
    const body = markdown.split('\n---\n').slice(1).join('\n---\n')
    const bodyLines = body
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.replace(/^#{2,4} /, ''))
    expect(bodyLines).toEqual(text.split('\n').filter((line) => line !== ''))
  })

  it('has the expected front matter and converts without warnings', () => {
    expect(result.warnings).toEqual([])
    expect(converted.warnings).toEqual([])
    expect(article).toMatchObject({
      title: 'Digital Economy',
      slug: 'belgium-digital-economy',
      country: 'Belgium',
      topic: 'Digital Economy',
      bodyStartLine: 9,
    })
    expect(text).toContain(article.summary)
    expect(article.publishedAt).toBeUndefined()
  })

  it('nests subsections under their sections', () => {
    expect(headings).toHaveLength(30)
    expect(headings.filter((heading) => heading.level === 2)).toHaveLength(11)
    const dataProtection = headings.findIndex((heading) => heading.text === 'Data protection')
    expect(headings[dataProtection]?.level).toBe(3)
    const section = headings.slice(0, dataProtection).findLast((heading) => heading.level === 2)
    expect(section?.text).toBe('Market Regulations')
  })

  it('joins the hard-wrapped SMEs paragraph and keeps colon lines as paragraphs', () => {
    const paragraphs = converted.value.root.children
      .filter((node) => node.type === 'paragraph')
      .map((node) => toPlainText({ root: node }))
    expect(paragraphs).toContain('Key Players:')
    expect(paragraphs.some((paragraph) => paragraph.includes('Coordination Centre (NCC-BE)'))).toBe(true)
  })
})

describe('parseArticleMarkdown front matter', () => {
  const article = (frontMatter: string) => `---\n${frontMatter}\n---\n## Heading\nText.\n`

  it('accepts a valid date and warns about unknown keys', () => {
    const result = parseArticleMarkdown(
      article('title: T\ncountry: belgium\npublishedAt: 2024-05-31\nauthor: X'),
    )
    expect(valueOf(result).publishedAt).toBe('2024-05-31')
    expect(result.warnings).toEqual([
      { line: 5, message: 'unknown key "author" ignored', kind: 'unknown key' },
    ])
  })

  it.each([
    ['invalid YAML', 'title: T\ncountry: [Belgium', 4, /invalid YAML/],
    ['a missing title', 'country: Belgium', 1, /missing title/],
    ['an empty country', 'title: T\ncountry: ""', 3, /missing country/],
    ['an impossible date', 'title: T\ncountry: Belgium\npublishedAt: 2024-02-30', 4, /publishedAt/],
    ['a malformed slug', 'title: T\nslug: Not A Slug\ncountry: Belgium', 3, /slug/],
  ])('refuses %s', (_, frontMatter, line, message) => {
    const errors = errorsOf(parseArticleMarkdown(article(frontMatter)))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.line).toBe(line)
    expect(errors[0]?.message).toMatch(message)
  })
})
