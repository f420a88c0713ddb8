import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseArticleMarkdown } from '@/lib/import/legacy/parseArticleMarkdown'
import { parseLegacyCountry } from '@/lib/import/legacy/parseLegacyCountry'
import { parseLegacyTask } from '@/lib/import/legacy/parseLegacyTask'
import { parseLegacyChapter, parseLegacyPublication } from '@/lib/import/legacy/publications'
import type { Issue } from '@/lib/import/legacy/types'

const seed = readFileSync(
  fileURLToPath(new URL('../../seed/000_717ca14df04e7b3c.txt', import.meta.url)),
  'utf8',
)

/** One edit applied to a text; positions are taken modulo its length. */
type Mutation = (text: string) => string

/** Characters that are meaningful to YAML, Markdown or the cleaner, so edits hit interesting cases. */
const tricky = fc.constantFrom(
  ...[
    '\n',
    '\r\n',
    '\t',
    ' ',
    '"',
    "'",
    ':',
    '-',
    '---',
    '[',
    ']',
    '{',
    '}',
    ',',
    '#',
    '&a',
    '*a',
    '!!',
    '\u200B',
    '\uFEFF',
    '\\',
  ],
)
const snippet = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), tricky)

const insert = fc.record({ at: fc.nat(), text: snippet }).map(
  ({ at, text }): Mutation =>
    (source) => {
      const position = at % (source.length + 1)
      return source.slice(0, position) + text + source.slice(position)
    },
)
const remove = fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }).map(
  ({ at, length }): Mutation =>
    (source) => {
      const position = at % (source.length + 1)
      return source.slice(0, position) + source.slice(position + length)
    },
)
const replace = fc.record({ at: fc.nat(), text: snippet }).map(
  ({ at, text }): Mutation =>
    (source) => {
      const position = at % (source.length + 1)
      return source.slice(0, position) + text + source.slice(position + 1)
    },
)
const editLines = fc.record({ at: fc.nat(), duplicate: fc.boolean() }).map(
  ({ at, duplicate }): Mutation =>
    (source) => {
      const lines = source.split('\n')
      const index = at % lines.length
      lines.splice(index, duplicate ? 0 : 1, ...(duplicate ? [lines[index] ?? ''] : []))
      return lines.join('\n')
    },
)
const mutation = fc.oneof(insert, remove, replace, editLines)

const mutatedSeed = fc
  .array(mutation, { minLength: 1, maxLength: 6 })
  .map((mutations) => mutations.reduce((source, mutate) => mutate(source), seed))
const anyText = fc.oneof(
  mutatedSeed,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 50 }).map((text) => `---\n${text}\n---\n`),
)

/** True when every issue points at a line that exists (or just past the end). */
function hasValidLines(issues: Issue[], source: string): boolean {
  const lastLine = source.split('\n').length + 1
  return issues.every((issue) => Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lastLine)
}

describe('legacy parsers on mangled input', () => {
  it('parseLegacyCountry never throws and always points at real lines', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const result = parseLegacyCountry(source)
        expect(hasValidLines(result.warnings, source)).toBe(true)
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          expect(hasValidLines(result.errors, source)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('parseArticleMarkdown never throws on the same input', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const result = parseArticleMarkdown(source)
        expect(hasValidLines(result.ok ? result.warnings : result.errors, source)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('parseLegacyTask never throws on the same input', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const result = parseLegacyTask(source)
        expect(hasValidLines(result.ok ? result.warnings : result.errors, source)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  /** A publication and a chapter file as the legacy site wrote them, mangled like the seed. */
  const publication = [
    '---',
    'src: "2021_annual_report.pdf"',
    'description: "Annual Report 2021"',
    'title: "Task 27 Report"',
    'type: "Misc"',
    'tags: [publications, reports]',
    'thumbnailSrc: "2021_annual_report.png"',
    'id: 0',
    'Date: 2021-06-01',
    '---',
    '<embed src="/assets/pdfs/{{ src }}#page=107" type="application/pdf">',
  ].join('\n')
  const mangled = (source: string) =>
    fc.oneof(
      fc
        .array(mutation, { minLength: 1, maxLength: 6 })
        .map((mutations) => mutations.reduce((text, mutate) => mutate(text), source)),
      anyText,
    )

  it.each([
    ['parseLegacyPublication', (source: string) => parseLegacyPublication(source, 'Task_26 Report.md')],
    ['parseLegacyChapter', (source: string) => parseLegacyChapter(source, 'src/tasksChapters/12.md')],
  ])('%s never throws and always points at real lines', (_, parse) => {
    fc.assert(
      fc.property(mangled(publication), (source) => {
        const result = parse(source)
        expect(hasValidLines(result.warnings, source)).toBe(true)
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          expect(hasValidLines(result.errors, source)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]']
    .concat('c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'name: [*c, *c, *c, *c, *c, *c, *c, *c, *c]')
    .join('\n')
  it.each([
    ['an alias bomb', `---\n${aliasBomb}\n---\n`],
    ['an unknown alias', '---\nname: *nope\n---\n'],
    ['a self-referencing list', '---\nname: B\nflag: be.svg\nBEV: &x [*x]\n---\n'],
    ['a complex key', '---\n? [a, b]\n: 1\n---\n'],
    ['a YAML directive', '---\n%YAML 1.1\n---\n'],
    ['a list instead of a map', '---\n- a\n---\n'],
    ['huge numbers', '---\nonGoings: [1e400]\nBEV: "[1e400, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0]"\n---\n'],
  ])('refuses %s without throwing', (_, source) => {
    const result = parseLegacyCountry(source)
    expect(result.ok).toBe(false)
    expect(hasValidLines(result.ok ? [] : result.errors, source)).toBe(true)
  })
})
