import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { createLocalReq, type Payload, ValidationError } from 'payload'

import { inTransaction } from '@/lib/data/content/transaction'
import { describeError } from '@/lib/platform/errors'
import { parseArticleMarkdown } from '@/lib/import/legacy/parseArticleMarkdown'
import { parseLegacyCountry } from '@/lib/import/legacy/parseLegacyCountry'
import { parseLegacyTask } from '@/lib/import/legacy/parseLegacyTask'
import { splitFrontMatter } from '@/lib/import/legacy/splitFrontMatter'
import type { Issue, LegacyCountry, LegacyTask, ParseResult } from '@/lib/import/legacy/types'

import { detectKind, type ImportKind } from './detectKind'
import { importPage, type ParsedPage, type SourceFile } from './importPage'
import { type FileReport, ImportError } from './types'

export type { SourceFile }

/** A file's report, with the task or country it holds when it was accepted (for the participation check). */
export type ImportedFile = { report: FileReport; task?: LegacyTask; country?: LegacyCountry }

/** Turns a write failure into the file's error lines. */
function toIssues(error: unknown): Issue[] {
  if (error instanceof ImportError) return [{ line: error.line, message: error.message }]
  if (error instanceof ValidationError) {
    return error.data.errors.map((item) => ({ line: 1, message: `${item.path}: ${item.message}` }))
  }
  return [{ line: 1, message: describeError(error) }]
}

const NOT_A_PAGE =
  'not a legacy page: a country page has a "name", a task page a "number" and a "title", a policy article a "title" and a "country"'

/** Parses a file as the kind it was detected as. */
function parse(
  source: string,
  kind: Exclude<ImportKind, 'publication' | 'chapter'>,
): ParseResult<ParsedPage> {
  switch (kind) {
    case 'country': {
      const result = parseLegacyCountry(source)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'task': {
      const result = parseLegacyTask(source)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'article': {
      const result = parseArticleMarkdown(source)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'unknown': {
      const split = splitFrontMatter(source)
      const issue = 'message' in split ? split : { line: 1, message: NOT_A_PAGE }
      return { ok: false, errors: [issue], warnings: [] }
    }
  }
}

/** The report of a publication or chapter file, which this importer does not read yet. */
function notYetSupported(file: string): ImportedFile {
  const message = 'publication files: import not yet supported; this file was left out'
  return {
    report: {
      file,
      outcome: 'skipped',
      summary: '(publication file: import not yet supported)',
      errors: [],
      warnings: [{ line: 1, message, kind: 'publication' }],
    },
  }
}

/**
 * Imports one legacy country page, task page or policy-article Markdown file in one transaction:
 * a file with any error writes nothing. With `dryRun`, it only reads and reports.
 */
export async function importSource(
  payload: Payload,
  input: SourceFile,
  dryRun: boolean,
): Promise<ImportedFile> {
  const { file, source, kind } = input
  if (kind === 'publication' || kind === 'chapter') return notYetSupported(file)
  const parsed = parse(source, kind)
  const rejected = (errors: Issue[], warnings: Issue[]): ImportedFile => ({
    report: { file, outcome: 'rejected', summary: '', errors, warnings },
  })
  if (!parsed.ok) return rejected(parsed.errors, parsed.warnings)

  const page = parsed.value
  const warnings = [...parsed.warnings]
  const run = (req: PayloadRequest) => importPage(payload, page, input, { req, dryRun, warnings })
  try {
    const { outcome, summary } = dryRun
      ? await run(await createLocalReq({}, payload))
      : await inTransaction(payload, run)
    const report: FileReport = { file, outcome, summary, errors: [], warnings: sortByLine(warnings) }
    if (page.kind === 'task') return { report, task: page.value }
    if (page.kind === 'country') return { report, country: page.value }
    return { report }
  } catch (error) {
    return rejected(toIssues(error), sortByLine(warnings))
  }
}

function sortByLine(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.line - b.line)
}

/** Reads and imports one file given on its own. */
export async function importFile(payload: Payload, file: string, dryRun: boolean): Promise<FileReport> {
  const source = await readFile(file, 'utf8')
  const input = { file, root: path.dirname(file), source, kind: detectKind(source) }
  return (await importSource(payload, input, dryRun)).report
}
