import { cleanText, SLUG_PATTERN } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import { createIssueLog, toFailedResult, toParseResult } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import { readFrontMatter } from './readFrontMatter'
import { isBlank, readText } from './readValues'
import { warnUnknownKeys } from './warnUnknownKeys'
import type { ArticleDraft, ParseResult } from './types'

const KNOWN_KEYS = new Set(['title', 'slug', 'country', 'topic', 'summary', 'source', 'publishedAt'])

/** True for a real calendar date written YYYY-MM-DD (rejects 2024-02-30). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** A text field that must be present; its absence is logged at its key or the file start. */
function readRequired(field: FrontMatterField | undefined, key: string, log: IssueLog): string {
  const value = readText(field, log)
  if (!value && isBlank(field?.value))
    log.errors.push({ line: field?.valueLine ?? 1, message: `missing ${key}` })
  return value
}

/** A text field that may be absent; blank counts as absent. */
function readOptional(field: FrontMatterField | undefined, log: IssueLog): string | undefined {
  return readText(field, log) || undefined
}

/** Parses a policy article written as Markdown with YAML front matter; never throws. */
export function parseArticleMarkdown(source: string): ParseResult<ArticleDraft> {
  const log = createIssueLog()
  const frontMatter = readFrontMatter(source, log)
  if (!frontMatter) return toFailedResult(log)
  const { fields } = frontMatter

  warnUnknownKeys(fields, KNOWN_KEYS, log)
  const slug = readOptional(fields.get('slug'), log)
  if (slug && !SLUG_PATTERN.test(slug)) {
    const message = `slug "${slug}" may only hold lowercase letters, digits and single hyphens`
    log.errors.push({ line: fields.get('slug')?.valueLine ?? 1, message })
  }
  const publishedAt = readOptional(fields.get('publishedAt'), log)
  if (publishedAt && !isIsoDate(publishedAt)) {
    const message = `publishedAt "${publishedAt}" is not a date written YYYY-MM-DD`
    log.errors.push({ line: fields.get('publishedAt')?.valueLine ?? 1, message })
  }
  if (cleanText(frontMatter.body) === '') {
    log.warnings.push({
      line: frontMatter.bodyStartLine,
      message: 'the article body is empty',
      kind: 'empty body',
    })
  }

  const topic = readOptional(fields.get('topic'), log)
  const summary = readOptional(fields.get('summary'), log)
  const articleSource = readOptional(fields.get('source'), log)
  // Absent optional fields are left out rather than set to undefined.
  const article: ArticleDraft = {
    title: readRequired(fields.get('title'), 'title', log),
    country: readRequired(fields.get('country'), 'country', log),
    ...(slug ? { slug } : {}),
    ...(topic ? { topic } : {}),
    ...(summary ? { summary } : {}),
    ...(articleSource ? { source: articleSource } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    body: frontMatter.body,
    bodyStartLine: frontMatter.bodyStartLine,
  }
  return toParseResult(log, article)
}
